import type { CSSProperties } from 'react';
import { formatGrouped } from '../../../shared/backlog/numbers';
import { formatPercent } from '../../../shared/format/numbers';
import type { BalanceReport } from '../../../shared/roadmap/capacity';
import './summary.css';

/**
 * Each track's share of the planned effort (BRIEF: stakeholders must see investment in all
 * three tracks), as one bar split by track and the same numbers as text beneath it.
 */
export function BalanceStrip({ balance }: { balance: BalanceReport }) {
  const uninvested = balance.tracks.filter((t) => balance.uninvestedTrackIds.includes(t.trackId));
  return (
    <section className="print-balance" aria-label="Balance between tracks">
      <h2 className="print-balance__heading">Balance between tracks</h2>
      {balance.totalEffort > 0 ? (
        <div className="print-balance__bar" aria-hidden="true">
          {balance.tracks
            .filter((t) => t.share > 0)
            .map((t) => (
              <span
                key={t.trackId}
                className="print-balance__segment"
                style={{ '--track-color': t.color, width: `${t.share * 100}%` } as CSSProperties}
              />
            ))}
        </div>
      ) : null}
      <ul className="print-balance__tracks">
        {balance.tracks.map((t) => (
          <li key={t.trackId} className="print-balance__track">
            <span
              className="print-legend__swatch"
              style={{ '--track-color': t.color } as CSSProperties}
              aria-hidden="true"
            />
            <span className="print-balance__name">{t.name}</span>
            <span className="print-balance__share">
              {formatPercent(t.share * 100)} · {formatGrouped(t.effort, 1)} person-months ·{' '}
              {t.cardCount} item{t.cardCount === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>
      {uninvested.length > 0 ? (
        <p className="print-balance__warning">
          No investment planned in: {uninvested.map((t) => t.name).join(', ')}.
        </p>
      ) : null}
    </section>
  );
}
