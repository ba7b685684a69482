import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../workshop/schema';
import { criterion, weightsOf } from './testCriteria';
import {
  addCriterion,
  applyWeights,
  equalShare,
  hasWeights,
  normalize,
  removeCriterion,
  setLocked,
  setWeight,
  weightRoom,
  weightSum,
  weightsById,
} from './weights';

const close = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i] ?? NaN, 9));
};

describe('setWeight', () => {
  it.each([
    {
      case: 'shares the difference in proportion to the others',
      start: [criterion('a', 40), criterion('b', 40), criterion('c', 20)],
      id: 'a',
      value: 60,
      expected: [60, 40 - 20 * (40 / 60), 20 - 20 * (20 / 60)],
    },
    {
      case: 'gives the difference back in proportion when lowering',
      start: [criterion('a', 50), criterion('b', 30), criterion('c', 20)],
      id: 'a',
      value: 0,
      expected: [0, 60, 40],
    },
    {
      case: 'never moves a locked criterion',
      start: [criterion('a', 40), criterion('b', 30, { locked: true }), criterion('c', 30)],
      id: 'a',
      value: 50,
      expected: [50, 30, 20],
    },
    {
      case: 'clamps to what the unlocked others can absorb',
      start: [criterion('a', 40), criterion('b', 30, { locked: true }), criterion('c', 30)],
      id: 'a',
      value: 90,
      expected: [70, 30, 0],
    },
    {
      case: 'clamps a negative value to 0',
      start: [criterion('a', 40), criterion('b', 60)],
      id: 'a',
      value: -5,
      expected: [0, 100],
    },
    {
      case: 'spreads evenly when the others are all at 0',
      start: [criterion('a', 100), criterion('b', 0), criterion('c', 0)],
      id: 'a',
      value: 40,
      expected: [40, 30, 30],
    },
    {
      case: 'keeps a criterion at 0 while others absorb',
      start: [criterion('a', 50), criterion('b', 50), criterion('c', 0)],
      id: 'a',
      value: 30,
      expected: [30, 70, 0],
    },
    {
      case: 'leaves a locked criterion where it is',
      start: [criterion('a', 40, { locked: true }), criterion('b', 60)],
      id: 'a',
      value: 10,
      expected: [40, 60],
    },
    {
      case: 'cannot move the only unlocked criterion',
      start: [criterion('a', 40), criterion('b', 60, { locked: true })],
      id: 'a',
      value: 10,
      expected: [40, 60],
    },
    {
      case: 'ignores an unknown id',
      start: [criterion('a', 40), criterion('b', 60)],
      id: 'zz',
      value: 10,
      expected: [40, 60],
    },
    {
      case: 'ignores a value that is not a number',
      start: [criterion('a', 40), criterion('b', 60)],
      id: 'a',
      value: Number.NaN,
      expected: [40, 60],
    },
  ])('$case', ({ start, id, value, expected }) => {
    const after = setWeight(start, id, value);
    close(weightsOf(after), expected);
    expect(weightSum(after)).toBeCloseTo(100, 9);
  });

  it('sets the moved value exactly, leaving the rounding residue to the others', () => {
    const start = [criterion('a', 100 / 3), criterion('b', 100 / 3), criterion('c', 100 / 3)];
    expect(setWeight(start, 'a', 33.7)[0]?.weight).toBe(33.7);
  });

  it('returns the weights untouched when the value does not change', () => {
    const start = [criterion('a', 100 / 3), criterion('b', 100 / 3), criterion('c', 100 / 3)];
    const after = setWeight(start, 'a', 100 / 3);
    after.forEach((c, i) => expect(c).toBe(start[i]));
  });

  it('repairs a damaged sum before moving', () => {
    const after = setWeight([criterion('a', 10), criterion('b', 10), criterion('c', 20)], 'a', 50);
    close(weightsOf(after), [50, 50 / 3, 100 / 3]);
  });
});

