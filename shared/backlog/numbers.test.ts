import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatGrouped, parseHumanNumber } from './numbers';

describe('parseHumanNumber', () => {
  it.each([
    ['42', 42, false],
    ['  42  ', 42, false],
    ['0.5', 0.5, false],
    ['.5', 0.5, false],
    ['-3', -3, false],
    ['+3', 3, false],
    ['1,200', 1200, false],
    ['1,200,000.75', 1_200_000.75, false],
    ['1 200', 1200, false],
    ['1\u00a0200,5', 1200.5, false],
    ['1.200.000', 1_200_000, false],
    ['1.200,5', 1200.5, false],
    ['1.200', 1.2, false],
    ['0,5', 0.5, false],
    ['1,25', 1.25, false],
    ['0,250', 0.25, false],
    ['80%', 80, true],
    ['12,5 %', 12.5, true],
    ['2.5e3', 2500, false],
    ['1e-7', 1e-7, false],
    ['-0', 0, false],
  ])('reads %j as %d', (raw, value, percent) => {
    expect(parseHumanNumber(raw)).toEqual({ ok: true, value, percent });
  });

  it.each([
    '',
    '   ',
    '%',
    'abc',
    '12abc',
    '1,2,3',
    '1..2',
    'NaN',
    'Infinity',
    '0x10',
    '1e999',
    '€5',
  ])('refuses %j', (raw) => {
    expect(parseHumanNumber(raw)).toEqual({ ok: false });
  });

  it.each([
    ['1.200', 1200],
    ['1.200.000,75', 1_200_000.75],
    ['1,25', 1.25],
    ['1,200', 1.2],
    ['0.5', 0.5],
    ['12,5%', 12.5],
    ['2,5e3', 2500],
  ])('reads %j in a decimal-comma file as %d', (raw, value) => {
    expect(parseHumanNumber(raw, 'decimal-comma')).toMatchObject({ ok: true, value });
  });

  it('reads back every finite number JavaScript writes', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const parsed = parseHumanNumber(String(value));
        expect(parsed).toEqual({ ok: true, value: value === 0 ? 0 : value, percent: false });
      }),
    );
  });

  it('reads back the grouped numbers it formats for people', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (value) => {
        expect(parseHumanNumber(formatGrouped(value))).toEqual({ ok: true, value, percent: false });
      }),
    );
  });
});

describe('formatGrouped', () => {
  it.each([
    [1200, 6, '1,200'],
    [0.25, 6, '0.25'],
    [1234.5678, 2, '1,234.57'],
    [-0, 6, '0'],
  ])('writes %d with at most %d decimals as %s', (value, digits, text) => {
    expect(formatGrouped(value, digits)).toBe(text);
  });
});
