import type { Criterion } from '../workshop/schema';

/**
 * Criterion weights. BRIEF: "criteria with weights that sum to 100%". Every function here takes
 * the current criteria and returns a new array (the document is immutable so undo can keep
 * snapshots), and every result sums to 100 within WEIGHT_TOLERANCE, each weight in [0, 100].
 *
 * Locks: a locked weight never moves when another weight is set, a criterion is added or a
 * preset is applied. The only time a lock gives way is when it cannot hold together with the
 * sum of 100: every remaining criterion is locked after a removal, or the locked weights of a
 * damaged file exceed 100. Then all weights are scaled to 100 together (see `normalize`).
 */

export const TOTAL_WEIGHT = 100;
export const WEIGHT_TOLERANCE = 1e-9;

export function weightSum(criteria: readonly Criterion[]): number {
  let sum = 0;
  for (const c of criteria) sum += c.weight;
  return sum;
}

/** The equal share a new criterion would take: a sensible default weight for "add criterion". */
export function equalShare(criterionCountAfterAdding: number): number {
  return criterionCountAfterAdding > 0 ? TOTAL_WEIGHT / criterionCountAfterAdding : TOTAL_WEIGHT;
}

const clampWeight = (w: number): number => Math.min(TOTAL_WEIGHT, Math.max(0, w));

/** Shares `amount` over `weights` in proportion to them, or evenly when they are all 0. */
function shareOut(amount: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum > 0) return weights.map((w) => clampWeight((amount * w) / sum));
  return weights.map(() => clampWeight(amount / weights.length));
}

/**
 * Writes `values` into the criteria at `indices`, then moves the floating-point residue of the
 * whole sum (≈1e-14) onto the largest of them, so the total is 100 to the last few ulps and
 * errors never accumulate over a long session of slider moves.
 */
function assign(
  criteria: readonly Criterion[],
  indices: readonly number[],
  values: readonly number[],
): Criterion[] {
  const weights = criteria.map((c) => c.weight);
  indices.forEach((index, k) => (weights[index] = values[k] ?? 0));
  let largest = indices[0];
  for (const index of indices) {
    if (largest === undefined || (weights[index] ?? 0) > (weights[largest] ?? 0)) largest = index;
  }
  if (largest !== undefined) {
    const residue = TOTAL_WEIGHT - weights.reduce((a, w) => a + w, 0);
    weights[largest] = clampWeight((weights[largest] ?? 0) + residue);
  }
  return criteria.map((c, i) => (c.weight === weights[i] ? c : { ...c, weight: weights[i] ?? 0 }));
}

function lockedSum(criteria: readonly Criterion[], except?: string): number {
  let sum = 0;
  for (const c of criteria) if (c.locked && c.id !== except) sum += c.weight;
  return sum;
}

function unlockedIndices(criteria: readonly Criterion[], except?: string): number[] {
  const out: number[] = [];
  criteria.forEach((c, i) => {
    if (!c.locked && c.id !== except) out.push(i);
  });
  return out;
}

/**
 * Brings the weights back to a sum of 100: the unlocked criteria share what the locked ones leave,
 * in proportion to their current weights (evenly when they are all 0). When no criterion is
 * unlocked, or the locked ones alone exceed 100 (a damaged file), locks cannot hold and every
 * weight is scaled together. Criteria that already sum to 100 are returned as they are.
 */
export function normalize(criteria: readonly Criterion[]): Criterion[] {
  if (criteria.length === 0) return [];
  const inRange = criteria.every((c) => c.weight >= 0 && c.weight <= TOTAL_WEIGHT);
  if (inRange && Math.abs(weightSum(criteria) - TOTAL_WEIGHT) <= WEIGHT_TOLERANCE) {
    return [...criteria];
  }
  const locked = lockedSum(criteria);
  const free = unlockedIndices(criteria);
  if (free.length > 0 && locked <= TOTAL_WEIGHT) {
    const values = shareOut(
      TOTAL_WEIGHT - locked,
      free.map((i) => clampWeight(criteria[i]?.weight ?? 0)),
    );
    return assign(criteria, free, values);
  }
  const all = criteria.map((_, i) => i);
  return assign(
    criteria,
    all,
    shareOut(
      TOTAL_WEIGHT,
      criteria.map((c) => clampWeight(c.weight)),
    ),
  );
}

/** What one criterion's weight can range over while the others absorb the change. */
export interface WeightRoom {
  /** Lowest weight the criterion can be set to (0 unless it cannot move at all). */
  min: number;
  /** Highest: 100 minus the locked weights. */
  max: number;
  /** False when the criterion is locked or no other unlocked criterion can absorb a change. */
  movable: boolean;
}

