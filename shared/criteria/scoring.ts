import type { BacklogItem, Criterion } from '../workshop/schema';

/**
 * Weighted scoring. BRIEF: "each item gets a score per criterion on a fixed scale; the item's
 * total is Σ weightᵢ × scoreᵢ. Criteria where more is worse (cost, effort, risk) count inverted."
 * Issue 4 makes it comparable across scales: total = Σ normalized weight × normalized score on
 * 0–100, where normalized score = (s − min) / (max − min), and 1 − that for cost criteria.
 * With weights in percent that is total = Σ weightᵢ × normalizedᵢ.
 *
 * Unscored cells give no credit: an item's total sums over its scored criteria only, so an
 * unscored criterion adds 0 (it is never read as a score, not even the worst or the middle one).
 * The total is therefore a floor that only rises as the room scores more; `complete`,
 * `scoredCount` and `unscoredWeight` (the most the total could still gain) say how far along an
 * item is, and the UI shows them beside the number. Keeping unscored cells at 0, rather than
 * averaging over the scored ones, keeps every total linear in every weight, which is what
 * makes re-ranking and the close-call thresholds exact (closeCalls.ts).
 *
 * A stored score outside its criterion's scale (the scale was changed after scoring, or a file
 * was edited by hand) is clamped into the scale for the total and flagged `outOfScale`.
 */

export type Scale = Criterion['scale'];

/** (s − min) / (max − min), inverted for cost criteria; clamped into [0, 1]. */
export function normalizedScore(
  score: number,
  scale: Scale,
  direction: Criterion['direction'],
): number {
  const position = Math.min(1, Math.max(0, (score - scale.min) / (scale.max - scale.min)));
  return direction === 'cost' ? 1 - position : position;
}

export function isInScale(score: number, scale: Scale): boolean {
  return Number.isFinite(score) && score >= scale.min && score <= scale.max;
}

/** The stored score of an item on a criterion, or null when the cell is empty. */
export function scoreOf(item: Pick<BacklogItem, 'scores'>, criterionId: string): number | null {
  if (!Object.hasOwn(item.scores, criterionId)) return null;
  const score = item.scores[criterionId];
  return score !== undefined && Number.isFinite(score) ? score : null;
}

export interface ScoreTerm {
  criterionId: string;
  name: string;
  direction: Criterion['direction'];
  scale: Scale;
  /** Percent. */
  weight: number;
  /** The raw score, or null when unscored. */
  score: number | null;
  /** In [0, 1] after inversion, or null when unscored. */
  normalized: number | null;
  /** weight × normalized: this criterion's points out of the total's 100. */
  points: number;
  outOfScale: boolean;
}

export interface WeightedTotal {
  /** 0–100: Σ over scored criteria of weight × normalized score. */
  total: number;
  terms: ScoreTerm[];
  scoredCount: number;
  criterionCount: number;
  /** Every criterion has a score. */
  complete: boolean;
  /** Percentage points of weight on unscored criteria: the most the total can still gain. */
  unscoredWeight: number;
}

export function weightedTotal(
  item: Pick<BacklogItem, 'scores'>,
  criteria: readonly Criterion[],
): WeightedTotal {
  let total = 0;
  let scoredCount = 0;
  let unscoredWeight = 0;
  const terms = criteria.map((c): ScoreTerm => {
    const score = scoreOf(item, c.id);
    const base = {
      criterionId: c.id,
      name: c.name,
      direction: c.direction,
      scale: c.scale,
      weight: c.weight,
    };
    if (score === null) {
      unscoredWeight += c.weight;
      return { ...base, score, normalized: null, points: 0, outOfScale: false };
    }
    scoredCount += 1;
    const normalized = normalizedScore(score, c.scale, c.direction);
    const points = c.weight * normalized;
    total += points;
    return { ...base, score, normalized, points, outOfScale: !isInScale(score, c.scale) };
  });
  return {
    total,
    terms,
    scoredCount,
    criterionCount: criteria.length,
    complete: scoredCount === criteria.length,
    unscoredWeight,
  };
}

