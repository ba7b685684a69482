import type { Criterion } from '../../../shared/workshop/schema';

/**
 * What the score matrix depends on in the criteria: ids, order, scales and directions, not the
 * weights. A slider move changes the weights only, so the selector hands back the same array
 * and the matrix (normalized scores) is not rebuilt on every input event; only the cheap
 * re-rank runs (issue 4's fast path).
 */
export type CriteriaShape = readonly Criterion[];

function shapeKey(criteria: readonly Criterion[]): string {
  return criteria
    .map((c) => `${c.id}\u0000${c.direction}\u0000${c.scale.min}\u0000${c.scale.max}`)
    .join('\u0001');
}

/** A selector that returns the same array for as long as the criteria keep their shape. */
export function createShapeSelector(): (criteria: readonly Criterion[]) => CriteriaShape {
  let last: { key: string; shape: CriteriaShape } | null = null;
  return (criteria) => {
    const key = shapeKey(criteria);
    if (last?.key === key) return last.shape;
    last = { key, shape: criteria };
    return criteria;
  };
}
