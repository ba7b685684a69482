import { describe, expect, it } from 'vitest';
import { setWeight } from '../../../shared/criteria/weights';
import { testCriteria } from './criteriaTesting';
import { createShapeSelector } from './criteriaShape';

describe('criteria shape selector', () => {
  it('hands back the same array while only weights and locks change', () => {
    const select = createShapeSelector();
    const criteria = testCriteria();
    const shape = select(criteria);
    const moved = setWeight(criteria, 'rel', 60);
    expect(moved).not.toBe(criteria);
    expect(select(moved)).toBe(shape);
    expect(select(moved.map((c) => ({ ...c, locked: true })))).toBe(shape);
  });

  it('gives a new shape when a scale, direction, order or the set of criteria changes', () => {
    const select = createShapeSelector();
    const criteria = testCriteria();
    const shape = select(criteria);
    const rescaled = criteria.map((c) =>
      c.id === 'rel' ? { ...c, scale: { min: 0, max: 10 } as const } : c,
    );
    expect(select(rescaled)).toBe(rescaled);
    const flipped = rescaled.map((c) =>
      c.id === 'rel' ? { ...c, direction: 'cost' as const } : c,
    );
    expect(select(flipped)).toBe(flipped);
    expect(select([...flipped].reverse())).not.toBe(flipped);
    expect(select(criteria.slice(1))).not.toBe(shape);
  });
});
