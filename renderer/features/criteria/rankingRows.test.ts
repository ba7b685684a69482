import { describe, expect, it } from 'vitest';
import { closeCalls } from '../../../shared/criteria/closeCalls';
import {
  buildScoreMatrix,
  orderedIds,
  rankByWeights,
  totalsByWeights,
  weightVector,
} from '../../../shared/criteria/scoring';
import { criteriaWorkshop } from './criteriaTesting';
import { rankingRows } from './rankingRows';

function rowsFor(reference: string[] | null) {
  const doc = criteriaWorkshop();
  const matrix = buildScoreMatrix(doc.items, doc.criteria);
  const weights = weightVector(matrix, doc.criteria);
  const order = rankByWeights(matrix, weights);
  const totals = totalsByWeights(matrix, weights);
  return rankingRows({
    ids: orderedIds(matrix, order),
    count: 10,
    itemsById: new Map(doc.items.map((i) => [i.id, i])),
    totals: new Map(matrix.itemIds.map((id, row) => [id, totals[row] ?? 0])),
    criteria: doc.criteria,
    closeCalls: closeCalls(matrix, doc.criteria, { order }),
    reference: reference ? new Map(reference.map((id, index) => [id, index])) : null,
  });
}

describe('live ranking rows', () => {
  it('ranks by weighted total with the close call to the next item', () => {
    const rows = rowsFor(null);
    expect(rows.map((r) => [r.rank, r.title, r.total])).toEqual([
      [1, 'Replicas', 62.5],
      [2, 'Failover', 55],
      [3, 'CLI', 45],
    ]);
    // With Reliability at v and the others sharing the rest equally: Replicas 87.5 − 0.625v,
    // Failover 25 + 0.75v; they cross at v = 45.45…, shown rounded outward as 46%.
    expect(rows[0]?.closeCall).toBe('swaps if Reliability impact ≥ 46% (gap 7.5 points)');
    expect(rows[2]?.closeCall).toBeNull();
    expect(rows.every((r) => r.movement === null)).toBe(true);
  });

  it('shows movement since the reference order, in arrows and in words', () => {
    const rows = rowsFor(['cli', 'failover', 'replicas']);
    expect(rows.map((r) => [r.title, r.movement, r.movementText])).toEqual([
      ['Replicas', '▲2', 'up 2 places'],
      ['Failover', '', 'same place'],
      ['CLI', '▼2', 'down 2 places'],
    ]);
  });

  it('marks items new to the ranking since the reference', () => {
    const rows = rowsFor(['failover', 'cli']);
    expect(rows[0]?.movement).toBe('new');
  });
});
