import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { Placement, Roadmap } from '../workshop/schema';
import { columnIndexOf, periodIndexForColumn } from './periods';

/**
 * Cards on the roadmap board. An item has at most one placement; a cell is a track × board column
 * (a column may hold several periods: Later does). Inside a cell cards are ordered by their
 * fractional-index `slot` key (STYLE §9), so a move rewrites one placement.
 *
 * Span rule (issue 6: "items can span periods — effort larger than a quarter's share"): a track's
 * share of a period is the period's capacity divided equally among the tracks (BRIEF: the board
 * should show investment in all three tracks), and an item needs
 *
 *   span = ceil(effort / (capacity of its first period ÷ number of tracks))
 *
 * periods, at least 1 and at most 16 (the file's limit). Effort is RICE effort in person-months
 * (BRIEF). It is a suggestion made when a card first lands on the board: `placeItem` stores it,
 * moves keep it, and the facilitator can set it by hand with `resizeItem` (e.g. an item staffed
 * by two teams). Unknown effort or a period without capacity suggests 1.
 */

export const MAX_SPAN = 16;

/** Code-unit order of fractional-index keys; equal slots fall back to the item id. */
export function compareSlots(
  a: Pick<Placement, 'slot' | 'itemId'>,
  b: Pick<Placement, 'slot' | 'itemId'>,
): number {
  if (a.slot !== b.slot) return a.slot < b.slot ? -1 : 1;
  return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}

export function placementOf(
  roadmap: Pick<Roadmap, 'placements'>,
  itemId: string,
): Placement | undefined {
  return roadmap.placements.find((p) => p.itemId === itemId);
}

/** The cards starting in a cell, in slot order. */
export function cellPlacements(
  roadmap: Roadmap,
  trackId: string,
  columnIndex: number,
): Placement[] {
  return roadmap.placements
    .filter((p) => p.trackId === trackId && columnIndexOf(roadmap, p.periodIndex) === columnIndex)
    .sort(compareSlots);
}

/** See the module comment for the rule. */
export function suggestedSpan(
  roadmap: Pick<Roadmap, 'capacity'>,
  periodIndex: number,
  effort: number | null,
  trackCount: number,
): number {
  const capacity = roadmap.capacity[periodIndex] ?? 0;
  const share = capacity / Math.max(1, trackCount);
  if (effort === null || !Number.isFinite(effort) || effort <= 0 || !(share > 0)) return 1;
  // The epsilon keeps 6.000000001 periods (floating-point noise) from becoming 7.
  return clampSpan(Math.ceil(effort / share - 1e-9));
}

const clampSpan = (span: number) => Math.min(MAX_SPAN, Math.max(1, Math.round(span)));

export interface DropTarget {
  trackId: string;
  columnIndex: number;
  /** Position among the cell's other cards (the moved card not counted); default: the end. */
  index?: number;
}

/**
 * Slot keys longer than this are not handed out. Dropping cards into the same gap again and
 * again lengthens the key between them, and the file schema caps a slot at 200 characters;
 * past this length the cell is re-keyed instead, which a cell of a few cards makes cheap.
 */
export const MAX_SLOT_LENGTH = 48;

/**
 * A slot key between the neighbours at `index`. Keys that fractional-indexing cannot work
 * between (duplicates, or not keys at all, from a damaged or hand-edited file), or a key that
 * would grow past MAX_SLOT_LENGTH, are handled by re-keying the whole cell in its current order.
 */
function slotAt(
  cell: readonly Placement[],
  index: number,
): { slot: string; rekeyed: Map<string, string> } {
  const at = Math.min(Math.max(0, index), cell.length);
  try {
    const slot = generateKeyBetween(cell[at - 1]?.slot ?? null, cell[at]?.slot ?? null);
    if (slot.length <= MAX_SLOT_LENGTH) return { slot, rekeyed: new Map() };
  } catch {
    // The neighbours' keys are unusable: re-key below.
  }
  const keys = generateNKeysBetween(null, null, cell.length + 1);
  const rekeyed = new Map<string, string>();
  cell.forEach((p, i) => rekeyed.set(p.itemId, keys[i < at ? i : i + 1] ?? ''));
  return { slot: keys[at] ?? '', rekeyed };
}

function putAt(roadmap: Roadmap, placement: Omit<Placement, 'slot'>, target: DropTarget): Roadmap {
  const cell = cellPlacements(roadmap, target.trackId, target.columnIndex).filter(
    (p) => p.itemId !== placement.itemId,
  );
  const { slot, rekeyed } = slotAt(cell, target.index ?? cell.length);
  const placements = roadmap.placements
    .filter((p) => p.itemId !== placement.itemId)
    .map((p) => {
      const key = rekeyed.get(p.itemId);
      return key === undefined ? p : { ...p, slot: key };
    });
  placements.push({ ...placement, slot });
  return { ...roadmap, placements };
}

/**
 * Puts an item on the board (from the backlog), replacing any placement it had. `span` is
 * usually `suggestedSpan(...)`. Dropping into a column takes the column's first period (Later → 2).
 */
export function placeItem(
  roadmap: Roadmap,
  itemId: string,
  target: DropTarget,
  span: number,
): Roadmap {
  const periodIndex = periodIndexForColumn(roadmap, target.columnIndex);
  return putAt(
    roadmap,
    { itemId, trackId: target.trackId, periodIndex, span: clampSpan(span) },
    target,
  );
}

/**
 * Moves a placed card to another cell or position, keeping its span. Within the same column it
 * keeps its period (a card at 2028 Q2 reordered inside Later stays at 2028 Q2). An item that is
 * not on the board is left off it.
 */
export function moveItem(roadmap: Roadmap, itemId: string, target: DropTarget): Roadmap {
  const current = placementOf(roadmap, itemId);
  if (!current) return roadmap;
  const periodIndex = periodIndexForColumn(roadmap, target.columnIndex, current.periodIndex);
  return putAt(roadmap, { ...current, trackId: target.trackId, periodIndex }, target);
}

/** Takes a card off the board (back to the backlog). */
export function unplaceItem(roadmap: Roadmap, itemId: string): Roadmap {
  if (!placementOf(roadmap, itemId)) return roadmap;
  return { ...roadmap, placements: roadmap.placements.filter((p) => p.itemId !== itemId) };
}

/** Sets how many periods a card spans, by hand (1–16). */
export function resizeItem(roadmap: Roadmap, itemId: string, span: number): Roadmap {
  const current = placementOf(roadmap, itemId);
  if (!current || !Number.isFinite(span)) return roadmap;
  const clamped = clampSpan(span);
  if (clamped === current.span) return roadmap;
  return {
    ...roadmap,
    placements: roadmap.placements.map((p) => (p === current ? { ...p, span: clamped } : p)),
  };
}

/** Drops placements of items that no longer exist (e.g. after deleting items from the backlog). */
export function removeMissingItems(roadmap: Roadmap, itemIds: ReadonlySet<string>): Roadmap {
  const kept = roadmap.placements.filter((p) => itemIds.has(p.itemId));
  return kept.length === roadmap.placements.length ? roadmap : { ...roadmap, placements: kept };
}
