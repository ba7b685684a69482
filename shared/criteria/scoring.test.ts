import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../workshop/schema';
import {
  buildScoreMatrix,
  formulaText,
  movementLabel,
  movementSince,
  normalizedScore,
  orderedIds,
  parseScoreInput,
  rankByWeights,
  totalsByWeights,
  weightedTotal,
  weightVector,
} from './scoring';
import { criterion } from './testCriteria';

describe('normalizedScore', () => {
  it.each([
    { score: 1, scale: { min: 1, max: 5 }, direction: 'benefit', expected: 0 },
    { score: 3, scale: { min: 1, max: 5 }, direction: 'benefit', expected: 0.5 },
    { score: 5, scale: { min: 1, max: 5 }, direction: 'benefit', expected: 1 },
    { score: 1, scale: { min: 1, max: 5 }, direction: 'cost', expected: 1 },
    { score: 2, scale: { min: 1, max: 5 }, direction: 'cost', expected: 0.75 },
    { score: 5, scale: { min: 1, max: 5 }, direction: 'cost', expected: 0 },
    { score: 7, scale: { min: 0, max: 10 }, direction: 'benefit', expected: 0.7 },
    { score: 7, scale: { min: 0, max: 10 }, direction: 'cost', expected: 0.3 },
    { score: 0, scale: { min: 0, max: 5 }, direction: 'benefit', expected: 0 },
    { score: 7, scale: { min: 1, max: 5 }, direction: 'benefit', expected: 1 },
    { score: 0, scale: { min: 1, max: 5 }, direction: 'cost', expected: 1 },
  ] as const)(
    '$score on $scale.min–$scale.max ($direction) → $expected',
    ({ score, scale, direction, expected }) => {
      expect(normalizedScore(score, scale, direction)).toBeCloseTo(expected, 12);
    },
  );
});

// A worked example: 40% × 0.75 + 30% × (1 − 0.25) + 30% × 0.6 = 30 + 22.5 + 18 = 70.5.
const criteria: Criterion[] = [
  criterion('rel', 40, { name: 'Reliability impact' }),
  criterion('eff', 30, { name: 'Effort', direction: 'cost' }),
  criterion('reach', 30, { name: 'Customer reach', scale: { min: 0, max: 10 } }),
];

describe('weightedTotal', () => {
  it('sums weight × normalized score, cost criteria inverted', () => {
    const result = weightedTotal({ scores: { rel: 4, eff: 2, reach: 6 } }, criteria);
    expect(result.total).toBeCloseTo(70.5, 12);
    expect(result.terms.map((t) => t.points)).toEqual([30, 22.5, 18]);
    expect(result).toMatchObject({
      complete: true,
      scoredCount: 3,
      criterionCount: 3,
      unscoredWeight: 0,
    });
  });

  const extremes: { case: string; scores: Record<string, number>; expected: number }[] = [
    { case: 'best on every criterion', scores: { rel: 5, eff: 1, reach: 10 }, expected: 100 },
    { case: 'worst on every criterion', scores: { rel: 1, eff: 5, reach: 0 }, expected: 0 },
    { case: 'nothing scored', scores: {}, expected: 0 },
  ];
  it.each(extremes)('spans 0–100: $case → $expected', ({ scores, expected }) => {
    expect(weightedTotal({ scores }, criteria).total).toBeCloseTo(expected, 12);
  });

  it('gives an unscored criterion no credit and reports what it could still add', () => {
    const result = weightedTotal({ scores: { rel: 4, eff: 2 } }, criteria);
    expect(result.total).toBeCloseTo(52.5, 12);
    expect(result).toMatchObject({ complete: false, scoredCount: 2, unscoredWeight: 30 });
    expect(result.terms[2]).toMatchObject({ score: null, normalized: null, points: 0 });
  });

  it('clamps a score outside its scale and flags it', () => {
    const result = weightedTotal({ scores: { rel: 9, eff: 2, reach: 6 } }, criteria);
    expect(result.terms[0]).toMatchObject({ normalized: 1, outOfScale: true });
    expect(result.total).toBeCloseTo(80.5, 12);
  });
});

describe('formulaText', () => {
  it('spells out every term and the total', () => {
    expect(formulaText({ scores: { rel: 4, eff: 2 } }, criteria)).toBe(
      [
        'Reliability impact: 40% × (4 − 1)/(5 − 1) = 40% × 0.75 = 30',
        'Effort (cost, inverted): 30% × (1 − (2 − 1)/(5 − 1)) = 30% × 0.75 = 22.5',
        'Customer reach: unscored, adds 0 (up to 30)',
        'Total = 30 + 22.5 = 52.5 of 100 · 2 of 3 criteria scored',
      ].join('\n'),
    );
  });

  it('names a score outside the scale', () => {
    const text = formulaText({ scores: { rel: 9, eff: 2, reach: 6 } }, criteria);
    expect(text.split('\n')[0]).toBe(
      'Reliability impact: 40% × (5 − 1)/(5 − 1) = 40% × 1 = 40 [9 is outside 1–5]',
    );
    expect(text.split('\n')[3]).toBe(
      'Total = 40 + 22.5 + 18 = 80.5 of 100 · all 3 criteria scored',
    );
  });
});

