import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../workshop/schema';
import { closeCalls, describeSwap, displayThreshold, TIE_TOLERANCE } from './closeCalls';
import type { SwapCondition } from './closeCalls';
import { buildScoreMatrix, normalizedScore, weightedTotal } from './scoring';
import { criterion } from './testCriteria';
import { setWeight, weightRoom } from './weights';

type Scores = Record<string, number>;
const items = (rows: Record<string, Scores>) =>
  Object.entries(rows).map(([id, scores]) => ({ id, scores }));

describe('closeCalls on worked examples', () => {
  it('finds where two opposite items tie and picks the smallest change', () => {
    // x = 60·1 + 40·0 = 60, y = 40. Moving A to v: x = v, y = 100 − v → tie at 50 (−10 points).
    // Moving B to v: x = 100 − v, y = v → tie at 50 (+10 points). Equal changes: the first wins.
    const criteria = [criterion('a', 60, { name: 'A' }), criterion('b', 40, { name: 'B' })];
    const report = closeCalls(
      buildScoreMatrix(items({ x: { a: 5, b: 1 }, y: { a: 1, b: 5 } }), criteria),
      criteria,
    );
    expect(report.pairs).toHaveLength(1);
    const [pair] = report.pairs;
    expect(pair).toMatchObject({ rank: 1, upperId: 'x', lowerId: 'y' });
    expect(pair?.gap).toBeCloseTo(20, 12);
    expect(pair?.swap).toMatchObject({ criterionId: 'a', direction: '≤', maxWeight: 100 });
    expect(pair?.swap?.threshold).toBeCloseTo(50, 12);
    expect(pair?.swap?.change).toBeCloseTo(-10, 12);
    expect(describeSwap(pair?.swap as SwapCondition, criteria)).toBe('swaps if A ≤ 50%');
  });

  it('never moves a locked weight and redistributes only over unlocked ones', () => {
    // B is locked at 30, so moving A only trades with C: x = v, y = 70 − v → tie at 35 (−15).
    const criteria = [
      criterion('a', 50, { name: 'Reliability' }),
      criterion('b', 30, { name: 'Reach', locked: true }),
      criterion('c', 20, { name: 'Fit' }),
    ];
    const matrix = buildScoreMatrix(
      items({ x: { a: 5, b: 1, c: 1 }, y: { a: 1, b: 1, c: 5 } }),
      criteria,
    );
    const swap = closeCalls(matrix, criteria).pairs[0]?.swap;
    expect(swap?.criterionId).toBe('a');
    expect(swap?.threshold).toBeCloseTo(35, 12);
    expect(swap?.maxWeight).toBe(70);
    const viaC = closeCalls(matrix, setWeight(criteria, 'a', 50)).pairs[0]?.swap;
    expect(Math.abs(viaC?.change ?? 0)).toBeCloseTo(15, 12);
  });

  it('reports no swap when one item is at least as good on every criterion', () => {
    const criteria = [criterion('a', 50), criterion('b', 50)];
    const report = closeCalls(
      buildScoreMatrix(items({ x: { a: 5, b: 4 }, y: { a: 3, b: 4 } }), criteria),
      criteria,
    );
    expect(report.pairs[0]?.swap).toBeNull();
  });

  it('reports no swap when every weight is locked', () => {
    const criteria = [criterion('a', 60, { locked: true }), criterion('b', 40, { locked: true })];
    const report = closeCalls(
      buildScoreMatrix(items({ x: { a: 5, b: 1 }, y: { a: 1, b: 5 } }), criteria),
      criteria,
    );
    expect(report.pairs[0]?.swap).toBeNull();
    expect(report.items.every((i) => i.stable)).toBe(true);
  });

  it('marks an item stable only when no ±10-point move lets another pass it', () => {
    // x beats both on every criterion; y (38) and z (37) trade places once a drops below 50.
    const criteria = [criterion('a', 50), criterion('b', 50)];
    const matrix = buildScoreMatrix(
      items({ x: { a: 5, b: 5 }, y: { a: 3, b: 2 }, z: { a: 2, b: 3 } }),
      setWeight(criteria, 'a', 52),
    );
    const report = closeCalls(matrix, setWeight(criteria, 'a', 52));
    expect(report.items).toEqual([
      { itemId: 'x', rank: 1, stable: true },
      { itemId: 'y', rank: 2, stable: false },
      { itemId: 'z', rank: 3, stable: false },
    ]);
  });

  it('examines only the top items asked for', () => {
    const criteria = [criterion('a', 50), criterion('b', 50)];
    const rows = Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [`i${i}`, { a: (i % 5) + 1, b: 5 - (i % 5) }]),
    );
    const report = closeCalls(buildScoreMatrix(items(rows), criteria), criteria);
    expect(report.pairs).toHaveLength(9);
    expect(report.items).toHaveLength(10);
  });
});

describe('displayThreshold', () => {
  const swap = (threshold: number, direction: '≥' | '≤', maxWeight = 100): SwapCondition => ({
    criterionId: 'a',
    threshold,
    direction,
    change: 0,
    maxWeight,
  });
  it.each([
    { swap: swap(33.6, '≥'), shown: '34%' },
    { swap: swap(33.6, '≤'), shown: '33%' },
    { swap: swap(34.0000000001, '≥'), shown: '34%' },
    { swap: swap(99.62, '≥', 99.8), shown: '99.7%' },
    { swap: swap(99.79, '≥', 99.79), shown: '99.79%' },
  ])('shows $swap.direction $swap.threshold as $shown', ({ swap: s, shown }) => {
    expect(displayThreshold(s)).toBe(shown);
  });
});

