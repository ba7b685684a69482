import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRanks, slopeDepth, slopeRows, type SlopeOrder } from './slopeLayout';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() }));

function orders(rice: string[], weighted: string[], manual: string[]): SlopeOrder[] {
  return [
    { key: 'rice', label: 'RICE', itemIds: rice },
    { key: 'weighted', label: 'Weighted', itemIds: weighted },
    { key: 'manual', label: 'Manual', itemIds: manual },
  ];
}

describe('slopeRows', () => {
  it('gives each item its rank in every order and the spread between them', () => {
    const rows = slopeRows(
      items,
      orders(['a', 'b', 'c', 'd', 'e'], ['e', 'a', 'b', 'c', 'd'], ['a', 'b', 'c', 'e', 'd']),
      0,
    );
    const byId = new Map(rows.map((row) => [row.item.id, row]));
    expect(byId.get('a')?.ranks).toEqual([1, 2, 1]);
    expect(byId.get('a')?.spread).toBe(1);
    // E: 5th by RICE, 1st weighted, 4th manual: 4 places apart.
    expect(byId.get('e')?.ranks).toEqual([5, 1, 4]);
    expect(byId.get('e')?.spread).toBe(4);
  });

  it('highlights the largest spreads, breaking ties towards the higher-ranked item', () => {
    const rows = slopeRows(
      items,
      orders(['a', 'b', 'c', 'd', 'e'], ['c', 'b', 'a', 'e', 'd'], ['a', 'b', 'c', 'd', 'e']),
      2,
    );
    // Spreads: a 2, c 2, d 1, e 1, b 0. The two 2s win; a and c.
    expect(rows.filter((row) => row.highlighted).map((row) => row.item.id)).toEqual(['a', 'c']);

    const one = slopeRows(
      items,
      orders(['a', 'b', 'c', 'd', 'e'], ['c', 'b', 'a', 'e', 'd'], ['a', 'b', 'c', 'd', 'e']),
      1,
    );
    expect(one.filter((row) => row.highlighted).map((row) => row.item.id)).toEqual(['a']);
  });

  it('never highlights items every order agrees on', () => {
    const same = ['a', 'b', 'c', 'd', 'e'];
    const rows = slopeRows(items, orders(same, same, same), 3);
    expect(rows.some((row) => row.highlighted)).toBe(false);
    expect(rows.every((row) => row.spread === 0)).toBe(true);
  });

  it('leaves an item out of an order it is missing from, and out of the chart if in none', () => {
    const rows = slopeRows(items, orders(['a', 'b'], ['b', 'a', 'c'], ['a', 'b']), 3);
    expect(rows.map((row) => row.item.id)).toEqual(['a', 'b', 'c']);
    const c = rows.find((row) => row.item.id === 'c');
    expect(c?.ranks).toEqual([null, 3, null]);
    // Ranked by one order only: nothing to disagree about.
    expect(c?.spread).toBeNull();
    expect(c?.highlighted).toBe(false);
    expect(slopeDepth(rows)).toBe(3);
  });

  it('ranks an id listed twice by its first place', () => {
    const rows = slopeRows(items, orders(['a', 'b', 'a'], ['a', 'b'], ['a', 'b']), 0);
    expect(rows.find((row) => row.item.id === 'a')?.ranks).toEqual([1, 1, 1]);
  });

  it('describes an item by its rank in each order', () => {
    const [row] = slopeRows(items, orders(['a'], [], ['b', 'a']), 0);
    expect(row && describeRanks(row, orders(['a'], [], ['b', 'a']))).toBe(
      'A: RICE 1, Weighted unranked, Manual 2',
    );
  });

  it('highlights at most the requested number, all with a spread no smaller than the rest', () => {
    const ids = items.map((item) => item.id);
    const permutation = fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length });
    fc.assert(
      fc.property(permutation, permutation, permutation, fc.nat(6), (r, w, m, count) => {
        const rows = slopeRows(items, orders(r, w, m), count);
        const chosen = rows.filter((row) => row.highlighted);
        const others = rows.filter((row) => !row.highlighted);
        expect(chosen.length).toBeLessThanOrEqual(count);
        const lowestChosen = Math.min(...chosen.map((row) => row.spread ?? 0));
        for (const row of others) {
          if (chosen.length === count) expect(row.spread ?? 0).toBeLessThanOrEqual(lowestChosen);
          else expect(row.spread ?? 0).toBe(0);
        }
      }),
    );
  });
});
