import { manualOrder } from '../../../shared/backlog/ranking';
import {
  applyReorder,
  moveAnnouncement,
  moveDown,
  moveToBottom,
  moveToPosition,
  moveToTop,
  moveUp,
  moveWithinFiltered,
  type ReorderResult,
} from '../../../shared/backlog/reorder';
import type { BacklogItem } from '../../../shared/workshop/schema';

/** The moves a row offers without dragging: its menu and its shortcuts. */
export type Move =
  | { kind: 'up' }
  | { kind: 'down' }
  | { kind: 'top' }
  | { kind: 'bottom' }
  /** 1-based, among the items shown. */
  | { kind: 'position'; position: number };

export function planMove(
  items: readonly BacklogItem[],
  itemId: string,
  move: Move,
  visibleIds: readonly string[],
): ReorderResult {
  switch (move.kind) {
    case 'up':
      return moveUp(items, itemId, visibleIds);
    case 'down':
      return moveDown(items, itemId, visibleIds);
    case 'top':
      return moveToTop(items, itemId, visibleIds);
    case 'bottom':
      return moveToBottom(items, itemId, visibleIds);
    case 'position':
      return moveToPosition(items, itemId, move.position, visibleIds);
  }
}

/** Where `itemId` lands in the whole manual order (1-based) once `result` is written. */
export function positionAfter(
  items: readonly BacklogItem[],
  result: ReorderResult,
  itemId: string,
): number {
  const order = manualOrder(applyReorder(items, result));
  return order.findIndex((item) => item.id === itemId) + 1;
}

/**
 * The sentence after a move or while a dragged item hovers: by title and position over the
 * whole backlog (the "#" the rows show), never by id.
 */
export function describeMove(
  items: readonly BacklogItem[],
  result: ReorderResult,
  itemId: string,
): string {
  const item = items.find((candidate) => candidate.id === itemId);
  const position = positionAfter(items, result, itemId);
  return moveAnnouncement(item?.title ?? '', position, items.length);
}

/** A drag within the shown items: `toIndex` is the 0-based index among them. */
export function planDrop(
  items: readonly BacklogItem[],
  visibleIds: readonly string[],
  itemId: string,
  toIndex: number,
): ReorderResult {
  return moveWithinFiltered(items, visibleIds, itemId, toIndex);
}

export interface MoveShortcut {
  move: Move;
  /** Shown in the menu. */
  label: string;
  /** `aria-keyshortcuts`. */
  aria: string;
}

/** Alt (Option on a Mac) with the arrows; Home and End (or Shift) for the ends. */
export const MOVE_SHORTCUTS: Record<'up' | 'down' | 'top' | 'bottom', MoveShortcut> = {
  up: { move: { kind: 'up' }, label: 'Alt+↑', aria: 'Alt+ArrowUp' },
  down: { move: { kind: 'down' }, label: 'Alt+↓', aria: 'Alt+ArrowDown' },
  top: { move: { kind: 'top' }, label: 'Alt+Home', aria: 'Alt+Home Alt+Shift+ArrowUp' },
  bottom: { move: { kind: 'bottom' }, label: 'Alt+End', aria: 'Alt+End Alt+Shift+ArrowDown' },
};

/** The move a key press on a row asks for, or null. */
export function moveForKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): Move | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowUp':
      return event.shiftKey ? { kind: 'top' } : { kind: 'up' };
    case 'ArrowDown':
      return event.shiftKey ? { kind: 'bottom' } : { kind: 'down' };
    case 'Home':
      return { kind: 'top' };
    case 'End':
      return { kind: 'bottom' };
    default:
      return null;
  }
}
