import { columnIndexOf, periodIndexForColumn } from '../../../shared/roadmap/periods';
import {
  cellPlacements,
  moveItem,
  placeItem,
  placementOf,
  suggestedSpan,
  unplaceItem,
} from '../../../shared/roadmap/placements';
import type { Roadmap } from '../../../shared/workshop/schema';

/**
 * Where a dragged item would land, whatever moves it (mouse, keyboard, the "Move to…" dialog):
 * a position in a cell, or back in the backlog (off the roadmap). Every preview of a drag is
 * computed from the roadmap as it was when the drag began, so a drag that wanders over the whole
 * board still lands with one clean change.
 */

export interface CellTarget {
  kind: 'cell';
  trackId: string;
  columnIndex: number;
  /** Position among the cell's other cards (the dragged card not counted). */
  index: number;
}

export type DragTarget = CellTarget | { kind: 'backlog' };

export const BACKLOG_TARGET: DragTarget = { kind: 'backlog' };

export function sameTarget(a: DragTarget | null, b: DragTarget | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'backlog' || b.kind === 'backlog') return a.kind === b.kind;
  return a.trackId === b.trackId && a.columnIndex === b.columnIndex && a.index === b.index;
}

/**
 * Where an item is now: its cell and position, or the backlog for an item that is not on the
 * board, or whose card the board cannot show (past the last quarter).
 */
export function currentTarget(roadmap: Roadmap, itemId: string): DragTarget {
  const placement = placementOf(roadmap, itemId);
  const columnIndex = placement ? columnIndexOf(roadmap, placement.periodIndex) : null;
  if (!placement || columnIndex === null) return BACKLOG_TARGET;
  const index = cellPlacements(roadmap, placement.trackId, columnIndex).findIndex(
    (p) => p.itemId === itemId,
  );
  return { kind: 'cell', trackId: placement.trackId, columnIndex, index };
}

/** How many cards a cell holds besides `itemId`. */
export function othersInCell(
  roadmap: Roadmap,
  itemId: string,
  trackId: string,
  columnIndex: number,
): number {
  return cellPlacements(roadmap, trackId, columnIndex).filter((p) => p.itemId !== itemId).length;
}

export interface Sizing {
  /** The item's effort in person-months, for the span a newly placed card gets. */
  effort: number | null;
  trackCount: number;
}

/** The roadmap with `itemId` at `target`: placed, moved (keeping its span) or taken off. */
export function applyTarget(
  roadmap: Roadmap,
  itemId: string,
  target: DragTarget,
  sizing: Sizing,
): Roadmap {
  if (target.kind === 'backlog') return unplaceItem(roadmap, itemId);
  const drop = { trackId: target.trackId, columnIndex: target.columnIndex, index: target.index };
  if (placementOf(roadmap, itemId)) return moveItem(roadmap, itemId, drop);
  const periodIndex = periodIndexForColumn(roadmap, target.columnIndex);
  const span = suggestedSpan(roadmap, periodIndex, sizing.effort, sizing.trackCount);
  return placeItem(roadmap, itemId, drop, span);
}

/**
 * The position in a cell for a pointer at `pointerY`: after every card whose middle is above it.
 * `middles` are the vertical middles of the cell's other cards, top to bottom.
 */
export function indexAtPointer(middles: readonly number[], pointerY: number): number {
  let index = 0;
  for (const middle of middles) if (middle < pointerY) index++;
  return index;
}

/** Where the "Move to…" dialog starts: the item's cell, or its own track's first period. */
export function dialogStart(
  roadmap: Roadmap,
  itemId: string,
  itemTrackId: string | null,
  trackIds: readonly string[],
): { trackId: string; columnIndex: number } {
  const now = currentTarget(roadmap, itemId);
  if (now.kind === 'cell') return { trackId: now.trackId, columnIndex: now.columnIndex };
  const trackId =
    itemTrackId !== null && trackIds.includes(itemTrackId) ? itemTrackId : (trackIds[0] ?? '');
  return { trackId, columnIndex: 0 };
}
