import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { displayTitle } from '../../../shared/backlog/items';
import { formatRiceResult, riceScore } from '../../../shared/backlog/rice';
import type { RankDelta } from '../../../shared/backlog/ranking';
import { useRemPixels } from '../../ui/useRemPixels';
import { useBacklogUi } from './backlogUi';
import { deltaText } from './DeltaBadge';
import { useBacklogItem } from './useBacklogItem';

const ENTRY_REM = 3.4;

/**
 * The formula's order beside the room's: by RICE score, ties kept in the room's order,
 * unscored items last. Choosing an entry takes the keyboard to that item's row.
 */
export function ComputedOrder({
  computedIds,
  ranks,
}: {
  computedIds: readonly string[];
  ranks: ReadonlyMap<string, RankDelta>;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const remPixels = useRemPixels();
  // The app does not run the React Compiler; rows are memoized by their own props, and the
  // one virtualizer function they get (`measureElement`) is stable.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: computedIds.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => Math.round(ENTRY_REM * remPixels),
    getItemKey: (index) => computedIds[index] ?? index,
    overscan: 8,
  });

  return (
    <section className="backlog-computed" aria-labelledby="backlog-computed-title">
      <h3 id="backlog-computed-title" className="backlog-computed__title">
        RICE order
      </h3>
      <p className="backlog-computed__hint">Highest score first; ▲▼ show where the room differs.</p>
      <div ref={scroller} className="backlog-computed__scroller">
        <ol
          className="backlog-computed__list"
          aria-label="Backlog in RICE order"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((entry) => {
            const itemId = computedIds[entry.index];
            const rank = itemId === undefined ? undefined : ranks.get(itemId);
            if (itemId === undefined || rank === undefined) return null;
            return (
              <ComputedEntry
                key={itemId}
                itemId={itemId}
                index={entry.index}
                start={entry.start}
                manualPosition={rank.manualPosition}
                computedPosition={rank.computedPosition}
                delta={rank.delta}
                measure={virtualizer.measureElement}
              />
            );
          })}
        </ol>
      </div>
    </section>
  );
}

const ComputedEntry = memo(function ComputedEntry({
  itemId,
  index,
  start,
  manualPosition,
  computedPosition,
  delta,
  measure,
}: {
  itemId: string;
  index: number;
  start: number;
  manualPosition: number;
  computedPosition: number | null;
  delta: number | null;
  measure(element: HTMLElement | null): void;
}) {
  const item = useBacklogItem(itemId);
  const requestFocus = useBacklogUi((s) => s.requestFocus);
  if (item === undefined) return null;
  const title = displayTitle(item);
  const score = formatRiceResult(riceScore(item.rice));
  const { symbol, sentence, tone } = deltaText({ manualPosition, computedPosition, delta });
  return (
    <li
      ref={measure}
      data-index={index}
      className="backlog-computed__entry"
      style={{ transform: `translateY(${start}px)` }}
    >
      <button
        type="button"
        className="backlog-computed__button"
        aria-label={`${computedPosition === null ? 'Unscored' : `RICE #${computedPosition}`}: ${title}, score ${score}. ${sentence}. Go to its row.`}
        onClick={() => requestFocus(itemId)}
      >
        <span className="backlog-computed__rank">{computedPosition ?? '–'}</span>
        <span className="backlog-computed__name">{title}</span>
        <span className="backlog-computed__figures">
          <span className="backlog-computed__score">{score}</span>
          <span className={`backlog-delta backlog-delta--${tone}`}>{symbol}</span>
        </span>
      </button>
    </li>
  );
});
