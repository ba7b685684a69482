import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Modifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { RankDelta } from '../../../shared/backlog/ranking';
import { useRemPixels } from '../../ui/useRemPixels';
import { useBacklogUi } from './backlogUi';
import { DragPreview } from './DragPreview';
import { ListHeader } from './ListHeader';
import { SortableRow } from './SortableRow';
import { useDragReorder } from './useDragReorder';

/** Rows are about 3.9rem tall unless their details are open; the virtualizer measures the truth. */
const ROW_REM = 3.9;

const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'To move this item, press Space or Enter to pick it up, the up and down arrow keys to move ' +
    'it, and Space or Enter again to drop it; Escape cancels. Alt with the arrow keys moves it ' +
    'one place without picking it up.',
};

interface BacklogListProps {
  visibleIds: readonly string[];
  ranks: ReadonlyMap<string, RankDelta>;
  reachUnit: string;
}

/**
 * The room's order: a virtualized list (only the rows in view exist, so 2,000 items scroll
 * smoothly) whose rows are sorted by drag and drop from the mouse or the keyboard. The dragged
 * row stays mounted however far it travels, the list scrolls at its edges, and a floating copy
 * of the row follows the pointer.
 */
export function BacklogList({ visibleIds, ranks, reachUnit }: BacklogListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const drag = useDragReorder();
  const activeIndex = drag.activeId === null ? -1 : visibleIds.indexOf(drag.activeId);
  const focusRequest = useBacklogUi((s) => s.focusRequest);
  const remPixels = useRemPixels();

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  // The app does not run the React Compiler; rows are memoized by their own props, and the
  // one virtualizer function they get (`measureElement`) is stable.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visibleIds.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => Math.round(ROW_REM * remPixels),
    getItemKey: (index) => visibleIds[index] ?? index,
    overscan: 6,
    rangeExtractor,
  });

  useEffect(() => {
    if (focusRequest === null) return;
    const index = visibleIds.indexOf(focusRequest.itemId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [focusRequest, visibleIds, virtualizer]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      // Instant scrolling: a smooth scroll still running when the next arrow comes loses it.
      scrollBehavior: 'auto',
    }),
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      // Faster than the default near the edges: a backlog of hundreds is a long way to drag.
      autoScroll={{ acceleration: 20, threshold: { x: 0, y: 0.15 } }}
      accessibility={{
        announcements: drag.announcements,
        screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
      }}
      onDragStart={drag.onDragStart}
      onDragEnd={drag.onDragEnd}
      onDragCancel={drag.onDragCancel}
    >
      <div className="backlog-list">
        <ListHeader reachUnit={reachUnit} />
        <div ref={scroller} className="backlog-list__scroller">
          <SortableContext items={visibleIds as string[]} strategy={verticalListSortingStrategy}>
            <div
              role="list"
              aria-label="Backlog in the room's order"
              className="backlog-list__rows"
              style={{ height: virtualizer.getTotalSize() }}
            >
              {virtualizer.getVirtualItems().map((row) => {
                const itemId = visibleIds[row.index];
                if (itemId === undefined) return null;
                const rank = ranks.get(itemId);
                return (
                  <SortableRow
                    key={itemId}
                    itemId={itemId}
                    index={row.index}
                    count={visibleIds.length}
                    start={row.start}
                    manualPosition={rank?.manualPosition ?? row.index + 1}
                    computedPosition={rank?.computedPosition ?? null}
                    delta={rank?.delta ?? null}
                    measure={virtualizer.measureElement}
                  />
                );
              })}
            </div>
          </SortableContext>
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {drag.activeId === null ? null : (
          <DragPreview itemId={drag.activeId} position={ranks.get(drag.activeId)?.manualPosition} />
        )}
      </DragOverlay>
    </DndContext>
  );
}
