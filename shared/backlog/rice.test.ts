import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Rice } from '../workshop/schema';
import { defaultSettings } from '../workshop/defaults';
import {
  RICE_LIMITS,
  explainRiceResult,
  formatRiceResult,
  formatRiceScore,
  riceScore,
  riceValue,
  validateRiceInput,
} from './rice';

const rice = (
  reach: number | null,
  impact: number | null,
  confidence: number | null,
  effort: number | null,
): Rice => ({ reach, impact, confidence, effort });

describe('riceScore', () => {
  it.each([
    // [reach, impact, confidence %, effort, score, arithmetic]
    [500, 2, 80, 4, 200, '500 × 2 × 80% ÷ 4 = 200'],
    [1200, 0.25, 50, 0.5, 300, '1,200 × 0.25 × 50% ÷ 0.5 = 300'],
    [2000, 0.5, 80, 2, 400, '2,000 × 0.5 × 80% ÷ 2 = 400'],
    [150, 3, 100, 6, 75, '150 × 3 × 100% ÷ 6 = 75'],
    [90, 1, 50, 3, 15, '90 × 1 × 50% ÷ 3 = 15'],
    [10, 0.25, 50, 8, 0.15625, '10 × 0.25 × 50% ÷ 8 = 0.16'],
    [40_000, 2, 80, 0.5, 128_000, '40,000 × 2 × 80% ÷ 0.5 = 128,000'],
    [0, 2, 80, 4, 0, '0 × 2 × 80% ÷ 4 = 0'],
    [300, 1, 65, 1.5, 130, '300 × 1 × 65% ÷ 1.5 = 130'],
  ])('scores %d × %d × %d%% ÷ %d as %d', (reach, impact, confidence, effort, score, text) => {
    const result = riceScore(rice(reach, impact, confidence, effort));
    expect(result.kind).toBe('scored');
    if (result.kind !== 'scored') return;
    expect(result.value).toBeCloseTo(score, 9);
    expect(result.arithmetic).toBe(text);
  });

  it('lists every missing field in RICE order instead of scoring 0', () => {
    expect(riceScore(rice(500, null, 80, null))).toEqual({
      kind: 'unscored',
      missing: ['impact', 'effort'],
      invalid: [],
    });
    expect(riceScore(rice(null, null, null, null))).toEqual({
      kind: 'unscored',
      missing: ['reach', 'impact', 'confidence', 'effort'],
      invalid: [],
    });
  });

  it.each([
    ['zero effort', rice(500, 2, 80, 0), ['effort']],
    ['negative reach', rice(-1, 2, 80, 4), ['reach']],
    ['confidence above 100%', rice(500, 2, 120, 4), ['confidence']],
    ['NaN impact', rice(500, Number.NaN, 80, 4), ['impact']],
    ['infinite reach', rice(Number.POSITIVE_INFINITY, 2, 80, 4), ['reach']],
    ['effort below the floor', rice(500, 2, 80, 1e-9), ['effort']],
  ])('refuses to score %s', (_name, input, invalid) => {
    const result = riceScore(input);
    expect(result).toEqual({ kind: 'unscored', missing: [], invalid });
    expect(riceValue(input)).toBeNull();
  });

  it('never produces NaN or Infinity for any numbers at all', () => {
    const anyNumber = fc.oneof(fc.constant(null), fc.double());
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (r, i, c, e) => {
        const result = riceScore(rice(r, i, c, e));
        if (result.kind === 'scored') {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.arithmetic).not.toMatch(/NaN|Infinity|∞/);
        }
      }),
    );
  });

  it('agrees with riceValue, the fast path sorting uses', () => {
    const anyNumber = fc.oneof(fc.constant(null), fc.double({ min: -1, max: 2000 }));
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (r, i, c, e) => {
        const input = rice(r, i, c, e);
        const result = riceScore(input);
        expect(riceValue(input)).toBe(result.kind === 'scored' ? result.value : null);
      }),
    );
  });
});

describe('riceScore properties', () => {
  const within = (field: keyof typeof RICE_LIMITS) =>
    fc.double({ min: RICE_LIMITS[field].min, max: RICE_LIMITS[field].max, noNaN: true });
  const orderedPair = (field: keyof typeof RICE_LIMITS) =>
    fc
      .tuple(within(field), within(field))
      .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
  const score = (input: Rice): number => {
    const value = riceValue(input);
    if (value === null) throw new Error(`unscored: ${JSON.stringify(input)}`);
    return value;
  };

  it('never decreases when reach grows', () => {
    fc.assert(
      fc.property(
        orderedPair('reach'),
        within('impact'),
        within('confidence'),
        within('effort'),
        ([low, high], i, c, e) => {
          expect(score(rice(low, i, c, e))).toBeLessThanOrEqual(score(rice(high, i, c, e)));
        },
      ),
    );
  });

  it('never decreases when impact grows', () => {
    fc.assert(
      fc.property(
        within('reach'),
        orderedPair('impact'),
        within('confidence'),
        within('effort'),
        (r, [low, high], c, e) => {
          expect(score(rice(r, low, c, e))).toBeLessThanOrEqual(score(rice(r, high, c, e)));
        },
      ),
    );
  });

  it('never decreases when confidence grows', () => {
    fc.assert(
      fc.property(
        within('reach'),
        within('impact'),
        orderedPair('confidence'),
        within('effort'),
        (r, i, [low, high], e) => {
          expect(score(rice(r, i, low, e))).toBeLessThanOrEqual(score(rice(r, i, high, e)));
        },
      ),
    );
  });

  it('never increases when effort grows', () => {
    fc.assert(
      fc.property(
        within('reach'),
        within('impact'),
        within('confidence'),
        orderedPair('effort'),
        (r, i, c, [low, high]) => {
          expect(score(rice(r, i, c, low))).toBeGreaterThanOrEqual(score(rice(r, i, c, high)));
        },
      ),
    );
  });

  it('is finite across the whole accepted range', () => {
    expect(score(rice(RICE_LIMITS.reach.max, RICE_LIMITS.impact.max, 100, 0.001))).toBe(1e19);
  });
});

