import type { Criterion } from '../workshop/schema';
import type { ScoreMatrix } from './scoring';
import { rankByWeights, weightVector } from './scoring';
import { normalize, TOTAL_WEIGHT } from './weights';

/**
 * Close calls (issue 4): for each adjacent pair at the top of the weighted ranking, the smallest
 * change of a single criterion's weight that swaps them, and which items keep their rank under
 * any single ±10-point weight change.
 *
 * Why it can be exact: when criterion t's weight moves to v, `setWeight` shares the rest
 * (room − v) over the other unlocked criteria in proportion to their weights (evenly when they
 * are all 0), and locked weights stay put. Every weight is then linear in v, and so is every
 * item's total (scoring.ts keeps unscored cells at 0 so totals stay linear):
 *
 *   total_i(v) = Σ_locked w_j s_ij + v s_it + (room − v) Σ_others c_j s_ij  =  A_i + B_i v
 *
 * with c_j = w_j / Σ_others w (or 1 / |others|). Two items swap where their lines cross:
 * v* = −(A_a − A_b) / (B_a − B_b), if that lies inside [0, room]. One pass over the matrix per
 * criterion gives every A and B; the rest is arithmetic on pairs.
 *
 * Totals closer than TIE_TOLERANCE points count as equal: a pair that only reaches a tie does not
 * swap, and an item that only ties another has not moved.
 */

export const TIE_TOLERANCE = 1e-9;

export interface SwapCondition {
  criterionId: string;
  /** The weight (percent) at which the two totals are equal. */
  threshold: number;
  /** The pair swaps once the weight passes `threshold` in this direction. */
  direction: '≥' | '≤';
  /** threshold − current weight, in percentage points. */
  change: number;
  /** The highest this weight can go with the current locks (the slider's end). */
  maxWeight: number;
}

export interface AdjacentPair {
  /** 1-based rank of the upper item. */
  rank: number;
  upperId: string;
  lowerId: string;
  /** Upper total − lower total, in points of 100. */
  gap: number;
  /** The smallest single-weight change that swaps the pair, or null when none can. */
  swap: SwapCondition | null;
}

export interface RankStability {
  itemId: string;
  /** 1-based. */
  rank: number;
  /** No single weight change within ±stabilityRange points moves another item past this one. */
  stable: boolean;
}

export interface CloseCallReport {
  pairs: AdjacentPair[];
  items: RankStability[];
}

export interface CloseCallOptions {
  /** The current order (from `rankByWeights`); computed when omitted. */
  order?: ArrayLike<number>;
  /** How many leading items to examine (issue 4: the top 10). */
  top?: number;
  /** The single-weight change an item's rank must survive to be stable (issue 4: 10 points). */
  stabilityRange?: number;
}

/** Every item's total as a line in one criterion's weight (see the module comment). */
interface WeightLine {
  column: number;
  criterionId: string;
  current: number;
  room: number;
  intercept: Float64Array;
  slope: Float64Array;
}

function weightLines(matrix: ScoreMatrix, weights: Float64Array, locked: boolean[]): WeightLine[] {
  const columns = matrix.criterionIds.length;
  const rows = matrix.itemIds.length;
  const { values } = matrix;
  const lines: WeightLine[] = [];
  let lockedTotal = 0;
  for (let j = 0; j < columns; j++) if (locked[j]) lockedTotal += weights[j] ?? 0;
  const room = Math.max(0, TOTAL_WEIGHT - lockedTotal);

  for (let t = 0; t < columns; t++) {
    if (locked[t]) continue;
    const others: number[] = [];
    for (let j = 0; j < columns; j++) if (j !== t && !locked[j]) others.push(j);
    if (others.length === 0) continue;
    const othersTotal = others.reduce((sum, j) => sum + (weights[j] ?? 0), 0);
    // c_j: each other criterion's share of what t leaves, exactly as setWeight shares it.
    const share = new Float64Array(columns);
    for (const j of others)
      share[j] = othersTotal > 0 ? (weights[j] ?? 0) / othersTotal : 1 / others.length;

    const intercept = new Float64Array(rows);
    const slope = new Float64Array(rows);
    for (let row = 0, offset = 0; row < rows; row++, offset += columns) {
      let lockedPart = 0;
      let othersPart = 0;
      for (let j = 0; j < columns; j++) {
        const score = values[offset + j] ?? 0;
        if (locked[j]) lockedPart += (weights[j] ?? 0) * score;
        else if (j !== t) othersPart += (share[j] ?? 0) * score;
      }
      intercept[row] = lockedPart + room * othersPart;
      slope[row] = (values[offset + t] ?? 0) - othersPart;
    }
    lines.push({
      column: t,
      criterionId: matrix.criterionIds[t] ?? '',
      current: weights[t] ?? 0,
      room,
      intercept,
      slope,
    });
  }
  return lines;
}

