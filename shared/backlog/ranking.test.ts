import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Rice } from '../workshop/schema';
import { createBacklogItem } from './items';
import { computedOrder, manualOrder, rankDeltas } from './ranking';
import { riceValue } from './rice';

const unscored: Rice = { reach: null, impact: null, confidence: null, effort: null };
const scored = (reach: number): Rice => ({ reach, impact: 1, confidence: 100, effort: 1 });

const item = (id: string, rank: string, rice: Rice = unscored) =>
  createBacklogItem({ id, rank, title: id, rice });

const ids = (items: readonly { id: string }[]) => items.map((it) => it.id);

describe('manualOrder', () => {
  it('orders by rank key by code unit, then by id for duplicate keys', () => {
    const items = [item('c', 'a1'), item('b', 'a0'), item('a', 'a1'), item('d', 'Zz')];
    expect(ids(manualOrder(items))).toEqual(['d', 'b', 'a', 'c']);
    expect(ids(items)).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('computedOrder', () => {
  it('puts the highest score first and unscored items last', () => {
    const items = [
      item('low', 'a0', scored(10)),
      item('none', 'a1'),
      item('high', 'a2', scored(500)),
      item('zero', 'a3', scored(0)),
      item('mid', 'a4', scored(120)),
    ];
    expect(ids(computedOrder(items))).toEqual(['high', 'mid', 'low', 'zero', 'none']);
  });

  it('breaks ties by the manual order, then by id', () => {
    const items = [
      item('t3', 'a3', scored(100)),
      item('t1', 'a1', scored(100)),
      item('u2', 'a9'),
      item('u1', 'a0'),
      item('dupB', 'a5', scored(100)),
      item('dupA', 'a5', scored(100)),
    ];
    expect(ids(computedOrder(items))).toEqual(['t1', 't3', 'dupA', 'dupB', 'u1', 'u2']);
  });

  it('is the same order whatever order the items arrive in', () => {
    const arbItem = fc.record({
      rank: fc.constantFrom('a0', 'a1', 'a2', 'a3'),
      reach: fc.option(fc.constantFrom(0, 10, 20, 30), { nil: null }),
    });
    const specsAndPermutation = fc.array(arbItem, { maxLength: 25 }).chain((specs) => {
      const indices = specs.map((_, index) => index);
      const permutation = fc.shuffledSubarray(indices, {
        minLength: indices.length,
        maxLength: indices.length,
      });
      return fc.tuple(fc.constant(specs), permutation);
    });
    fc.assert(
      fc.property(specsAndPermutation, ([specs, permutation]) => {
        const items = specs.map((spec, index) =>
          item(`i${index}`, spec.rank, spec.reach === null ? unscored : scored(spec.reach)),
        );
        const shuffled = permutation.map((index) => items[index]).filter((it) => it !== undefined);
        const order = computedOrder(items);
        expect(ids(computedOrder(shuffled))).toEqual(ids(order));
        const scores = order.map((it) => riceValue(it.rice) ?? -1);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
    );
  });
});

describe('rankDeltas', () => {
  it('reports manual position minus computed position, and nothing for unscored items', () => {
    // Manual: A, B, C, D. Computed: C (300), A (200), B (100); D unscored.
    const items = [
      item('A', 'a0', scored(200)),
      item('B', 'a1', scored(100)),
      item('C', 'a2', scored(300)),
      item('D', 'a3'),
    ];
    const deltas = rankDeltas(items);
    expect(deltas.get('A')).toEqual({ manualPosition: 1, computedPosition: 2, delta: -1 });
    expect(deltas.get('B')).toEqual({ manualPosition: 2, computedPosition: 3, delta: -1 });
    expect(deltas.get('C')).toEqual({ manualPosition: 3, computedPosition: 1, delta: 2 });
    expect(deltas.get('D')).toEqual({ manualPosition: 4, computedPosition: null, delta: null });
  });

  it('is all zeros when the room agrees with the formula', () => {
    const items = [item('A', 'a0', scored(30)), item('B', 'a1', scored(20))];
    expect([...rankDeltas(items).values()].map((d) => d.delta)).toEqual([0, 0]);
  });
});
