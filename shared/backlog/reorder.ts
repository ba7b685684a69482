import type { BacklogItem } from '../workshop/schema';
import { initialRanks, rankKeyBetween } from './rankKeys';
import { manualOrder } from './ranking';

/**
 * Reordering the room's manual order. Every operation returns what to write, never a new
 * list: normally the new rank key of the one moved item (STYLE §9: a move changes one field of
 * one item, so an undo entry and a file diff stay small). Only when no key fits between the
 * neighbours (the gap has been split too often, or the file holds broken or duplicate keys)
 * is the whole order respaced, keeping the same resulting order.
 */

export interface RankChange {
  itemId: string;
  rank: string;
}

export type ReorderResult =
  /** Nothing to do: the item is already there, or the id is unknown or hidden. */
  | { kind: 'unchanged' }
  | { kind: 'moved'; change: RankChange }
  /** Every item whose key changed; the resulting order is the same as a plain move. */
  | { kind: 'respaced'; changes: RankChange[] };

type Ranked = Pick<BacklogItem, 'id' | 'rank'>;

/**
 * Moves an item inside a filtered view of the manual order. `visibleIds` are the items the
 * user sees; `toVisibleIndex` is the 0-based index the item should have among them after the
 * move (clamped to the list). The hidden items keep their places: the item travels the
 * shortest way that produces the visible order asked for, so moving down it lands right
 * after its new upper visible neighbour, moving up right before its new lower one, and
 * hidden items beyond those neighbours are never jumped over.
 */
export function moveWithinFiltered(
  allItems: readonly Ranked[],
  visibleIds: Iterable<string>,
  itemId: string,
  toVisibleIndex: number,
): ReorderResult {
  const visibleSet = new Set(visibleIds);
  if (!visibleSet.has(itemId) || !Number.isFinite(toVisibleIndex)) return { kind: 'unchanged' };
  const order = manualOrder(allItems);
  const item = order.find((candidate) => candidate.id === itemId);
  if (item === undefined) return { kind: 'unchanged' };

  const visible = order.filter((candidate) => visibleSet.has(candidate.id));
  const from = visible.indexOf(item);
  const to = Math.min(Math.max(Math.trunc(toVisibleIndex), 0), visible.length - 1);
  if (to === from) return { kind: 'unchanged' };

  const others = visible.filter((candidate) => candidate !== item);
  const rest = order.filter((candidate) => candidate !== item);
  const movingDown = to > from;
  // Moving down the item lands just after its new upper neighbour, moving up just before
  // its new lower one.
  const neighbour = movingDown ? others[to - 1] : others[to];
  if (neighbour === undefined) return { kind: 'unchanged' };
  const insertAt = rest.indexOf(neighbour) + (movingDown ? 1 : 0);
  return placeAt(rest, item, insertAt);
}

function placeAt(rest: readonly Ranked[], item: Ranked, insertAt: number): ReorderResult {
  const before = rest[insertAt - 1] ?? null;
  const after = rest[insertAt] ?? null;
  const key = rankKeyBetween(before?.rank ?? null, after?.rank ?? null);
  if (key !== null) return { kind: 'moved', change: { itemId: item.id, rank: key } };

  const newOrder = [...rest.slice(0, insertAt), item, ...rest.slice(insertAt)];
  const keys = initialRanks(newOrder.length);
  const changes: RankChange[] = [];
  newOrder.forEach((candidate, index) => {
    const rank = keys[index] ?? candidate.rank;
    if (rank !== candidate.rank) changes.push({ itemId: candidate.id, rank });
  });
  return { kind: 'respaced', changes };
}

const allIds = (items: readonly Ranked[]) => items.map((item) => item.id);

/** Moves an item to the 0-based `toIndex` of the whole manual order. */
export function moveItem(items: readonly Ranked[], itemId: string, toIndex: number): ReorderResult {
  return moveWithinFiltered(items, allIds(items), itemId, toIndex);
}

/**
 * The non-drag moves of the menu and shortcuts. `visibleIds` (default: every item) makes them
 * act on the filtered list the user is looking at.
 */
export function moveUp(
  items: readonly Ranked[],
  itemId: string,
  visibleIds?: Iterable<string>,
): ReorderResult {
  return moveBy(items, itemId, -1, visibleIds);
}

export function moveDown(
  items: readonly Ranked[],
  itemId: string,
  visibleIds?: Iterable<string>,
): ReorderResult {
  return moveBy(items, itemId, 1, visibleIds);
}

export function moveToTop(
  items: readonly Ranked[],
  itemId: string,
  visibleIds?: Iterable<string>,
): ReorderResult {
  return moveWithinFiltered(items, visibleIds ?? allIds(items), itemId, 0);
}

export function moveToBottom(
  items: readonly Ranked[],
  itemId: string,
  visibleIds?: Iterable<string>,
): ReorderResult {
  return moveWithinFiltered(items, visibleIds ?? allIds(items), itemId, Number.MAX_SAFE_INTEGER);
}

/** "Move to position N": `position` is 1-based, as people count. */
export function moveToPosition(
  items: readonly Ranked[],
  itemId: string,
  position: number,
  visibleIds?: Iterable<string>,
): ReorderResult {
  return moveWithinFiltered(items, visibleIds ?? allIds(items), itemId, position - 1);
}

function moveBy(
  items: readonly Ranked[],
  itemId: string,
  step: number,
  visibleIds: Iterable<string> | undefined,
): ReorderResult {
  const visibleSet = new Set(visibleIds ?? allIds(items));
  const visible = manualOrder(items).filter((item) => visibleSet.has(item.id));
  const from = visible.findIndex((item) => item.id === itemId);
  if (from === -1 || from + step < 0 || from + step >= visible.length) return { kind: 'unchanged' };
  return moveWithinFiltered(items, visibleSet, itemId, from + step);
}

/**
 * Writes a reorder result into a list of items. Unchanged items stay the same objects, so a
 * store only re-renders the rows that moved.
 */
export function applyReorder<T extends Ranked>(items: readonly T[], result: ReorderResult): T[] {
  if (result.kind === 'unchanged') return [...items];
  const changes = result.kind === 'moved' ? [result.change] : result.changes;
  const newRank = new Map(changes.map((change) => [change.itemId, change.rank]));
  return items.map((item) => {
    const rank = newRank.get(item.id);
    return rank === undefined || rank === item.rank ? item : { ...item, rank };
  });
}

/** The screen-reader sentence after a move, by title and position, never by id. */
export function moveAnnouncement(title: string, position: number, total: number): string {
  const name = title.trim() === '' ? 'Untitled item' : `'${title.trim()}'`;
  return `Moved ${name} to position ${position} of ${total}`;
}