describe('formatRiceScore', () => {
  it.each([
    [0, '0'],
    [200, '200'],
    [128_000, '128,000'],
    [1234.56, '1,235'],
    [99.95, '100'],
    [12.5, '12.5'],
    [12.04, '12'],
    [2.25, '2.25'],
    [0.5, '0.5'],
    [0.15625, '0.16'],
    [0.0042, '0.0042'],
    [0.000123456, '0.00012'],
  ])('writes %d as %s', (value, text) => {
    expect(formatRiceScore(value)).toBe(text);
  });
});

describe('formatRiceResult and explainRiceResult', () => {
  it('shows the number and the arithmetic of a scored item', () => {
    const result = riceScore(rice(500, 2, 80, 4));
    expect(formatRiceResult(result)).toBe('200');
    expect(explainRiceResult(result)).toBe('500 × 2 × 80% ÷ 4 = 200');
  });

  it('shows "unscored" and what is missing for an incomplete item', () => {
    const result = riceScore(rice(null, 2, 80, null));
    expect(formatRiceResult(result)).toBe('unscored');
    expect(explainRiceResult(result)).toBe('Unscored: needs reach and effort');
    expect(explainRiceResult(riceScore(rice(null, null, null, 0)))).toBe(
      'Unscored: needs reach, impact and confidence; effort out of range',
    );
  });
});

describe('validateRiceInput', () => {
  const settings = defaultSettings();

  it.each([
    ['reach', '1,200', 1200],
    ['reach', ' 1 200 ', 1200],
    ['reach', '0', 0],
    ['impact', '0.5', 0.5],
    ['impact', '0,25', 0.25],
    ['impact', 'High', 2],
    ['impact', 'minimal', 0.25],
    ['confidence', '80%', 80],
    ['confidence', '80', 80],
    ['confidence', '65 %', 65],
    ['confidence', 'Medium', 80],
    ['effort', '0.5', 0.5],
    ['effort', '1,5', 1.5],
  ] as const)('accepts %s = %j as %d', (field, raw, value) => {
    expect(validateRiceInput(field, raw, { scales: settings })).toEqual({ ok: true, value });
  });

  it('reads "1.200" as twelve hundred in a decimal-comma file', () => {
    expect(validateRiceInput('reach', '1.200', { numberStyle: 'decimal-comma' })).toEqual({
      ok: true,
      value: 1200,
    });
    expect(validateRiceInput('effort', '1,5', { numberStyle: 'decimal-comma' })).toEqual({
      ok: true,
      value: 1.5,
    });
  });

  it('reads a confidence written as a fraction when told so', () => {
    const options = { confidenceScale: 'fraction' } as const;
    expect(validateRiceInput('confidence', '0.55', options)).toEqual({ ok: true, value: 55 });
    expect(validateRiceInput('confidence', '80%', options)).toEqual({ ok: true, value: 80 });
    expect(validateRiceInput('confidence', '1.5', options)).toEqual({
      ok: false,
      reason: "Confidence can't be more than 100%",
    });
  });

  it('clears the field on empty text', () => {
    expect(validateRiceInput('effort', '   ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['effort', '0', 'Effort must be more than 0 person-months'],
    ['effort', '-2', 'Effort must be more than 0 person-months'],
    ['effort', '0.0001', 'Effort must be at least 0.001 person-months'],
    ['reach', '-5', "Reach can't be negative"],
    ['reach', 'lots', 'Enter a number'],
    ['reach', '12abc', 'Enter a number'],
    ['reach', '2e13', 'Reach can be at most 1,000,000,000,000'],
    ['impact', '-0.5', "Impact can't be negative"],
    ['impact', 'High', 'Enter a number'],
    ['confidence', '120%', "Confidence can't be more than 100%"],
    ['confidence', '-10%', "Confidence can't be negative"],
    ['effort', '50%', 'Effort is not a percentage'],
    ['reach', 'NaN', 'Enter a number'],
    ['reach', 'Infinity', 'Enter a number'],
  ] as const)('refuses %s = %j: %s', (field, raw, reason) => {
    // Labels are only understood when the workshop's scales are given.
    const options = raw === 'High' ? {} : { scales: settings };
    expect(validateRiceInput(field, raw, options)).toEqual({ ok: false, reason });
  });
});