describe('weightRoom', () => {
  it('reports the range a slider may cover', () => {
    const criteria = [criterion('a', 40), criterion('b', 25, { locked: true }), criterion('c', 35)];
    expect(weightRoom(criteria, 'a')).toEqual({ min: 0, max: 75, movable: true });
    expect(weightRoom(criteria, 'b')).toEqual({ min: 25, max: 25, movable: false });
  });

  it('marks a criterion without an unlocked partner as fixed', () => {
    const criteria = [criterion('a', 40), criterion('b', 60, { locked: true })];
    expect(weightRoom(criteria, 'a').movable).toBe(false);
  });
});

describe('normalize', () => {
  it.each([
    {
      case: 'scales a short sum up',
      start: [criterion('a', 10), criterion('b', 30)],
      expected: [25, 75],
    },
    {
      case: 'spreads evenly when all are 0',
      start: [criterion('a', 0), criterion('b', 0)],
      expected: [50, 50],
    },
    {
      case: 'fits the unlocked ones around the locks',
      start: [criterion('a', 20, { locked: true }), criterion('b', 0), criterion('c', 0)],
      expected: [20, 40, 40],
    },
    {
      case: 'scales locks too when they alone exceed 100 (damaged file)',
      start: [
        criterion('a', 90, { locked: true }),
        criterion('b', 90, { locked: true }),
        criterion('c', 20),
      ],
      expected: [45, 45, 10],
    },
    {
      case: 'leaves weights that already sum to 100',
      start: [criterion('a', 12.5), criterion('b', 87.5)],
      expected: [12.5, 87.5],
    },
  ])('$case', ({ start, expected }) => {
    close(weightsOf(normalize(start)), expected);
  });

  it('keeps an empty list empty', () => {
    expect(normalize([])).toEqual([]);
  });
});

