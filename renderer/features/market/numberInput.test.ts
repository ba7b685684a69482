import { describe, expect, it } from 'vitest';
import { formatFieldValue, readField, type NumberKind } from './numberInput';

const money: NumberKind = { kind: 'money', currency: 'USD' };
const percent: NumberKind = { kind: 'percent' };

describe('number fields', () => {
  it.each([
    ['1.2B', money, 1_200_000_000],
    ['350M', money, 350_000_000],
    ['$40k', money, 40_000],
    ['12%', percent, 12],
    ['12', percent, 12],
    ['40k', { kind: 'count' } as const, 40_000],
    ['2×', { kind: 'ratio', min: 1 } as const, 2],
    ['2.5x', { kind: 'ratio', min: 1 } as const, 2.5],
    ['3', { kind: 'ratio', min: 1 } as const, 3],
  ])('reads %s', (text, kind, value) => {
    expect(readField(text, kind)).toEqual({ status: 'value', value });
  });

  it.each([
    ['12%', money, 'is a percentage'],
    ['40k', percent, 'is not a percentage'],
    ['150%', percent, 'the maximum is 100%'],
    ['lots', money, 'is not a number'],
    ['1,5', money, 'write decimals with a dot'],
    ['0.5×', { kind: 'ratio', min: 1 } as const, 'the minimum is 1'],
    ['-3', { kind: 'count' } as const, 'negative values are not allowed'],
  ])('refuses %s with a reason', (text, kind, reason) => {
    const reading = readField(text, kind);
    expect(reading.status).toBe('refused');
    if (reading.status === 'refused') expect(reading.reason).toContain(reason);
  });

  it('lets the caller decide what an empty field means', () => {
    expect(readField('  ', money)).toEqual({ status: 'empty' });
  });

  it('shows values in the notation it reads back', () => {
    const cases: [number, NumberKind][] = [
      [1_200_000_000, money],
      [350_000_000, { kind: 'money', currency: 'EUR' }],
      [12.5, percent],
      [40_000, { kind: 'count' }],
      [2, { kind: 'ratio', min: 1 }],
    ];
    for (const [value, kind] of cases) {
      const text = formatFieldValue(value, kind);
      expect(readField(text, kind)).toEqual({ status: 'value', value });
    }
    expect(formatFieldValue(1_200_000_000, money)).toBe('$1.2B');
    expect(formatFieldValue(2, { kind: 'ratio', min: 1 })).toBe('2×');
  });

  it('accepts negative growth down to −100% where the field allows it', () => {
    expect(readField('-5%', { kind: 'percent', min: -100, max: 1_000 })).toEqual({
      status: 'value',
      value: -5,
    });
  });
});
