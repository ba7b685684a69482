import { filterItems, isFilterActive, type BacklogFilter } from '../../../shared/backlog/filter';
import {
  computedOrder,
  manualOrder,
  rankDeltas,
  type RankDelta,
} from '../../../shared/backlog/ranking';
import type { BacklogItem } from '../../../shared/workshop/schema';

/**
 * What the two lists show for a backlog and a filter: the items let through, in the room's
 * order and in RICE order, and every item's two ranks over the whole backlog (the filter
 * hides rows, it does not renumber them, so "#7" means the same thing to everyone).
 */
export interface BacklogView {
  total: number;
  filtered: boolean;
  /** Shown items in the room's (manual) order. */
  visibleIds: string[];
  /** Shown items in RICE order, unscored last. */
  computedIds: string[];
  ranks: Map<string, RankDelta>;
}

export function buildBacklogView(
  items: readonly BacklogItem[],
  filter: BacklogFilter,
): BacklogView {
  const filtered = isFilterActive(filter);
  const manual = manualOrder(items);
  const shown = filterItems(manual, filter);
  const shownIds = new Set(shown.map((item) => item.id));
  return {
    total: items.length,
    filtered,
    visibleIds: shown.map((item) => item.id),
    computedIds: computedOrder(items)
      .filter((item) => shownIds.has(item.id))
      .map((item) => item.id),
    ranks: rankDeltas(items),
  };
}

/** The ids a filter lets through, for the move commands (order does not matter to them). */
export function visibleIdsOf(items: readonly BacklogItem[], filter: BacklogFilter): string[] {
  return filterItems(items, filter).map((item) => item.id);
}

/**
 * A list of ids as one string, so a list that did not change keeps its identity across edits
 * that do not move anything (see `useStableIds`): ids never contain a newline.
 */
export function idsKey(ids: readonly string[]): string {
  return ids.join('\n');
}

export function idsFromKey(key: string): string[] {
  return key === '' ? [] : key.split('\n');
}
