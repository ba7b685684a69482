import { displayTitle } from '../../../shared/backlog/items';
import { computedOrder, manualOrder } from '../../../shared/backlog/ranking';
import { riceValue } from '../../../shared/backlog/rice';
import { compareRankings, type RankingComparison } from '../../../shared/criteria/comparison';
import {
  buildScoreMatrix,
  orderedIds,
  rankByWeights,
  weightVector,
} from '../../../shared/criteria/scoring';
import type { BacklogItem, Criterion } from '../../../shared/workshop/schema';
import type { SlopeItem, SlopeOrder } from '../../charts/slopeLayout';

export type OrderKey = 'rice' | 'weighted' | 'manual';

export const ORDER_LABELS: Readonly<Record<OrderKey, string>> = {
  rice: 'RICE',
  weighted: 'Weighted',
  manual: 'Manual',
};

export interface ComparisonData {
  comparison: RankingComparison<OrderKey>;
  /** Each order cut to its top `top`, for the slope chart. */
  orders: SlopeOrder[];
  /** The items any of the cut orders holds. */
  items: SlopeItem[];
  titles: ReadonlyMap<string, string>;
  /** Items left out of an order because they have no score of that kind yet. */
  unscored: Readonly<Record<'rice' | 'weighted', number>>;
}

/**
 * The three orders side by side (comparison.ts): RICE (items with a full RICE score), weighted
 * (items with at least one criterion scored; ties keep the manual order) and the room's manual
 * order. An item with no score of a kind is absent from that column rather than shown last.
 */
export function buildComparison(
  allItems: readonly BacklogItem[],
  criteria: readonly Criterion[],
  top: number,
): ComparisonData {
  const manual = manualOrder(allItems);
  const rice = computedOrder(allItems)
    .filter((item) => riceValue(item.rice) !== null)
    .map((item) => item.id);
  const scored = new Set(
    allItems
      .filter((item) => criteria.some((c) => Object.hasOwn(item.scores, c.id)))
      .map((item) => item.id),
  );
  const matrix = buildScoreMatrix(manual, criteria);
  const weighted = orderedIds(matrix, rankByWeights(matrix, weightVector(matrix, criteria))).filter(
    (id) => scored.has(id),
  );
  const ids: Record<OrderKey, string[]> = { rice, weighted, manual: manual.map((i) => i.id) };
  const keys: OrderKey[] = ['rice', 'weighted', 'manual'];
  const comparison = compareRankings(
    keys.map((key) => ({ key, ids: ids[key] })),
    { disagreementCount: 5 },
  );

  const titles = new Map(allItems.map((item) => [item.id, displayTitle(item)]));
  const orders = keys.map((key) => ({
    key,
    label: ORDER_LABELS[key],
    itemIds: ids[key].slice(0, top),
  }));
  const shown = new Set(orders.flatMap((order) => order.itemIds));
  const items = [...shown].map((id) => ({ id, label: titles.get(id) ?? id }));
  return {
    comparison,
    orders,
    items,
    titles,
    unscored: { rice: allItems.length - rice.length, weighted: allItems.length - weighted.length },
  };
}

/** "RICE 1 · Weighted 7 · Manual 4" (— where an order does not rank the item). */
export function describePositions(positions: Readonly<Record<OrderKey, number | null>>): string {
  return (['rice', 'weighted', 'manual'] as const)
    .map((key) => `${ORDER_LABELS[key]} ${positions[key] ?? '—'}`)
    .join(' · ');
}

/** Spearman's ρ in words a room uses. */
export function describeAgreement(rho: number | null): string {
  if (rho === null) return 'too few items in both to compare';
  const value = rho.toFixed(2).replace('-0.00', '0.00');
  if (rho >= 0.8) return `agree closely (ρ = ${value})`;
  if (rho >= 0.5) return `mostly agree (ρ = ${value})`;
  if (rho >= 0.2) return `agree weakly (ρ = ${value})`;
  if (rho > -0.2) return `barely related (ρ = ${value})`;
  return `tend to disagree (ρ = ${value})`;
}
