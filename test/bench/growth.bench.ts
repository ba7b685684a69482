import { projectGrowth } from '../../shared/growth/model';
import type { GrowthModel } from '../../shared/workshop/schema';
import type { Bench, BenchResult } from './types';

/**
 * Issue 5: "recompute a 10-year quarterly model with 3 scenarios and redraw — report the median".
 * This measures the recompute (three cohort projections of 40 quarters plus the healthy band);
 * the redraw joins it when the chart layer exists. Each run nudges the base scenario's growth,
 * as dragging a slider does, so no run can reuse the previous one's answer.
 */

const WARMUP_RUNS = 200;
const MEASURED_RUNS = 1_000;

function tenYearQuarterlyModel(baseGrowthPct: number): GrowthModel {
  return {
    id: 'bench',
    name: 'Bench',
    startCustomers: 1_200,
    startArpu: 850,
    arpuPeriod: 'month',
    horizonYears: 10,
    step: 'quarter',
    scenarios: {
      conservative: { arpuGrowthPct: 12, newCustomersPerYear: 300, churnPct: 12 },
      base: { arpuGrowthPct: baseGrowthPct, newCustomersPerYear: 500, churnPct: 8 },
      aggressive: { arpuGrowthPct: 40, newCustomersPerYear: 900, churnPct: 5 },
    },
  };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const growthBench: Bench = async () => {
  let checksum = 0;
  const run = (i: number) => {
    const projection = projectGrowth(tenYearQuarterlyModel(20 + (i % 100) / 10));
    checksum += projection.scenarios.base.periods.at(-1)?.revenue ?? 0;
  };
  for (let i = 0; i < WARMUP_RUNS; i++) run(i);
  const samples: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const started = performance.now();
    run(i);
    samples.push(performance.now() - started);
  }
  const medianMs = median(samples);
  // Using the checksum keeps the projections observable, so none can be optimised away.
  if (!Number.isFinite(checksum))
    throw new Error('growth projection produced a non-finite revenue');
  const result: BenchResult = {
    name: 'growth: recompute 10-year quarterly model, 3 scenarios + healthy band',
    medianMs,
    note: `${MEASURED_RUNS} runs; ${Math.round(1_000 / medianMs).toLocaleString('en-US')} recomputes/s; chart redraw not yet included`,
  };
  return [result];
};

export default growthBench;