/** Integer weights summing to exactly 100, from sorted cut points. */
const weightsArb = (count: number) =>
  fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
      return sorted.slice(1).map((cut, i) => cut - (sorted[i] ?? 0));
    });

const caseArb = fc.integer({ min: 2, max: 4 }).chain((criterionCount) =>
  fc.record({
    weights: weightsArb(criterionCount),
    locks: fc.array(fc.boolean(), { minLength: criterionCount, maxLength: criterionCount }),
    directions: fc.array(fc.constantFrom('benefit' as const, 'cost' as const), {
      minLength: criterionCount,
      maxLength: criterionCount,
    }),
    rows: fc.array(
      fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 6 }), {
        minLength: criterionCount,
        maxLength: criterionCount,
      }),
      { minLength: 2, maxLength: 6 },
    ),
  }),
);

function toCase(input: {
  weights: number[];
  locks: boolean[];
  directions: ('benefit' | 'cost')[];
  rows: (number | undefined)[][];
}) {
  const criteria: Criterion[] = input.weights.map((w, i) =>
    criterion(`k${i}`, w, {
      locked: input.locks[i] ?? false,
      direction: input.directions[i] ?? 'benefit',
    }),
  );
  const rows = input.rows.map((row, r) => ({
    id: `r${r}`,
    scores: Object.fromEntries(row.flatMap((s, i) => (s === undefined ? [] : [[`k${i}`, s]]))),
  }));
  return { criteria, rows };
}

/** The ranking by the plain per-item formula (independent of the matrix and the lines). */
const rankIndependently = (rows: { id: string; scores: Scores }[], criteria: Criterion[]) =>
  rows
    .map((row, index) => ({ index, total: weightedTotal(row, criteria).total }))
    .sort((a, b) => b.total - a.total || a.index - b.index);

/** Every weight a criterion's slider can take, in `step`s, both ends included. */
const grid = (min: number, max: number, step: number) => {
  const out: number[] = [];
  for (let v = min; v < max; v += step) out.push(v);
  out.push(max);
  return out;
};

/** BRIEF: Σ weightᵢ × normalized scoreᵢ, cost inverted, unscored adds 0 — written out plainly. */
const plainTotal = (scores: Scores, criteria: Criterion[]) =>
  criteria.reduce((sum, c) => {
    const s = scores[c.id];
    return s === undefined ? sum : sum + c.weight * normalizedScore(s, c.scale, c.direction);
  }, 0);

/** Totals of every row for each scanned weight of each movable criterion. */
function scan(
  criteria: Criterion[],
  rows: { id: string; scores: Scores }[],
  window: (c: Criterion, max: number) => [number, number],
  step: number,
) {
  const scans: { criterion: Criterion; v: number; totals: number[] }[] = [];
  for (const c of criteria) {
    const room = weightRoom(criteria, c.id);
    if (!room.movable) continue;
    const [from, to] = window(c, room.max);
    for (const v of grid(from, to, step)) {
      const moved = setWeight(criteria, c.id, v);
      scans.push({ criterion: c, v, totals: rows.map((row) => plainTotal(row.scores, moved)) });
    }
  }
  return scans;
}

describe('closeCalls against brute force (property)', () => {
  const STEP = 0.1;

  it('finds the smallest swapping change that scanning every weight finds', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const { criteria, rows } = toCase(input);
        const report = closeCalls(buildScoreMatrix(rows, criteria), criteria);
        const order = rankIndependently(rows, criteria);
        const scans = scan(criteria, rows, (_, max) => [0, max], STEP);
        report.pairs.forEach((pair, k) => {
          const upper = order[k]?.index ?? -1;
          const lower = order[k + 1]?.index ?? -1;
          expect([pair.upperId, pair.lowerId]).toEqual([rows[upper]?.id, rows[lower]?.id]);
          let nearest = Infinity;
          for (const { criterion: c, v, totals } of scans) {
            const difference = (totals[upper] ?? 0) - (totals[lower] ?? 0);
            if (difference < -TIE_TOLERANCE) nearest = Math.min(nearest, Math.abs(v - c.weight));
          }
          if (pair.swap === null) {
            expect(nearest).toBe(Infinity);
          } else {
            const claimed = Math.abs(pair.swap.change);
            expect(nearest).toBeGreaterThanOrEqual(claimed - 1e-6);
            expect(nearest).toBeLessThanOrEqual(claimed + 2 * STEP);
          }
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('calls an item stable exactly when no scanned ±10-point move lets another pass it', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const { criteria, rows } = toCase(input);
        const report = closeCalls(buildScoreMatrix(rows, criteria), criteria);
        const current = rankIndependently(rows, criteria).map((e) => e.index);
        const scans = scan(
          criteria,
          rows,
          (c, max) => [Math.max(0, c.weight - 10), Math.min(max, c.weight + 10)],
          0.25,
        );
        report.items.forEach(({ stable }, position) => {
          const row = current[position] ?? -1;
          const above = new Set(current.slice(0, position));
          const moved = scans.some(({ totals }) =>
            rows.some((_, other) => {
              if (other === row) return false;
              const difference = (totals[row] ?? 0) - (totals[other] ?? 0);
              return above.has(other) ? difference > TIE_TOLERANCE : difference < -TIE_TOLERANCE;
            }),
          );
          expect(stable).toBe(!moved);
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