describe('parseScoreInput', () => {
  const scale = { name: 'Reliability impact', scale: { min: 1, max: 5 } } as const;
  it.each([
    { text: '4', expected: { ok: true, score: 4 } },
    { text: ' 5 ', expected: { ok: true, score: 5 } },
    { text: '', expected: { ok: true, score: null } },
    { text: 'abc', expected: { ok: false, reason: 'not-a-number' } },
    { text: '1e1', expected: { ok: false, reason: 'not-a-number' } },
    { text: '2.5', expected: { ok: false, reason: 'not-whole' } },
    { text: '0', expected: { ok: false, reason: 'below-scale' } },
    { text: '6', expected: { ok: false, reason: 'above-scale' } },
  ])('"$text" → $expected', ({ text, expected }) => {
    expect(parseScoreInput(text, scale)).toMatchObject(expected);
  });

  it('explains a refusal with the scale', () => {
    expect(parseScoreInput('7', scale)).toMatchObject({
      message: 'Reliability impact is scored 1–5; 7 is above 5.',
    });
  });

  it('accepts 0 and 10 on a 0–10 scale', () => {
    const wide = { name: 'Reach', scale: { min: 0, max: 10 } } as const;
    expect(parseScoreInput('0', wide)).toEqual({ ok: true, score: 0 });
    expect(parseScoreInput('10', wide)).toEqual({ ok: true, score: 10 });
  });
});

describe('score matrix and rankByWeights', () => {
  const items = [
    { id: 'x', scores: { rel: 5, eff: 5, reach: 0 } },
    { id: 'y', scores: { rel: 1, eff: 1, reach: 10 } },
    { id: 'z', scores: { rel: 3, eff: 3, reach: 5 } },
  ];

  it('stores normalized, inverted scores and 0 for unscored cells', () => {
    const matrix = buildScoreMatrix([...items, { id: 'empty', scores: {} }], criteria);
    expect(Array.from(matrix.values)).toEqual([1, 0, 0, 0, 1, 1, 0.5, 0.5, 0.5, 0, 0, 0]);
  });

  it('re-ranks as the weights change', () => {
    const matrix = buildScoreMatrix(items, criteria);
    expect(orderedIds(matrix, rankByWeights(matrix, [80, 10, 10]))).toEqual(['x', 'z', 'y']);
    expect(orderedIds(matrix, rankByWeights(matrix, [10, 45, 45]))).toEqual(['y', 'z', 'x']);
  });

  it('keeps the matrix row order for equal totals', () => {
    const matrix = buildScoreMatrix(items, criteria);
    expect(orderedIds(matrix, rankByWeights(matrix, [0, 0, 0]))).toEqual(['x', 'y', 'z']);
  });

  it('maps weights to matrix columns by id', () => {
    const matrix = buildScoreMatrix(items, criteria);
    const reversed = [...criteria].reverse();
    expect(Array.from(weightVector(matrix, reversed))).toEqual([40, 30, 30]);
  });

  it('ranks exactly like sorting the per-item totals (property)', () => {
    const scoreArb = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(scoreArb, scoreArb, scoreArb), { maxLength: 40 }),
        fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100)),
        (rows, raw) => {
          const total = raw[0] + raw[1] + raw[2] || 1;
          const weighted = criteria.map((c, i) => ({
            ...c,
            weight: ((raw[i] ?? 0) / total) * 100,
          }));
          const rowItems = rows.map((row, i) => ({
            id: `i${i}`,
            scores: Object.fromEntries(
              weighted.flatMap((c, k) => (row[k] === undefined ? [] : [[c.id, row[k]]])),
            ),
          }));
          const matrix = buildScoreMatrix(rowItems, weighted);
          const weights = weightVector(matrix, weighted);
          const expected = rowItems
            .map((item, index) => ({ index, total: weightedTotal(item, weighted).total }))
            .sort((a, b) => b.total - a.total || a.index - b.index)
            .map((e) => e.index);
          expect(Array.from(rankByWeights(matrix, weights))).toEqual(expected);
          const totals = totalsByWeights(matrix, weights);
          rowItems.forEach((item, i) =>
            expect(totals[i]).toBeCloseTo(weightedTotal(item, weighted).total, 9),
          );
        },
      ),
    );
  });
});

describe('movement since a reference order', () => {
  it('counts places moved up and down, and new items', () => {
    const moves = movementSince(['a', 'b', 'c', 'd'], ['c', 'a', 'b', 'e', 'd']);
    expect(Object.fromEntries(moves)).toEqual({ c: 2, a: -1, b: -1, e: null, d: -1 });
  });

  it.each([
    { delta: 3, label: '▲3' },
    { delta: -1, label: '▼1' },
    { delta: 0, label: '' },
    { delta: null, label: 'new' },
  ])('labels $delta as "$label"', ({ delta, label }) => {
    expect(movementLabel(delta)).toBe(label);
  });
});
