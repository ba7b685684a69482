import {
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type Over,
} from '@dnd-kit/core';
import { useCallback, useMemo, useState, type RefObject } from 'react';
import { cellKey } from './boardLayout';
import { BACKLOG_TARGET, indexAtPointer, type DragTarget } from './dropTargets';
import type { MoveController } from './moveSession';

/**
 * Mouse and touch drags with @dnd-kit: a card or a backlog row is dragged over the cells and the
 * backlog; the item is previewed live where it would land (MoveController), and dropping records
 * one undo entry. Dropping outside every target cancels.
 */

/** What each draggable carries: the item it moves. */
export interface DragData {
  itemId: string;
}

/** What each drop zone carries. */
export type DropData = { kind: 'cell'; trackId: string; columnIndex: number } | { kind: 'backlog' };

/** The pointer must travel this far before a press becomes a drag, so clicks stay clicks. */
const ACTIVATION_DISTANCE_PX = 6;

function itemIdOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('itemId' in data)) return null;
  return typeof data.itemId === 'string' ? data.itemId : null;
}

function dropDataOf(data: unknown): DropData | null {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return null;
  if (data.kind === 'backlog') return { kind: 'backlog' };
  if (data.kind !== 'cell' || !('trackId' in data) || !('columnIndex' in data)) return null;
  const { trackId, columnIndex } = data;
  if (typeof trackId !== 'string' || typeof columnIndex !== 'number') return null;
  return { kind: 'cell', trackId, columnIndex };
}

function pointerY(event: DragMoveEvent): number | null {
  const start = event.activatorEvent;
  if (!('clientY' in start) || typeof start.clientY !== 'number') return null;
  return start.clientY + event.delta.y;
}

/** The vertical middles of a cell's cards on screen, top to bottom, without the dragged one. */
function cardMiddles(root: HTMLElement | null, key: string, itemId: string): number[] {
  if (!root) return [];
  const list = [...root.querySelectorAll<HTMLElement>('[data-cell-key]')].find(
    (element) => element.dataset.cellKey === key,
  );
  if (!list) return [];
  return [...list.querySelectorAll<HTMLElement>('[data-card-id]')]
    .filter((card) => card.dataset.cardId !== itemId)
    .map((card) => {
      const rect = card.getBoundingClientRect();
      return rect.top + rect.height / 2;
    })
    .sort((a, b) => a - b);
}

export interface PointerDrag {
  sensors: ReturnType<typeof useSensors>;
  /** The item being dragged with the pointer, for the overlay and the placeholder. */
  draggedItemId: string | null;
  /** The drag began on the board, so dropping it on the backlog takes it off the roadmap. */
  draggedFromBoard: boolean;
  onDragStart(event: DragStartEvent): void;
  onDragMove(event: DragMoveEvent): void;
  onDragEnd(event: DragEndEvent): void;
  onDragCancel(): void;
}

export function usePointerDrag(
  controller: MoveController,
  boardRoot: RefObject<HTMLElement | null>,
): PointerDrag {
  const pointer = useSensor(PointerSensor, {
    activationConstraint: { distance: ACTIVATION_DISTANCE_PX },
  });
  const sensors = useSensors(pointer);
  const [dragged, setDragged] = useState<{ itemId: string; fromBoard: boolean } | null>(null);

  const targetOf = useCallback(
    (over: Over | null, event: DragMoveEvent, itemId: string): DragTarget | null => {
      const data = dropDataOf(over?.data.current);
      if (data === null) return null;
      if (data.kind === 'backlog') return BACKLOG_TARGET;
      const y = pointerY(event);
      const middles = cardMiddles(
        boardRoot.current,
        cellKey(data.trackId, data.columnIndex),
        itemId,
      );
      const index = y === null ? middles.length : indexAtPointer(middles, y);
      return { ...data, index };
    },
    [boardRoot],
  );

  const onDragStart = useCallback(
    (event: DragStartEvent) => {
      const itemId = itemIdOf(event.active.data.current);
      const session = itemId === null ? null : controller.start(itemId);
      if (!session) return;
      setDragged({ itemId: session.itemId, fromBoard: session.origin.kind === 'cell' });
    },
    [controller],
  );

  const onDragMove = useCallback(
    (event: DragMoveEvent) => {
      const session = controller.current;
      if (!session) return;
      controller.preview(targetOf(event.over, event, session.itemId));
    },
    [controller, targetOf],
  );

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const session = controller.current;
      setDragged(null);
      if (!session) return;
      controller.preview(targetOf(event.over, event, session.itemId));
      controller.finish();
    },
    [controller, targetOf],
  );

  const onDragCancel = useCallback(() => {
    setDragged(null);
    controller.cancel();
  }, [controller]);

  const draggedItemId = dragged?.itemId ?? null;
  const draggedFromBoard = dragged?.fromBoard ?? false;
  return useMemo(
    () => ({
      sensors,
      draggedItemId,
      draggedFromBoard,
      onDragStart,
      onDragMove,
      onDragEnd,
      onDragCancel,
    }),
    [sensors, draggedItemId, draggedFromBoard, onDragStart, onDragMove, onDragEnd, onDragCancel],
  );
}
