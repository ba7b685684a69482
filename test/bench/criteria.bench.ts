import { closeCalls } from '../../shared/criteria/closeCalls';
import { buildScoreMatrix, rankByWeights, weightVector } from '../../shared/criteria/scoring';
import { setWeight } from '../../shared/criteria/weights';
import type { BacklogItem, Criterion } from '../../shared/workshop/schema';
import type { Bench, BenchResult } from './types';

/**
 * Issue 4: re-scoring + sorting 2,000 items × 8 criteria per weight change (target ≤ 2 ms median)
 * and the close calls for the top 10 (target ≤ 20 ms), each beside a bare Array.prototype.sort of
 * the same totals measured in the same run, so a slow machine shows up in both columns.
 */

const ITEMS = 2_000;
const CRITERIA = 8;

/** mulberry32: a small seeded generator, so every run measures the same backlog. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function workshop(next: () => number): {
  criteria: Criterion[];
  items: Pick<BacklogItem, 'id' | 'scores'>[];
} {
  const criteria: Criterion[] = Array.from({ length: CRITERIA }, (_, i) => ({
    id: `c${i}`,
    name: `Criterion ${i}`,
    direction: i % 3 === 2 ? 'cost' : 'benefit',
    scale: i % 4 === 3 ? { min: 0, max: 10 } : { min: 1, max: 5 },
    weight: 100 / CRITERIA,
    locked: i === 0,
  }));
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const scores: Record<string, number> = {};
    for (const c of criteria) {
      // About one cell in twenty left unscored, as in a backlog the room is still scoring.
      if (next() < 0.05) continue;
      scores[c.id] = c.scale.min + Math.floor(next() * (c.scale.max - c.scale.min + 1));
    }
    return { id: `item-${i}`, scores };
  });
  return { criteria, items };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const format = (ms: number) => `${ms.toFixed(3)} ms`;

const bench: Bench = async () => {
  const next = random(20_270_101);
  const { items, criteria: initial } = workshop(next);
  const matrix = buildScoreMatrix(items, initial);
  let criteria = initial;

  /** One slider input event: move a weight, re-score every item, re-sort. */
  const sliderEvent = (k: number) => {
    const id = `c${1 + (k % (CRITERIA - 1))}`;
    criteria = setWeight(criteria, id, 5 + next() * 25);
    return rankByWeights(matrix, weightVector(matrix, criteria));
  };
  /** The same totals as a plain array, sorted with nothing else around it. */
  const bareSortInput = () => {
    const weights = weightVector(matrix, criteria);
    const totals: number[] = [];
    for (let row = 0; row < ITEMS; row++) {
      let total = 0;
      for (let c = 0; c < CRITERIA; c++)
        total += (weights[c] ?? 0) * (matrix.values[row * CRITERIA + c] ?? 0);
      totals.push(total);
    }
    return totals;
  };

  for (let k = 0; k < 200; k++) sliderEvent(k); // warm up the JIT before measuring

  const rerank: number[] = [];
  const rerankBaseline: number[] = [];
  for (let k = 0; k < 500; k++) {
    rerank.push(time(() => sliderEvent(k)));
    const totals = bareSortInput();
    rerankBaseline.push(time(() => totals.sort((a, b) => b - a)));
  }

  let order = sliderEvent(0);
  for (let k = 0; k < 10; k++) closeCalls(matrix, criteria, { order });
  const close: number[] = [];
  const closeBaseline: number[] = [];
  let stableCount = 0;
  for (let k = 0; k < 60; k++) {
    order = sliderEvent(k);
    close.push(
      time(() => {
        stableCount = closeCalls(matrix, criteria, { order }).items.filter((i) => i.stable).length;
      }),
    );
    const totals = bareSortInput();
    closeBaseline.push(time(() => totals.sort((a, b) => b - a)));
  }

  const rerankMedian = median(rerank);
  const closeMedian = median(close);
  const results: BenchResult[] = [
    {
      name: `weighted re-rank per weight change (${ITEMS.toLocaleString('en-US')} items × ${CRITERIA} criteria)`,
      medianMs: rerankMedian,
      baselineMs: median(rerankBaseline),
      baselineName: `bare Array.prototype.sort of ${ITEMS.toLocaleString('en-US')} totals`,
      target: '≤ 2 ms median',
      met: rerankMedian <= 2,
      note: `500 runs; slowest ${format(Math.max(...rerank))}`,
    },
    {
      name: `close calls for the top 10 (${ITEMS.toLocaleString('en-US')} items × ${CRITERIA} criteria)`,
      medianMs: closeMedian,
      baselineMs: median(closeBaseline),
      baselineName: `bare Array.prototype.sort of ${ITEMS.toLocaleString('en-US')} totals`,
      target: '≤ 20 ms median',
      met: closeMedian <= 20,
      note: `60 runs; slowest ${format(Math.max(...close))}; ${stableCount} of the top 10 stable in the last run`,
    },
  ];
  return results;
};

export default bench;