describe('addCriterion', () => {
  it('gives the first criterion of a workshop all the weight', () => {
    close(weightsOf(addCriterion([], criterion('a', 20))), [100]);
  });

  it('takes the requested weight from the unlocked others in proportion', () => {
    const after = addCriterion([criterion('a', 50), criterion('b', 50)], criterion('c', 25));
    close(weightsOf(after), [37.5, 37.5, 25]);
  });

  it('gets 0 when every other criterion is locked', () => {
    const locked = [criterion('a', 50, { locked: true }), criterion('b', 50, { locked: true })];
    close(weightsOf(addCriterion(locked, criterion('c', 25))), [50, 50, 0]);
  });

  it('inserts at the given index and keeps the new criterion’s lock', () => {
    const after = addCriterion(
      [criterion('a', 50), criterion('b', 50)],
      criterion('c', 20, { locked: true }),
      1,
    );
    expect(after.map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(after[1]?.locked).toBe(true);
    close(weightsOf(after), [40, 20, 40]);
  });

  it('refuses a duplicate id', () => {
    expect(() => addCriterion([criterion('a', 100)], criterion('a', 10))).toThrow(/already exists/);
  });

  it('suggests an equal share as the weight of a new criterion', () => {
    expect(equalShare(4)).toBe(25);
  });
});

describe('removeCriterion', () => {
  it('gives the freed weight to the others in proportion', () => {
    const after = removeCriterion(
      [criterion('a', 50), criterion('b', 30), criterion('c', 20)],
      'a',
    );
    close(weightsOf(after), [60, 40]);
  });

  it('gives the freed weight only to unlocked criteria', () => {
    const start = [criterion('a', 50), criterion('b', 30, { locked: true }), criterion('c', 20)];
    close(weightsOf(removeCriterion(start, 'a')), [30, 70]);
  });

  it('scales the locks when only locked criteria remain, to keep the sum at 100', () => {
    const start = [
      criterion('a', 50),
      criterion('b', 20, { locked: true }),
      criterion('c', 30, { locked: true }),
    ];
    close(weightsOf(removeCriterion(start, 'a')), [40, 60]);
  });
});

describe('applyWeights', () => {
  it('ignores unknown ids, gives missing criteria 0 and normalizes', () => {
    const criteria = [criterion('a', 50), criterion('b', 50), criterion('c', 0)];
    const after = applyWeights(criteria, { a: 30, b: 10, gone: 60 });
    close(weightsOf(after), [75, 25, 0]);
  });

  it('keeps locked weights and fits the preset’s proportions around them', () => {
    const criteria = [criterion('a', 40, { locked: true }), criterion('b', 30), criterion('c', 30)];
    close(weightsOf(applyWeights(criteria, { a: 10, b: 60, c: 30 })), [40, 40, 20]);
  });

  it('round-trips the current weights', () => {
    const criteria = [criterion('a', 12.5), criterion('b', 60), criterion('c', 27.5)];
    const after = applyWeights(setWeight(criteria, 'a', 40), weightsById(criteria));
    close(weightsOf(after), [12.5, 60, 27.5]);
    expect(hasWeights(after, weightsById(criteria))).toBe(true);
    expect(hasWeights(setWeight(criteria, 'a', 40), weightsById(criteria))).toBe(false);
  });
});

describe('setLocked', () => {
  it('changes only the lock', () => {
    const after = setLocked([criterion('a', 40), criterion('b', 60)], 'a', true);
    expect(after[0]).toEqual({ ...criterion('a', 40), locked: true });
    expect(weightsOf(after)).toEqual([40, 60]);
  });
});

type Op =
  | { kind: 'set'; pick: number; value: number }
  | { kind: 'lock'; pick: number; locked: boolean }
  | { kind: 'add'; weight: number; locked: boolean }
  | { kind: 'remove'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    pick: fc.nat(),
    value: fc.oneof(
      fc.double({ min: -20, max: 120, noNaN: true }),
      fc.integer({ min: 0, max: 100 }),
    ),
  }),
  fc.record({ kind: fc.constant('lock' as const), pick: fc.nat(), locked: fc.boolean() }),
  fc.record({
    kind: fc.constant('add' as const),
    weight: fc.double({ min: 0, max: 100, noNaN: true }),
    locked: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);

describe('weight invariants under any sequence of moves (property)', () => {
  it('sums to 100, stays within [0, 100] and never moves a lock that can hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.array(opArb, { maxLength: 40 }),
        (initial, ops) => {
          let criteria: Criterion[] = normalize(initial.map((w, i) => criterion(`c${i}`, w)));
          let nextId = initial.length;
          for (const op of ops) {
            const before = criteria;
            const picked = before[op.kind === 'add' ? 0 : op.pick % Math.max(1, before.length)];
            let locksMayGiveWay = false;
            switch (op.kind) {
              case 'set':
                if (picked) criteria = setWeight(before, picked.id, op.value);
                break;
              case 'lock':
                if (picked) criteria = setLocked(before, picked.id, op.locked);
                break;
              case 'add':
                criteria = addCriterion(
                  before,
                  criterion(`c${nextId++}`, op.weight, { locked: op.locked }),
                );
                break;
              case 'remove':
                if (picked) {
                  criteria = removeCriterion(before, picked.id);
                  locksMayGiveWay = criteria.every((c) => c.locked);
                }
                break;
            }
            if (criteria.length > 0)
              expect(Math.abs(weightSum(criteria) - 100)).toBeLessThanOrEqual(1e-9);
            for (const c of criteria) {
              expect(c.weight).toBeGreaterThanOrEqual(0);
              expect(c.weight).toBeLessThanOrEqual(100);
            }
            if (!locksMayGiveWay) {
              for (const old of before.filter((c) => c.locked)) {
                const now = criteria.find((c) => c.id === old.id);
                if (now) expect(now.weight).toBe(old.weight);
              }
            }
            if (op.kind === 'set' && picked) {
              const room = weightRoom(before, picked.id);
              const moved = criteria.find((c) => c.id === picked.id)?.weight;
              const expected = room.movable
                ? Math.min(room.max, Math.max(0, op.value))
                : picked.weight;
              expect(moved).toBeCloseTo(expected, 9);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
