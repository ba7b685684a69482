import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_VALUE,
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
  parseNumber,
  type ParseOptions,
} from './numbers';

const customers = { one: 'customer', other: 'customers' };

describe('parseNumber', () => {
  it.each([
    ['1.2B', 1.2 * 1_000_000_000],
    ['350M', 350 * 1_000_000],
    ['40k', 40 * 1_000],
    ['40K', 40 * 1_000],
    ['2.5bn', 2.5 * 1_000_000_000],
    ['12mm', 12 * 1_000_000],
    ['1.5T', 1.5 * 1_000_000_000_000],
    ['1,200,000', 1_200_000],
    ['1,234.5', 1_234.5],
    ['$1.2B', 1.2 * 1_000_000_000],
    ['$ 950', 950],
    ['€40K', 40_000],
    ['CA$3M', 3_000_000],
    ['0.5', 0.5],
    ['.5', 0.5],
    [' 3 ', 3],
    ['0.07k', 70], // the decimal point moves in the text: 0.07 × 1000 as doubles is 70.00000000000001
  ])('reads %j as %d', (input, expected) => {
    expect(parseNumber(input)).toEqual({ ok: true, value: expected, percent: false });
  });

  it.each([
    ['12%', 12],
    ['12.5 %', 12.5],
    ['0%', 0],
  ])('reads %j as the percentage %d', (input, expected) => {
    expect(parseNumber(input)).toEqual({ ok: true, value: expected, percent: true });
  });

  it.each([
    ['12x', "'12x' is not a number"],
    ['abc', "'abc' is not a number"],
    ['1..2', "'1..2' is not a number"],
    ['1,20,000', "'1,20,000' is not a number"],
    ['--5', "'--5' is not a number"],
    ['$5€', "'$5€' is not a number"],
    ['$12%', "'$12%' is not a number"],
    ['1,5', "'1,5' is not a number: write decimals with a dot (1.5)"],
    ['-5', 'negative values are not allowed here'],
    ['-$1.2B', 'negative values are not allowed here'],
    ['−3', 'negative values are not allowed here'],
    ['9'.repeat(65), `'${'9'.repeat(24)}…' is too long to be a number`],
  ])('refuses %j: %s', (input, reason) => {
    expect(parseNumber(input)).toEqual({ ok: false, reason, empty: false });
  });

  it('reports an empty field as empty, so a nullable field can clear itself', () => {
    expect(parseNumber('   ')).toEqual({ ok: false, reason: 'Enter a number', empty: true });
  });

  it.each<[string, ParseOptions, number]>([
    ['-20%', { min: -100, expect: 'percent' }, -20],
    ['$-5', { min: -10 }, -5],
    ['100', { max: 100, expect: 'percent' }, 100],
    ['CHF 1.2B', { currency: 'CHF' }, 1.2e9],
    ['R$40K', { currency: 'BRL' }, 40_000],
    ['5 USD', { currency: 'USD' }, 5],
  ])('accepts %j with %j', (input, options, expected) => {
    expect(parseNumber(input, options)).toMatchObject({ ok: true, value: expected });
  });

  it.each<[string, ParseOptions, string]>([
    ['150%', { max: 100, expect: 'percent' }, "'150%' is too large: the maximum is 100%"],
    ['-150', { min: -100, expect: 'percent' }, "'-150' is too small: the minimum is -100%"],
    ['5', { min: 10 }, "'5' is too small: the minimum is 10"],
    ['12%', { expect: 'amount' }, "'12%' is a percentage; enter an amount here"],
    ['12k', { expect: 'percent' }, "'12k' is not a percentage"],
    ['$12', { expect: 'percent' }, "'$12' is not a percentage"],
    ['CHF 5', {}, "'CHF 5' is not a number"],
  ])('refuses %j with %j', (input, options, reason) => {
    expect(parseNumber(input, options)).toEqual({ ok: false, reason, empty: false });
  });

  it('ignores a malformed currency option instead of throwing', () => {
    expect(parseNumber('$5', { currency: 'usd' })).toEqual({ ok: true, value: 5, percent: false });
  });

  it('never throws, whatever is typed', () => {
    const grammarish = fc.string({
      unit: fc.constantFrom(...'0123456789.,-−+ $€£¥%kKmMbBtTnNx\u00a0CHFR'.split('')),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), grammarish), (input) => {
        const result = parseNumber(input, { currency: 'CHF' });
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('formatMoney', () => {
  it.each([
    [1.2e9, '$1.2B'],
    [350e6, '$350M'],
    [40e3, '$40K'],
    [950, '$950'],
    [1_234_567, '$1.23M'], // 3 significant digits
    [999_999, '$1M'],
    [12.5, '$12.5'],
    [0.5, '$0.5'],
    [0.004, '$0'], // below a cent
    [0, '$0'],
    [-1.2e9, '-$1.2B'],
    [-0.001, '$0'], // no "-$0"
  ])('shows %d dollars as %s', (value, expected) => {
    expect(formatMoney(value)).toBe(expected);
  });

  it.each([
    ['EUR', 1.234e9, '€1.23B'],
    ['GBP', 350e6, '£350M'],
    ['JPY', 12.34, '¥12'], // yen have no minor unit
    ['CHF', 950, 'CHF\u00a0950'],
    ['BRL', 40e3, 'R$40K'],
  ])('shows %s amounts with the currency’s symbol', (currency, value, expected) => {
    expect(formatMoney(value, currency)).toBe(expected);
  });

  it('shows every whole unit when asked not to compact', () => {
    expect(formatMoney(1_234_567.89, 'USD', { compact: false })).toBe('$1,234,568');
    expect(formatMoney(12.345, 'USD', { compact: false })).toBe('$12.3');
  });

  it('shows a dash instead of NaN or infinity', () => {
    expect(formatMoney(Number.NaN)).toBe(NO_VALUE);
    expect(formatMoney(Infinity)).toBe(NO_VALUE);
  });
});

describe('formatCount, formatNumber, formatPercent, formatRatio', () => {
  it.each([
    [12_400, '12.4K customers'],
    [1, '1 customer'],
    [62.5, '63 customers'], // expected customers are fractional; whole ones are shown
    [0, '0 customers'],
    [2_500_000, '2.5M customers'],
  ])('counts %d as %s', (value, expected) => {
    expect(formatCount(value, customers)).toBe(expected);
  });

  it.each([
    [38, '38%'],
    [12.5, '12.5%'],
    [33.333, '33.3%'],
    [0.125, '0.125%'],
    [112.4, '112%'],
    [0.0001, '0%'],
    [1_234.5, '1,235%'], // whole percents are never rounded away
    [-20, '-20%'],
  ])('shows %d percent as %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it.each([
    [3.4, '3.4×'],
    [3.432, '3.43×'],
    [12, '12×'],
  ])('shows the ratio %d as %s', (value, expected) => {
    expect(formatRatio(value)).toBe(expected);
  });

  it('shows bare numbers in the same notation', () => {
    expect(formatNumber(1_234_567)).toBe('1.23M');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatCount(Number.NaN)).toBe(NO_VALUE);
    expect(formatPercent(Infinity)).toBe(NO_VALUE);
    expect(formatRatio(Infinity)).toBe(NO_VALUE);
  });
});

/** Shown with 3 significant digits (or whole cents / whole percents), so that much may be lost. */
function withinDisplayPrecision(actual: number, expected: number, absolute: number): boolean {
  return Math.abs(actual - expected) <= Math.max(Math.abs(expected) * 0.005, absolute) * (1 + 1e-9);
}

describe('format → parse round trip', () => {
  const amounts = fc.oneof(
    fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    fc.integer({ min: 0, max: 10_000_000 }),
  );

  it('reads back every amount it shows, within display precision, in any currency', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'CHF', 'BRL', 'CAD', 'INR', 'SEK'),
        (value, currency) => {
          const shown = formatMoney(value, currency);
          const read = parseNumber(shown, { currency, min: -Infinity });
          expect(read.ok, shown).toBe(true);
          // Yen have no minor unit, so up to half a yen is rounded away.
          const absolute = currency === 'JPY' ? 0.5 : 0.005;
          if (read.ok)
            expect(withinDisplayPrecision(read.value, value, absolute), shown).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('round-trips the examples exactly', () => {
    for (const text of ['$1.2B', '$350M', '$40K', '$950']) {
      const read = parseNumber(text);
      expect(read.ok && formatMoney(read.value)).toBe(text);
    }
  });

  it('reads back every percentage and count it shows', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        const percent = parseNumber(formatPercent(value), { min: -Infinity });
        expect(percent).toMatchObject({ ok: true, percent: true });
        if (percent.ok) expect(withinDisplayPrecision(percent.value, value, 0.5)).toBe(true);
        const count = parseNumber(formatCount(value), { min: -Infinity });
        if (count.ok) expect(withinDisplayPrecision(count.value, value, 0.5)).toBe(true);
        expect(count.ok).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
