/**
 * The data behind the slope chart (issue 4): each item's rank in each order (RICE, weighted,
 * manual), how far apart its ranks are, and which items disagree most. Plain data, so the
 * choice of highlighted items is tested without drawing.
 */

export interface SlopeItem {
  id: string;
  label: string;
}

export interface SlopeOrder {
  key: string;
  /** Column heading: "RICE", "Weighted", "Manual". */
  label: string;
  /** Item ids, first = rank 1. Items left out (e.g. not scored yet) are unranked here. */
  itemIds: readonly string[];
}

export interface SlopeRow {
  item: SlopeItem;
  /** 1-based rank in each order, in the orders' sequence; null where the item is unranked. */
  ranks: (number | null)[];
  /** Largest rank minus smallest over the orders that rank it; null if fewer than two do. */
  spread: number | null;
  highlighted: boolean;
}

/** Rank of every item id in one order (the first occurrence wins if an id repeats). */
function rankMap(order: SlopeOrder): Map<string, number> {
  const ranks = new Map<string, number>();
  order.itemIds.forEach((id, index) => {
    if (!ranks.has(id)) ranks.set(id, index + 1);
  });
  return ranks;
}

function spreadOf(ranks: readonly (number | null)[]): number | null {
  const present = ranks.filter((rank): rank is number => rank !== null);
  if (present.length < 2) return null;
  return Math.max(...present) - Math.min(...present);
}

function bestRank(row: Pick<SlopeRow, 'ranks'>): number {
  return Math.min(...row.ranks.map((rank) => rank ?? Infinity));
}

/**
 * One row per item that at least one order ranks, sorted by its best rank. The
 * `highlightCount` items with the largest spread are highlighted (ties go to the item ranked
 * higher somewhere, which the room cares about more); items all orders agree on never are.
 */
export function slopeRows(
  items: readonly SlopeItem[],
  orders: readonly SlopeOrder[],
  highlightCount: number,
): SlopeRow[] {
  const maps = orders.map(rankMap);
  const rows = items
    .map((item) => {
      const ranks = maps.map((ranksById) => ranksById.get(item.id) ?? null);
      return { item, ranks, spread: spreadOf(ranks), highlighted: false };
    })
    .filter((row) => row.ranks.some((rank) => rank !== null))
    .sort((a, b) => bestRank(a) - bestRank(b) || a.item.label.localeCompare(b.item.label));

  const candidates = rows
    .filter((row) => (row.spread ?? 0) > 0)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0) || bestRank(a) - bestRank(b));
  const highlighted = new Set(
    candidates.slice(0, Math.max(0, highlightCount)).map((r) => r.item.id),
  );
  return rows.map((row) => ({ ...row, highlighted: highlighted.has(row.item.id) }));
}

/** How many rank positions the chart needs: the longest order's length. */
export function slopeDepth(rows: readonly SlopeRow[]): number {
  return Math.max(0, ...rows.flatMap((row) => row.ranks.map((rank) => rank ?? 0)));
}

/** "Checkout API: RICE 1, Weighted 7, Manual 4" for the description and the tooltip. */
export function describeRanks(row: SlopeRow, orders: readonly SlopeOrder[]): string {
  const parts = orders.map((order, index) => `${order.label} ${row.ranks[index] ?? 'unranked'}`);
  return `${row.item.label}: ${parts.join(', ')}`;
}
