import { useDroppable } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { countText, filterItems, NO_FILTER } from '../../../shared/backlog/filter';
import { manualOrder } from '../../../shared/backlog/ranking';
import type { BacklogItem, Track } from '../../../shared/workshop/schema';
import { useRemPixels } from '../../ui/useRemPixels';
import { BacklogRow } from './BacklogRow';
import type { ItemFacts } from './itemFacts';
import type { ItemCommands } from './RoadmapCard';
import type { FocusRequest } from './useKeyboardPick';
import type { DropData } from './usePointerDrag';

interface BacklogPanelProps {
  items: readonly BacklogItem[];
  tracks: readonly Track[];
  factsById: ReadonlyMap<string, ItemFacts>;
  /** Item id → where it is on the roadmap, for placed items. */
  placedAt: ReadonlyMap<string, string>;
  draggedItemId: string | null;
  /** A card is being dragged from the board: the panel shows it can be dropped here. */
  cardDragged: boolean;
  /** The last focus request; the panel takes those for its rows. */
  focusRequest: FocusRequest | null;
  commands: ItemCommands;
}

const BACKLOG_DROP: DropData = { kind: 'backlog' };
/** A row is about this tall until the virtualizer has measured it. */
const ROW_REM = 5.5;

/**
 * The ranked backlog beside the board (issue 6): items not on the roadmap first, then those on
 * it, each in the room's manual order, filtered by text. Dropping a card here takes it off the
 * roadmap. Virtualized: only the rows in view exist, so a 2,000-item backlog costs a drag
 * nothing (dnd-kit re-renders every draggable on every pointer move).
 */
export function BacklogPanel({
  items,
  tracks,
  factsById,
  placedAt,
  draggedItemId,
  cardDragged,
  focusRequest,
  commands,
}: BacklogPanelProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const ranked = useMemo(() => manualOrder(items), [items]);
  const rankOf = useMemo(() => new Map(ranked.map((item, i) => [item.id, i + 1])), [ranked]);
  const shown = useMemo(() => filterItems(ranked, { ...NO_FILTER, text }), [ranked, text]);
  const trackById = useMemo(() => new Map(tracks.map((t) => [t.id, t])), [tracks]);
  // Regrouped only when an item joins or leaves the board, not on every move of a card: a new
  // row list makes the virtualizer measure all 2,000 rows again.
  const placedKey = [...placedAt.keys()].sort().join('\n');
  const rows = useMemo(() => groupRows(shown, new Set(placedKey.split('\n'))), [shown, placedKey]);
  const rowHeight = Math.round(ROW_REM * useRemPixels());

  const rowFocus = focusRequest?.kind === 'row' ? focusRequest : null;
  // The dragged row and the row about to get focus stay mounted wherever the list is scrolled.
  const pinned = useMemo(
    () =>
      [draggedItemId, rowFocus?.itemId]
        .map((id) => rows.findIndex((row) => row.item.id === id))
        .filter((index) => index >= 0),
    [rows, draggedItemId, rowFocus],
  );
  const rangeExtractor = useCallback(
    (range: Range) =>
      [...new Set([...defaultRangeExtractor(range), ...pinned])].sort((a, b) => a - b),
    [pinned],
  );
  // The app does not run the React Compiler; rows are memoized on their own props.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.item.id ?? index,
    overscan: 6,
    rangeExtractor,
  });

  // An effect, like the cards' focus (useFocusRequest), so it runs after a closing dialog's.
  useEffect(() => {
    if (!rowFocus) return;
    const handle = [
      ...(scroller.current?.querySelectorAll<HTMLElement>('[data-backlog-handle]') ?? []),
    ].find((element) => element.dataset.backlogHandle === rowFocus.itemId);
    handle?.focus();
  }, [rowFocus]);

  return (
    <DropZone cardDragged={cardDragged}>
      <h3 id="roadmap-backlog-title" className="roadmap-backlog__title">
        Ranked backlog
      </h3>
      <input
        className="field__input roadmap-backlog__filter"
        type="search"
        aria-label="Filter the backlog"
        placeholder="Filter by text"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <p className="roadmap-backlog__count" aria-live="polite">
        {countText(shown.length, items.length)}
      </p>
      {cardDragged ? (
        <p className="roadmap-backlog__drop-hint">Drop here to take it off the roadmap</p>
      ) : null}
      {items.length === 0 ? (
        <p className="roadmap-backlog__empty">
          The backlog is empty. Add or import items in the Backlog workspace.
        </p>
      ) : null}
      <div ref={scroller} className="roadmap-backlog__scroller">
        <div
          role="list"
          aria-label="Backlog items"
          className="roadmap-backlog__rows"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((virtual) => {
            const row = rows[virtual.index];
            const facts = row ? factsById.get(row.item.id) : undefined;
            if (!row || !facts) return null;
            const { item } = row;
            const track = item.trackId === null ? undefined : trackById.get(item.trackId);
            return (
              <div
                key={item.id}
                ref={virtualizer.measureElement}
                data-index={virtual.index}
                role="listitem"
                aria-setsize={rows.length}
                aria-posinset={virtual.index + 1}
                className="roadmap-backlog__row"
                style={{ transform: `translateY(${virtual.start}px)` }}
              >
                <BacklogRow
                  itemId={item.id}
                  title={item.title}
                  rank={rankOf.get(item.id) ?? 0}
                  facts={facts}
                  trackName={track?.name ?? null}
                  trackColor={track?.color ?? null}
                  placedAt={placedAt.get(item.id) ?? null}
                  groupHeading={row.heading}
                  dragging={draggedItemId === item.id}
                  commands={commands}
                />
              </div>
            );
          })}
        </div>
      </div>
    </DropZone>
  );
}

/**
 * The panel as a drop target. dnd-kit re-renders every drop target on every pointer move of a
 * drag; only this frame does, not the list inside (its children are the panel's elements).
 */
function DropZone({ cardDragged, children }: { cardDragged: boolean; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: 'backlog', data: BACKLOG_DROP });
  const classes = ['roadmap-backlog'];
  if (isOver) classes.push('roadmap-backlog--drop');
  if (cardDragged) classes.push('roadmap-backlog--target');
  return (
    <section ref={setNodeRef} className={classes.join(' ')} aria-labelledby="roadmap-backlog-title">
      {children}
    </section>
  );
}

interface Row {
  item: BacklogItem;
  /** Shown above the first row of each group. */
  heading: string | null;
}

/** Items not on the roadmap, then those on it, each group keeping the given order. */
function groupRows(items: readonly BacklogItem[], placedIds: ReadonlySet<string>): Row[] {
  const unplaced = items.filter((item) => !placedIds.has(item.id));
  const placed = items.filter((item) => placedIds.has(item.id));
  const group = (list: BacklogItem[], title: string): Row[] =>
    list.map((item, i) => ({ item, heading: i === 0 ? `${title} (${list.length})` : null }));
  return [...group(unplaced, 'Not on the roadmap'), ...group(placed, 'On the roadmap')];
}