const formatNumber = (value: number, digits: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(digits).replace(/\.?0+$/, '');

/**
 * The formula behind an item's total, one line per criterion, for the hover (issue 4: "the
 * formula is shown on hover"). Example:
 *
 *   Reliability impact: 40% × (4 − 1)/(5 − 1) = 40% × 0.75 = 30
 *   Effort (cost, inverted): 30% × (1 − (2 − 1)/(5 − 1)) = 30% × 0.75 = 22.5
 *   Customer reach: unscored, adds 0 (up to 30)
 *   Total = 30 + 22.5 = 52.5 of 100 · 2 of 3 criteria scored
 */
export function formulaText(
  item: Pick<BacklogItem, 'scores'>,
  criteria: readonly Criterion[],
): string {
  const result = weightedTotal(item, criteria);
  const lines = result.terms.map((t) => {
    const weight = `${formatNumber(t.weight, 1)}%`;
    const label = t.direction === 'cost' ? `${t.name} (cost, inverted)` : t.name;
    if (t.score === null || t.normalized === null) {
      return `${label}: unscored, adds 0 (up to ${formatNumber(t.weight, 1)})`;
    }
    const { min, max } = t.scale;
    const clamped = Math.min(max, Math.max(min, t.score));
    const ratio = `(${formatNumber(clamped, 2)} − ${min})/(${max} − ${min})`;
    const shown = t.direction === 'cost' ? `(1 − ${ratio})` : ratio;
    const note = t.outOfScale ? ` [${formatNumber(t.score, 2)} is outside ${min}–${max}]` : '';
    return `${label}: ${weight} × ${shown} = ${weight} × ${formatNumber(t.normalized, 3)} = ${formatNumber(t.points, 1)}${note}`;
  });
  const sum = result.terms
    .filter((t) => t.score !== null)
    .map((t) => formatNumber(t.points, 1))
    .join(' + ');
  const coverage = result.complete
    ? `all ${result.criterionCount} criteria scored`
    : `${result.scoredCount} of ${result.criterionCount} criteria scored`;
  lines.push(`Total = ${sum || '0'} = ${formatNumber(result.total, 1)} of 100 · ${coverage}`);
  return lines.join('\n');
}

export type ScoreInput =
  | { ok: true; score: number | null }
  | {
      ok: false;
      reason: 'not-a-number' | 'not-whole' | 'below-scale' | 'above-scale';
      message: string;
    };

/**
 * Parses what was typed into a matrix cell. Empty text clears the cell (score null). Scores are
 * whole numbers within the criterion's scale (the matrix is scored by typing a digit); anything
 * else is refused with a reason the cell can show inline.
 */
export function parseScoreInput(
  text: string,
  criterion: Pick<Criterion, 'name' | 'scale'>,
): ScoreInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, score: null };
  const { min, max } = criterion.scale;
  const range = `${criterion.name} is scored ${min}–${max}`;
  const value = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      reason: 'not-a-number',
      message: `“${trimmed}” is not a number. ${range}.`,
    };
  }
  if (!Number.isInteger(value)) {
    return { ok: false, reason: 'not-whole', message: `${range} in whole points.` };
  }
  if (value < min)
    return { ok: false, reason: 'below-scale', message: `${range}; ${value} is below ${min}.` };
  if (value > max)
    return { ok: false, reason: 'above-scale', message: `${range}; ${value} is above ${max}.` };
  return { ok: true, score: value };
}

/**
 * The fast path for live re-ranking (issue 4: a slider input event must re-rank 2,000 items × 8
 * criteria within 2 ms). The normalized scores are computed once per scoring change; each weight
 * change then costs one multiply-add per cell and one sort.
 */
export interface ScoreMatrix {
  itemIds: readonly string[];
  criterionIds: readonly string[];
  /** Row-major, items × criteria: normalized score after inversion, 0 where unscored. */
  values: Float64Array;
}

export function buildScoreMatrix(
  items: readonly Pick<BacklogItem, 'id' | 'scores'>[],
  criteria: readonly Criterion[],
): ScoreMatrix {
  const columns = criteria.length;
  const values = new Float64Array(items.length * columns);
  items.forEach((item, row) => {
    criteria.forEach((c, column) => {
      const score = scoreOf(item, c.id);
      values[row * columns + column] =
        score === null ? 0 : normalizedScore(score, c.scale, c.direction);
    });
  });
  return { itemIds: items.map((i) => i.id), criterionIds: criteria.map((c) => c.id), values };
}

/** The criteria's weights in the matrix's column order (criteria missing from the list weigh 0). */
export function weightVector(matrix: ScoreMatrix, criteria: readonly Criterion[]): Float64Array {
  const byId = new Map(criteria.map((c) => [c.id, c.weight]));
  return Float64Array.from(matrix.criterionIds, (id) => byId.get(id) ?? 0);
}

/** Every item's total for these weights (percent, matrix column order), into `out` if given. */
export function totalsByWeights(
  matrix: ScoreMatrix,
  weights: ArrayLike<number>,
  out: Float64Array = new Float64Array(matrix.itemIds.length),
): Float64Array {
  const columns = matrix.criterionIds.length;
  const { values } = matrix;
  for (let row = 0, offset = 0; row < out.length; row++, offset += columns) {
    let total = 0;
    for (let column = 0; column < columns; column++) {
      total += (weights[column] ?? 0) * (values[offset + column] ?? 0);
    }
    out[row] = total;
  }
  return out;
}

/**
 * Item indices (rows of the matrix), best total first. Equal totals keep the matrix's row order,
 * so build the matrix from the backlog in its manual order and ties fall back to the room's own
 * ranking.
 */
export function rankByWeights(matrix: ScoreMatrix, weights: ArrayLike<number>): Uint32Array {
  const totals = totalsByWeights(matrix, weights);
  const order = new Uint32Array(totals.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a - b);
}

export function orderedIds(matrix: ScoreMatrix, order: ArrayLike<number>): string[] {
  return Array.from(order, (row) => matrix.itemIds[row] ?? '');
}

/**
 * Each item's movement since a reference order (the order when the slider was grabbed):
 * positive = moved up (▲), negative = down (▼), 0 = unchanged, null = not in the reference.
 */
export function movementSince(
  reference: readonly string[],
  current: readonly string[],
): Map<string, number | null> {
  const before = new Map(reference.map((id, position) => [id, position]));
  return new Map(
    current.map((id, position) => {
      const was = before.get(id);
      return [id, was === undefined ? null : was - position];
    }),
  );
}

/** "▲3", "▼1", "" (unchanged) or "new". */
export function movementLabel(delta: number | null): string {
  if (delta === null) return 'new';
  if (delta > 0) return `▲${delta}`;
  if (delta < 0) return `▼${-delta}`;
  return '';
}
