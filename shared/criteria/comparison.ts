/**
 * The comparison view (issue 4): the RICE order, the weighted order and the room's manual order
 * side by side, each item linked across them in a slope chart, the biggest disagreements
 * highlighted. This module turns orders into chart data; it does not compute scores, so any
 * ranking fits. The three the view shows come from:
 *
 * - manual: `manualOrder(items)` in shared/backlog/ranking.ts (rank keys);
 * - RICE: `computedOrder(items)` there, leaving out items whose `riceValue` is null so that an
 *   unscored item shows as absent from the RICE column rather than as last;
 * - weighted: `orderedIds(matrix, rankByWeights(matrix, weights))` from scoring.ts, with the
 *   matrix built from the items in manual order so that equal totals keep the room's order.
 */

export interface Ranking<K extends string> {
  key: K;
  /** Item ids, best first. Items missing from a ranking (e.g. no RICE score yet) are absent. */
  ids: readonly string[];
}

export interface ItemPositions<K extends string> {
  itemId: string;
  /** 1-based position in each ranking, null when the ranking leaves the item out. */
  positions: Record<K, number | null>;
  /** The largest difference between two of its positions; 0 when it appears in fewer than two. */
  spread: number;
  /** The rankings placing it highest and lowest, null when it appears in fewer than two. */
  widest: { highest: K; lowest: K } | null;
}

export interface Agreement<K extends string> {
  a: K;
  b: K;
  /** Spearman's rank correlation over the items both rankings hold (1 = same order, −1 =
   * reversed), null with fewer than two shared items. */
  spearman: number | null;
  shared: number;
}

export interface RankingComparison<K extends string> {
  keys: K[];
  /** Every item of any ranking: the first ranking's order, then items only later ones hold. */
  items: ItemPositions<K>[];
  /** Items the rankings disagree about, biggest spread first (ties: order of `items`). */
  disagreements: ItemPositions<K>[];
  /** Every pair of rankings, in column order. */
  agreement: Agreement<K>[];
}

export function compareRankings<K extends string>(
  rankings: readonly Ranking<K>[],
  options: { disagreementCount?: number } = {},
): RankingComparison<K> {
  const keys = rankings.map((r) => r.key);
  const positionMaps = rankings.map((r) => new Map(r.ids.map((id, index) => [id, index + 1])));
  const allIds = [...new Set(rankings.flatMap((r) => r.ids))];

  const items = allIds.map((itemId): ItemPositions<K> => {
    // Built key by key from `rankings`, so every K gets a value.
    const positions = {} as Record<K, number | null>;
    let highest: { key: K; position: number } | null = null;
    let lowest: { key: K; position: number } | null = null;
    let present = 0;
    for (const [i, r] of rankings.entries()) {
      const position = positionMaps[i]?.get(itemId) ?? null;
      positions[r.key] = position;
      if (position === null) continue;
      present += 1;
      if (!highest || position < highest.position) highest = { key: r.key, position };
      if (!lowest || position > lowest.position) lowest = { key: r.key, position };
    }
    if (present < 2 || !highest || !lowest) return { itemId, positions, spread: 0, widest: null };
    return {
      itemId,
      positions,
      spread: lowest.position - highest.position,
      widest: { highest: highest.key, lowest: lowest.key },
    };
  });

  const disagreements = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.spread > 0)
    .sort((x, y) => y.item.spread - x.item.spread || x.index - y.index)
    .slice(0, options.disagreementCount ?? 5)
    .map(({ item }) => item);

  const agreement: Agreement<K>[] = [];
  for (let i = 0; i < rankings.length; i++) {
    for (let j = i + 1; j < rankings.length; j++) {
      const a = rankings[i];
      const b = rankings[j];
      if (a && b) agreement.push({ a: a.key, b: b.key, ...spearman(a.ids, b.ids) });
    }
  }
  return { keys, items, disagreements, agreement };
}

/** ρ = 1 − 6 Σ d² / (m (m² − 1)), over the items both orders hold, re-ranked among themselves. */
function spearman(
  a: readonly string[],
  b: readonly string[],
): { spearman: number | null; shared: number } {
  const inB = new Set(b);
  const sharedA = a.filter((id) => inB.has(id));
  const inA = new Set(sharedA);
  const rankInB = new Map(b.filter((id) => inA.has(id)).map((id, index) => [id, index]));
  const m = sharedA.length;
  if (m < 2) return { spearman: null, shared: m };
  let squares = 0;
  sharedA.forEach((id, index) => {
    const d = index - (rankInB.get(id) ?? index);
    squares += d * d;
  });
  return { spearman: 1 - (6 * squares) / (m * (m * m - 1)), shared: m };
}
