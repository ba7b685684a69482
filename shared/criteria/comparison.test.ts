import { describe, expect, it } from 'vitest';
import { compareRankings } from './comparison';

describe('compareRankings', () => {
  const rankings = [
    { key: 'rice' as const, ids: ['a', 'b', 'c', 'd'] },
    { key: 'weighted' as const, ids: ['d', 'b', 'a', 'c'] },
    { key: 'manual' as const, ids: ['a', 'c', 'b', 'd', 'e'] },
  ];

  it('gives each item its position in every ranking', () => {
    const { items, keys } = compareRankings(rankings);
    expect(keys).toEqual(['rice', 'weighted', 'manual']);
    expect(items.map((i) => [i.itemId, i.positions])).toEqual([
      ['a', { rice: 1, weighted: 3, manual: 1 }],
      ['b', { rice: 2, weighted: 2, manual: 3 }],
      ['c', { rice: 3, weighted: 4, manual: 2 }],
      ['d', { rice: 4, weighted: 1, manual: 4 }],
      ['e', { rice: null, weighted: null, manual: 5 }],
    ]);
  });

  it('measures each item’s disagreement and names the rankings that differ most', () => {
    const { items } = compareRankings(rankings);
    expect(items.map((i) => [i.itemId, i.spread, i.widest])).toEqual([
      ['a', 2, { highest: 'rice', lowest: 'weighted' }],
      ['b', 1, { highest: 'rice', lowest: 'manual' }],
      ['c', 2, { highest: 'manual', lowest: 'weighted' }],
      ['d', 3, { highest: 'weighted', lowest: 'rice' }],
      ['e', 0, null],
    ]);
  });

  it('lists the biggest disagreements first, ties in item order', () => {
    const { disagreements } = compareRankings(rankings, { disagreementCount: 3 });
    expect(disagreements.map((i) => i.itemId)).toEqual(['d', 'a', 'c']);
  });

  it('scores agreement between every pair of rankings over their shared items', () => {
    const { agreement } = compareRankings([
      { key: 'x', ids: ['a', 'b', 'c', 'd'] },
      { key: 'y', ids: ['a', 'b', 'c', 'd', 'e'] },
      { key: 'z', ids: ['d', 'c', 'b', 'a'] },
    ]);
    expect(agreement).toEqual([
      { a: 'x', b: 'y', spearman: 1, shared: 4 },
      { a: 'x', b: 'z', spearman: -1, shared: 4 },
      { a: 'y', b: 'z', spearman: -1, shared: 4 },
    ]);
  });

  it('computes Spearman’s ρ for a partial disagreement', () => {
    // d² = 0 + 1 + 1 + 0 → ρ = 1 − 6·2 / (4·15) = 0.8
    const [pair] = compareRankings([
      { key: 'x', ids: ['a', 'b', 'c', 'd'] },
      { key: 'y', ids: ['a', 'c', 'b', 'd'] },
    ]).agreement;
    expect(pair?.spearman).toBeCloseTo(0.8, 12);
  });

  it('has no correlation with fewer than two shared items', () => {
    const [pair] = compareRankings([
      { key: 'x', ids: ['a'] },
      { key: 'y', ids: ['a', 'b'] },
    ]).agreement;
    expect(pair).toEqual({ a: 'x', b: 'y', spearman: null, shared: 1 });
  });
});
