import { describe, expect, it } from 'vitest';
import {
  MAX_RANK_KEY_LENGTH,
  compareRankKeys,
  initialRanks,
  isValidRankKey,
  rankKeyBetween,
  ranksAfter,
} from './rankKeys';

const isStrictlyIncreasing = (keys: readonly string[]) =>
  keys.every((key, index) => index === 0 || compareRankKeys(keys[index - 1] ?? '', key) < 0);

describe('compareRankKeys', () => {
  it('orders by code units, the order fractional keys are built for', () => {
    expect(compareRankKeys('Zz', 'a0')).toBeLessThan(0);
    // localeCompare would say the opposite, and break the manual order.
    expect('Zz'.localeCompare('a0')).toBeGreaterThan(0);
    expect(compareRankKeys('a0', 'a0')).toBe(0);
    expect(compareRankKeys('a1', 'a0V')).toBeGreaterThan(0);
  });
});

describe('isValidRankKey', () => {
  it.each(['a0', 'a1', 'Zz', 'b00', 'a0V', 'a0G8'])('accepts %s', (key) => {
    expect(isValidRankKey(key)).toBe(true);
  });

  it.each(['', '1', 'a', 'a00', 'b0', 'a0!', 'é0', `a0${'V'.repeat(MAX_RANK_KEY_LENGTH)}`])(
    'refuses %j',
    (key) => {
      expect(isValidRankKey(key)).toBe(false);
    },
  );
});

describe('rankKeyBetween', () => {
  it('makes a key strictly between two neighbours, or at either end', () => {
    const middle = rankKeyBetween('a0', 'a1');
    expect(middle).not.toBeNull();
    expect(compareRankKeys('a0', middle ?? '')).toBeLessThan(0);
    expect(compareRankKeys(middle ?? '', 'a1')).toBeLessThan(0);
    expect(rankKeyBetween(null, 'a0')).toBe('Zz');
    expect(rankKeyBetween('a0', null)).toBe('a1');
    expect(rankKeyBetween(null, null)).toBe('a0');
  });

  it('gives up instead of throwing on broken, equal or reversed neighbours', () => {
    expect(rankKeyBetween('1', 'a0')).toBeNull();
    expect(rankKeyBetween('a0', 'a0')).toBeNull();
    expect(rankKeyBetween('a1', 'a0')).toBeNull();
  });

  it('gives up once the gap has been split down to the length limit', () => {
    let low = 'a0';
    const high = 'a1';
    let splits = 0;
    for (;;) {
      const key = rankKeyBetween(low, high);
      if (key === null) break;
      expect(key.length).toBeLessThanOrEqual(MAX_RANK_KEY_LENGTH);
      low = key;
      splits += 1;
    }
    // About six splits per character of base-62 key.
    expect(splits).toBeGreaterThan(200);
  });
});

describe('initialRanks and ranksAfter', () => {
  it('hands out increasing distinct keys', () => {
    const keys = initialRanks(5000);
    expect(keys).toHaveLength(5000);
    expect(new Set(keys).size).toBe(5000);
    expect(isStrictlyIncreasing(keys)).toBe(true);
    expect(keys.every(isValidRankKey)).toBe(true);
    expect(initialRanks(0)).toEqual([]);
  });

  it('continues after the last key, or says the order must be respaced first', () => {
    const keys = ranksAfter('a5', 3);
    expect(keys).toEqual(['a6', 'a7', 'a8']);
    expect(ranksAfter(null, 2)).toEqual(['a0', 'a1']);
    expect(ranksAfter('not a key', 2)).toBeNull();
  });
});
