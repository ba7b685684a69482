import { displayTitle, UNTITLED_ITEM } from '../../../shared/backlog/items';
import type { AdjacentPair, CloseCallReport } from '../../../shared/criteria/closeCalls';
import { describeSwap } from '../../../shared/criteria/closeCalls';
import { movementLabel, scoreOf } from '../../../shared/criteria/scoring';
import type { BacklogItem, Criterion } from '../../../shared/workshop/schema';
import { formatPoints } from './weightFormat';

/** What one line of the live ranking shows; plain data, so it is tested without a DOM. */
export interface RankingRow {
  id: string;
  rank: number;
  title: string;
  /** 0–100. */
  total: number;
  scoredCount: number;
  criterionCount: number;
  /** "▲3", "▼1", "" or "new"; null when there is no reference to compare with. */
  movement: string | null;
  /** The words a screen reader says instead of the arrow. */
  movementText: string;
  /** Keeps its rank under any single ±10-point weight change; null outside the top 10. */
  stable: boolean | null;
  /** The close call with the next item down, for pairs in the top 10. */
  closeCall: string | null;
}

function spokenMovement(delta: number | null): string {
  if (delta === null) return 'new since the weights last moved';
  if (delta === 0) return 'same place';
  const places = Math.abs(delta) === 1 ? 'place' : 'places';
  return `${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)} ${places}`;
}

/** "swaps if Reliability impact ≥ 34% (gap 2.5 points)" or why no single weight can swap them. */
export function describePair(pair: AdjacentPair, criteria: readonly Criterion[]): string {
  const gap = `gap ${formatPoints(pair.gap)} points`;
  if (!pair.swap) return `no single weight swaps them (${gap})`;
  return `${describeSwap(pair.swap, criteria)} (${gap})`;
}

export function rankingRows(input: {
  ids: readonly string[];
  count: number;
  itemsById: ReadonlyMap<string, BacklogItem>;
  totals: ReadonlyMap<string, number>;
  criteria: readonly Criterion[];
  closeCalls: CloseCallReport;
  /** The order when the weights were last grabbed, or null. */
  reference: ReadonlyMap<string, number> | null;
}): RankingRow[] {
  const { ids, count, itemsById, totals, criteria, closeCalls, reference } = input;
  const stableById = new Map(closeCalls.items.map((s) => [s.itemId, s.stable]));
  const pairByUpper = new Map(closeCalls.pairs.map((p) => [p.upperId, p]));
  return ids.slice(0, count).map((id, index) => {
    const item = itemsById.get(id);
    const was = reference?.get(id);
    const delta = reference === null ? null : was === undefined ? null : was - index;
    const pair = pairByUpper.get(id);
    return {
      id,
      rank: index + 1,
      title: item ? displayTitle(item) : UNTITLED_ITEM,
      total: totals.get(id) ?? 0,
      scoredCount: item ? criteria.filter((c) => scoreOf(item, c.id) !== null).length : 0,
      criterionCount: criteria.length,
      movement: reference === null ? null : movementLabel(delta),
      movementText: reference === null ? '' : spokenMovement(delta),
      stable: stableById.get(id) ?? null,
      closeCall: pair ? describePair(pair, criteria) : null,
    };
  });
}