/** Where moving `line`'s weight makes row `lower` overtake row `upper`, if it can. */
function swapAlong(line: WeightLine, upper: number, lower: number): SwapCondition | null {
  const dA = (line.intercept[upper] ?? 0) - (line.intercept[lower] ?? 0);
  const dB = (line.slope[upper] ?? 0) - (line.slope[lower] ?? 0);
  const { current, room } = line;
  if (dB < 0 && dA + dB * room < -TIE_TOLERANCE) {
    const threshold = Math.min(room, Math.max(current, -dA / dB));
    return {
      criterionId: line.criterionId,
      threshold,
      direction: '≥',
      change: threshold - current,
      maxWeight: room,
    };
  }
  if (dB > 0 && dA < -TIE_TOLERANCE) {
    const threshold = Math.max(0, Math.min(current, -dA / dB));
    return {
      criterionId: line.criterionId,
      threshold,
      direction: '≤',
      change: threshold - current,
      maxWeight: room,
    };
  }
  return null;
}

/** Whether some single weight change within ±range moves another row past `row`. */
function movesWithin(
  lines: readonly WeightLine[],
  row: number,
  positionOf: Int32Array,
  range: number,
): boolean {
  const position = positionOf[row] ?? 0;
  for (const line of lines) {
    const ends = [Math.max(0, line.current - range), Math.min(line.room, line.current + range)];
    const a = line.intercept[row] ?? 0;
    const b = line.slope[row] ?? 0;
    for (let other = 0; other < positionOf.length; other++) {
      if (other === row) continue;
      const otherIsAbove = (positionOf[other] ?? 0) < position;
      const da = a - (line.intercept[other] ?? 0);
      const db = b - (line.slope[other] ?? 0);
      for (const v of ends) {
        const difference = da + db * v;
        if (otherIsAbove ? difference > TIE_TOLERANCE : difference < -TIE_TOLERANCE) return true;
      }
    }
  }
  return false;
}

/**
 * Close calls for the top of the ranking. `matrix` holds the items (ties keep its row order, as
 * in rankByWeights); `criteria` supply the weights and locks (normalized here so the analysis
 * matches what the sliders would do). Cost: one pass over the matrix per criterion, then
 * top × criteria × items comparisons for stability.
 */
export function closeCalls(
  matrix: ScoreMatrix,
  criteria: readonly Criterion[],
  options: CloseCallOptions = {},
): CloseCallReport {
  const normalized = normalize(criteria);
  const weights = weightVector(matrix, normalized);
  const lockedIds = new Set(normalized.filter((c) => c.locked).map((c) => c.id));
  const locked = matrix.criterionIds.map((id) => lockedIds.has(id));
  const order = options.order ?? rankByWeights(matrix, weights);
  const top = Math.min(options.top ?? 10, order.length);
  const range = options.stabilityRange ?? 10;

  const lines = weightLines(matrix, weights, locked);
  const positionOf = new Int32Array(order.length);
  for (let position = 0; position < order.length; position++)
    positionOf[order[position] ?? 0] = position;

  const columns = weights.length;
  const total = (row: number) => {
    let sum = 0;
    for (let j = 0; j < columns; j++)
      sum += (weights[j] ?? 0) * (matrix.values[row * columns + j] ?? 0);
    return sum;
  };

  const pairs: AdjacentPair[] = [];
  for (let position = 0; position + 1 < top; position++) {
    const upper = order[position] ?? 0;
    const lower = order[position + 1] ?? 0;
    let swap: SwapCondition | null = null;
    for (const line of lines) {
      const candidate = swapAlong(line, upper, lower);
      if (candidate && (!swap || Math.abs(candidate.change) < Math.abs(swap.change)))
        swap = candidate;
    }
    pairs.push({
      rank: position + 1,
      upperId: matrix.itemIds[upper] ?? '',
      lowerId: matrix.itemIds[lower] ?? '',
      gap: total(upper) - total(lower),
      swap,
    });
  }

  const items: RankStability[] = [];
  for (let position = 0; position < top; position++) {
    const row = order[position] ?? 0;
    items.push({
      itemId: matrix.itemIds[row] ?? '',
      rank: position + 1,
      stable: !movesWithin(lines, row, positionOf, range),
    });
  }
  return { pairs, items };
}

/**
 * Rounds a threshold outward, so the shown value really swaps the pair: ≥ 33.6 shows as 34,
 * ≤ 33.6 as 33. Falls back to one decimal, then two, when the whole number is past the slider's
 * end.
 */
export function displayThreshold(swap: SwapCondition): string {
  const outward = swap.direction === '≥' ? Math.ceil : Math.floor;
  // The nudge keeps 34.0000000001 (floating-point noise) from showing as 35.
  const nudge = swap.direction === '≥' ? -1e-9 : 1e-9;
  for (const factor of [1, 10]) {
    const value = outward(swap.threshold * factor + nudge) / factor;
    if (value >= 0 && value <= swap.maxWeight) return `${value}%`;
  }
  return `${swap.threshold.toFixed(2)}%`;
}

/** "swaps if Reliability impact ≥ 34%". */
export function describeSwap(
  swap: SwapCondition,
  criteria: readonly Pick<Criterion, 'id' | 'name'>[],
): string {
  const name = criteria.find((c) => c.id === swap.criterionId)?.name ?? 'a criterion';
  return `swaps if ${name} ${swap.direction} ${displayThreshold(swap)}`;
}