export function weightRoom(criteria: readonly Criterion[], id: string): WeightRoom {
  const target = criteria.find((c) => c.id === id);
  if (!target) return { min: 0, max: 0, movable: false };
  const movable = !target.locked && unlockedIndices(criteria, id).length > 0;
  if (!movable) return { min: target.weight, max: target.weight, movable };
  return { min: 0, max: Math.max(0, TOTAL_WEIGHT - lockedSum(criteria, id)), movable };
}

/**
 * Sets one criterion's weight (issue 4: "moving one redistributes the difference over the others
 * in proportion to their current weights"). The difference is shared by the other unlocked
 * criteria in proportion to their weights, evenly when they are all 0; a criterion at 0 stays at
 * 0 while others absorb a change. The value is clamped to what the others can absorb: at most
 * 100 minus the locked weights, at least 0. A locked criterion, an unknown id, a non-finite value
 * or a criterion with no unlocked partner leaves the weights as they are.
 */
export function setWeight(criteria: readonly Criterion[], id: string, value: number): Criterion[] {
  const base = normalize(criteria);
  const index = base.findIndex((c) => c.id === id);
  const target = base[index];
  const others = unlockedIndices(base, id);
  if (!target || target.locked || others.length === 0 || !Number.isFinite(value)) return base;
  const room = Math.max(0, TOTAL_WEIGHT - lockedSum(base, id));
  const moved = Math.min(room, Math.max(0, value));
  // An unchanged value returns the same weights, so releasing a slider in place records nothing.
  if (moved === target.weight) return base;
  const shares = shareOut(
    room - moved,
    others.map((i) => base[i]?.weight ?? 0),
  );
  // The residue goes to the others (their largest), so the moved value stays exactly as set.
  const withTarget = base.map((c, i) => (i === index ? { ...c, weight: moved } : c));
  return assign(withTarget, others, shares);
}

export function setLocked(
  criteria: readonly Criterion[],
  id: string,
  locked: boolean,
): Criterion[] {
  return criteria.map((c) => (c.id === id && c.locked !== locked ? { ...c, locked } : c));
}

/**
 * Adds a criterion at `index` (default: the end). It takes its requested weight from the other
 * unlocked criteria exactly as `setWeight` would, so it may end up with less (all others
 * locked: 0); the first criterion of a workshop takes 100. Throws on a duplicate id, which is a
 * programming error, not a user one.
 */
export function addCriterion(
  criteria: readonly Criterion[],
  criterion: Criterion,
  index: number = criteria.length,
): Criterion[] {
  if (criteria.some((c) => c.id === criterion.id)) {
    throw new Error(`A criterion with id ${criterion.id} already exists`);
  }
  const inserted = [...criteria];
  inserted.splice(index, 0, { ...criterion, weight: 0, locked: false });
  const weighted = setWeight(normalize(inserted), criterion.id, criterion.weight);
  return setLocked(weighted, criterion.id, criterion.locked);
}

/** Removes a criterion; its weight goes to the unlocked others in proportion (see `normalize`). */
export function removeCriterion(criteria: readonly Criterion[], id: string): Criterion[] {
  return normalize(criteria.filter((c) => c.id !== id));
}

/** Criterion id → weight, the shape a preset stores. */
export function weightsById(criteria: readonly Criterion[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of criteria) out[c.id] = c.weight;
  return out;
}

/**
 * Applies stored weights (a preset). Ids that no longer exist are ignored, criteria the preset
 * does not mention get 0, locked criteria keep their weight, and the unlocked ones are then
 * normalized to what the locks leave (so a preset keeps its proportions among unlocked criteria).
 */
export function applyWeights(
  criteria: readonly Criterion[],
  weights: Readonly<Record<string, number>>,
): Criterion[] {
  const applied = criteria.map((c) => {
    if (c.locked) return c;
    const stored = Object.hasOwn(weights, c.id) ? weights[c.id] : undefined;
    const weight = stored !== undefined && Number.isFinite(stored) ? clampWeight(stored) : 0;
    return weight === c.weight ? c : { ...c, weight };
  });
  return normalize(applied);
}

/** Whether the criteria currently carry these weights (to show which preset is active). */
export function hasWeights(
  criteria: readonly Criterion[],
  weights: Readonly<Record<string, number>>,
  tolerance = 1e-6,
): boolean {
  return criteria.every((c) => Math.abs((weights[c.id] ?? 0) - c.weight) <= tolerance);
}
