import { useMemo, useState } from 'react';
import { manualOrder } from '../../../shared/backlog/ranking';
import { closeCalls, type CloseCallReport } from '../../../shared/criteria/closeCalls';
import {
  buildScoreMatrix,
  orderedIds,
  rankByWeights,
  totalsByWeights,
  weightVector,
  type ScoreMatrix,
} from '../../../shared/criteria/scoring';
import type { BacklogItem, Criterion } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { createShapeSelector } from './criteriaShape';

const NO_ITEMS: BacklogItem[] = [];
const NO_CRITERIA: Criterion[] = [];

/** Issue 4: the close calls are for adjacent pairs in the top 10. */
export const CLOSE_CALL_TOP = 10;

export interface WeightedRanking {
  criteria: readonly Criterion[];
  /** Items in the room's manual order: the matrix's rows (ties keep this order). */
  items: readonly BacklogItem[];
  matrix: ScoreMatrix;
  /** Item ids, best weighted total first. */
  ids: string[];
  /** Total (0–100) by item id. */
  totals: Map<string, number>;
  closeCalls: CloseCallReport;
}

/**
 * The live weighted ranking. The matrix of normalized scores is built once per change of the
 * items or of the criteria's shape; a weight change only re-scores and re-sorts (≈0.3 ms for
 * 2,000 × 8, `npm run bench`), and the close calls for the top 10 cost about as much again.
 */
export function useWeightedRanking(): WeightedRanking {
  const [selectShape] = useState(createShapeSelector);
  const items = useDocument((s) => s.doc?.items ?? NO_ITEMS);
  const criteria = useDocument((s) => s.doc?.criteria ?? NO_CRITERIA);
  const shape = useDocument((s) => selectShape(s.doc?.criteria ?? NO_CRITERIA));

  const ordered = useMemo(() => manualOrder(items), [items]);
  const matrix = useMemo(() => buildScoreMatrix(ordered, shape), [ordered, shape]);

  return useMemo(() => {
    const weights = weightVector(matrix, criteria);
    const order = rankByWeights(matrix, weights);
    const rowTotals = totalsByWeights(matrix, weights);
    const totals = new Map(matrix.itemIds.map((id, row) => [id, rowTotals[row] ?? 0]));
    return {
      criteria,
      items: ordered,
      matrix,
      ids: orderedIds(matrix, order),
      totals,
      closeCalls: closeCalls(matrix, criteria, { order, top: CLOSE_CALL_TOP }),
    };
  }, [matrix, criteria, ordered]);
}
