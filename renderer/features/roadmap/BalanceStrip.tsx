import type { CSSProperties } from 'react';
import { formatGrouped } from '../../../shared/backlog/numbers';
import type { BalanceReport, TrackInvestment } from '../../../shared/roadmap/capacity';
import { formatPercent } from '../../../shared/format/numbers';
import { plural } from '../../app/WorkspaceIntro';

interface BalanceStripProps {
  balance: BalanceReport;
  /** Placed items without an effort: the sums leave them out, and say so. */
  unsizedCount: number;
}

/**
 * Each track's share of the planned effort (issue 6: "stakeholders must see investment in all
 * three tracks"): a bar of shares and, per track, its share in words; a track with nothing on
 * the board is flagged in words, not only by an empty bar.
 */
export function BalanceStrip({ balance, unsizedCount }: BalanceStripProps) {
  const uninvested = new Set(balance.uninvestedTrackIds);
  const missing = balance.tracks.filter((t) => uninvested.has(t.trackId));
  // With nothing on the board a sentence says so; an empty bar and legend would only repeat it.
  const nothingPlanned = missing.length === balance.tracks.length;
  const warnings = [
    nothingPlanned ? 'Nothing is planned yet: no track has investment.' : null,
    !nothingPlanned && missing.length > 0
      ? `No investment in ${listNames(missing.map((t) => t.name))}.`
      : null,
    unsizedCount > 0
      ? `${plural(unsizedCount, 'item')} on the board ${unsizedCount === 1 ? 'has' : 'have'} no effort estimate and ${unsizedCount === 1 ? 'is' : 'are'} left out of these sums.`
      : null,
  ].filter((text) => text !== null);
  return (
    <section className="roadmap-balance" aria-labelledby="roadmap-balance-title">
      <div className="roadmap-balance__head">
        <h3 id="roadmap-balance-title" className="roadmap-balance__title">
          Balance across tracks
        </h3>
        {nothingPlanned ? null : (
          <>
            <p className="roadmap-balance__total">
              {formatGrouped(balance.totalEffort, 1)} pm planned
            </p>
            <div className="roadmap-balance__bar" aria-hidden="true">
              {balance.tracks
                .filter((t) => t.share > 0)
                .map((t) => (
                  <div
                    key={t.trackId}
                    className="roadmap-balance__segment"
                    style={{ flexGrow: t.share, '--track-color': t.color } as CSSProperties}
                  />
                ))}
            </div>
          </>
        )}
      </div>
      {nothingPlanned ? null : (
        <ul className="roadmap-balance__tracks">
          {balance.tracks.map((t) => (
            <TrackShare key={t.trackId} track={t} none={uninvested.has(t.trackId)} />
          ))}
        </ul>
      )}
      {warnings.length > 0 ? (
        <p className="roadmap-balance__summary">{warnings.join(' ')}</p>
      ) : null}
    </section>
  );
}

function TrackShare({ track, none }: { track: TrackInvestment; none: boolean }) {
  return (
    <li
      className={
        none ? 'roadmap-balance__track roadmap-balance__track--none' : 'roadmap-balance__track'
      }
      style={{ '--track-color': track.color } as CSSProperties}
    >
      <span className="roadmap-balance__swatch" aria-hidden="true" />
      <span className="roadmap-balance__name">{track.name}</span>
      <span className="roadmap-balance__share">
        {none ? (
          <>
            <span aria-hidden="true">⚠ </span>Nothing planned
          </>
        ) : (
          `${formatPercent(track.share * 100)} · ${formatGrouped(track.effort, 1)} pm · ${plural(track.cardCount, 'item')}`
        )}
      </span>
    </li>
  );
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
