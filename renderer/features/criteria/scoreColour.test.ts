import { describe, expect, it } from 'vitest';
import { scoreStep } from './scoreColour';

describe('score shades', () => {
  it('spreads a 1–5 scale over the five steps', () => {
    expect([1, 2, 3, 4, 5].map((s) => scoreStep(s, { min: 1, max: 5 }))).toEqual([0, 1, 2, 3, 4]);
  });

  it('maps a 0–10 scale by position, and clamps scores outside the scale', () => {
    expect([0, 2, 5, 8, 10].map((s) => scoreStep(s, { min: 0, max: 10 }))).toEqual([0, 1, 2, 3, 4]);
    expect(scoreStep(7, { min: 1, max: 5 })).toBe(4);
    expect(scoreStep(-1, { min: 0, max: 10 })).toBe(0);
  });
});
