import type { BacklogItem } from '../workshop/schema';
import { compareRankKeys } from './rankKeys';
import { riceValue } from './rice';

/**
 * The two orders the room compares side by side: the computed order (by RICE score) and the
 * manual order (the room's, by rank key). Both are total and deterministic, so the same
 * backlog always renders the same way on every machine.
 */

type Ranked = Pick<BacklogItem, 'id' | 'rank'>;

/** Manual order: by rank key, then by id so that duplicate keys (a hand-edited file) still sort stably. */
export function compareManual(a: Ranked, b: Ranked): number {
  return compareRankKeys(a.rank, b.rank) || compareRankKeys(a.id, b.id);
}

/** The room's order, top first. Returns a new array; the input is not touched. */
export function manualOrder<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(compareManual);
}

/**
 * RICE order, highest score first. Unscored items come last; equal scores keep the room's
 * manual order between them (then id), so ties never flicker between renders.
 */
export function computedOrder<T extends Pick<BacklogItem, 'id' | 'rank' | 'rice'>>(
  items: readonly T[],
): T[] {
  // Scores are ≥ 0 (RICE_LIMITS), so −1 marks "unscored" and sorts it below every score.
  const entries = items.map((item) => ({ item, score: riceValue(item.rice) ?? -1 }));
  entries.sort((a, b) => b.score - a.score || compareManual(a.item, b.item));
  return entries.map((entry) => entry.item);
}

export interface RankDelta {
  /** 1-based position in the manual order. */
  manualPosition: number;
  /** 1-based position in the computed order; null for an unscored item. */
  computedPosition: number | null;
  /**
   * manualPosition − computedPosition: positive when the room ranks the item lower than the
   * formula does, negative when higher, 0 when they agree; null when the item is unscored
   * (the formula has no opinion yet).
   */
  delta: number | null;
}

/** For each item id, how far the room's order is from the formula's. */
export function rankDeltas(
  items: readonly Pick<BacklogItem, 'id' | 'rank' | 'rice'>[],
): Map<string, RankDelta> {
  const computedPositions = new Map<string, number>();
  computedOrder(items).forEach((item, index) => {
    if (riceValue(item.rice) !== null) computedPositions.set(item.id, index + 1);
  });
  const deltas = new Map<string, RankDelta>();
  manualOrder(items).forEach((item, index) => {
    const manualPosition = index + 1;
    const computedPosition = computedPositions.get(item.id) ?? null;
    deltas.set(item.id, {
      manualPosition,
      computedPosition,
      delta: computedPosition === null ? null : manualPosition - computedPosition,
    });
  });
  return deltas;
}
