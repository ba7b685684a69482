import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { useUi } from '../../app/ServicesContext';
import { rankingRows, type RankingRow } from './rankingRows';
import { useFlip } from './useFlip';
import { CLOSE_CALL_TOP, type WeightedRanking } from './useWeightedRanking';
import { formatPoints } from './weightFormat';
import './ranking.css';

/** The top 10 carry the close calls; more on request. */
const PAGE = 10;

interface LiveRankingProps {
  ranking: WeightedRanking;
  /** Item ids in the order they had when a weight was last grabbed, or null. */
  reference: readonly string[] | null;
}

/**
 * The weighted ranking as the room watches it: re-ordered on every slider input, each item
 * gliding to its new place (useFlip), with its movement since the slider was grabbed, the close
 * call with the next item for the top 10, and which of them are stable.
 */
export function LiveRanking({ ranking, reference }: LiveRankingProps) {
  const [count, setCount] = useState(PAGE);
  const list = useRef<HTMLOListElement>(null);
  const setWorkspace = useUi((s) => s.setWorkspace);
  const itemsById = useMemo(
    () => new Map(ranking.items.map((item) => [item.id, item])),
    [ranking.items],
  );
  const referencePositions = useMemo(
    () => (reference ? new Map(reference.map((id, index) => [id, index])) : null),
    [reference],
  );
  useFlip(list);

  const rows = rankingRows({
    ids: ranking.ids,
    count,
    itemsById,
    totals: ranking.totals,
    criteria: ranking.criteria,
    closeCalls: ranking.closeCalls,
    reference: referencePositions,
  });
  const total = ranking.ids.length;

  return (
    <section className="ranking" aria-labelledby="criteria-ranking-heading">
      <h3 id="criteria-ranking-heading" className="criteria__heading">
        Weighted ranking
      </h3>
      {total === 0 ? (
        <p className="criteria__empty">
          No backlog items yet.{' '}
          <button type="button" className="button" onClick={() => setWorkspace('backlog')}>
            Go to the backlog
          </button>
        </p>
      ) : (
        <>
          <p className="ranking__legend">
            Points out of 100 · ▲▼ since the slider was grabbed · ↕ close calls in the top{' '}
            {CLOSE_CALL_TOP} · <span className="ranking__stable-mark">stable</span> keeps its rank
            under any single ±10-point weight change
          </p>
          <ol ref={list} className="ranking__list" aria-label="Items by weighted total">
            {rows.map((row) => (
              <RankingItem key={row.id} row={row} />
            ))}
          </ol>
          <p className="ranking__more">
            Showing {Math.min(count, total)} of {total}
            {total > count ? (
              <button type="button" className="button" onClick={() => setCount(count + PAGE)}>
                Show {Math.min(PAGE, total - count)} more
              </button>
            ) : null}
          </p>
        </>
      )}
    </section>
  );
}

function movementClass(movement: string): string {
  if (movement.startsWith('▲')) return 'ranking__move ranking__move--up';
  if (movement.startsWith('▼')) return 'ranking__move ranking__move--down';
  return 'ranking__move';
}

function RankingItem({ row }: { row: RankingRow }) {
  const unscored = row.scoredCount === 0;
  const bar = { '--total': `${Math.max(0, Math.min(100, row.total))}%` } as CSSProperties;
  return (
    <li className="ranking__item" data-flip-id={row.id}>
      <span className="ranking__rank">{row.rank}</span>
      <span className="ranking__body">
        <span className="ranking__title">
          {row.title}
          {row.stable ? (
            <span
              className="ranking__stable-mark"
              title="Keeps its rank under any single ±10-point weight change"
            >
              stable
            </span>
          ) : null}
        </span>
        {row.closeCall ? (
          <span className="ranking__close-call">
            <span aria-hidden="true">↕ </span>
            <span className="visually-hidden">
              #{row.rank} and #{row.rank + 1}:{' '}
            </span>
            {row.closeCall}
          </span>
        ) : null}
      </span>
      <span className={movementClass(row.movement ?? '')}>
        <span aria-hidden="true">{row.movement}</span>
        {row.movementText ? <span className="visually-hidden">{row.movementText}</span> : null}
      </span>
      <span className="ranking__total" style={bar}>
        {unscored ? (
          <span className="ranking__unscored">not scored</span>
        ) : (
          <>
            <span className="ranking__points">{formatPoints(row.total)}</span>
            {row.scoredCount < row.criterionCount ? (
              <span className="ranking__coverage">
                {row.scoredCount}/{row.criterionCount} scored
              </span>
            ) : null}
          </>
        )}
      </span>
    </li>
  );
}
