import { register } from 'node:module';
import { projectGrowth, type GrowthProjection } from '../../shared/growth/model';
import type { GrowthModel } from '../../shared/workshop/schema';
import type { Bench, BenchResult } from './types';

/**
 * Issue 5: "recompute a 10-year quarterly model with 3 scenarios and redraw — report the median".
 * The recompute is three cohort projections of 40 quarters plus the healthy band; the redraw is
 * the growth chart (three lines, 41 points each, the band, axes, legend) rendered by React to
 * SVG markup at a fixed 960 × 520 with 16 px text, as the Market workspace draws it. Each run
 * nudges the base scenario's growth, as an edit does, so no run can reuse the previous answer.
 * The markup is a string, so browser layout and paint are not in these numbers.
 */

const WARMUP_RUNS = 200;
const MEASURED_RUNS = 1_000;
const REDRAW_WARMUP_RUNS = 30;
const REDRAW_RUNS = 200;

// The chart modules import their stylesheet, which only a bundler understands: in Node an
// imported `.css` file is an empty module.
const CSS_AS_EMPTY_MODULE = `export async function load(url, context, next) {
  if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true };
  return next(url, context);
}`;

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

function measure(warmup: number, runs: number, run: (i: number) => void): number {
  for (let i = 0; i < warmup; i++) run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run(i);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const growthBench: Bench = async () => {
  register(`data:text/javascript,${encodeURIComponent(CSS_AS_EMPTY_MODULE)}`, import.meta.url);
  // The app ships React's production build; its development build checks every element and is
  // several times slower. React picks its build when first loaded, hence the imports below.
  process.env.NODE_ENV ??= 'production';
  const reactBuild = process.env.NODE_ENV === 'production' ? 'production' : 'development';
  const { createElement } = await import('react');
  const { renderToStaticMarkup } = await import('react-dom/server');
  const { LineChart } = await import('../../renderer/charts/LineChart');
  const { growthChartData } = await import('../../renderer/charts/growthSeries');

  const nudged = (i: number) => tenYearQuarterlyModel(20 + (i % 100) / 10);
  let checksum = 0;
  const recompute = (i: number) => {
    const projection = projectGrowth(nudged(i));
    checksum += projection.scenarios.base.periods.at(-1)?.revenue ?? 0;
    return projection;
  };
  const redraw = (projection: GrowthProjection) => {
    const data = growthChartData(projection, { metric: 'revenue', currency: 'USD' });
    const markup = renderToStaticMarkup(
      createElement(LineChart, {
        title: 'Revenue by scenario',
        ...data,
        width: 960,
        height: 520,
        fontSize: 16,
        animate: false,
      }),
    );
    checksum += markup.length;
  };

  const recomputeMs = measure(WARMUP_RUNS, MEASURED_RUNS, recompute);
  const projections = Array.from({ length: 100 }, (_, i) => projectGrowth(nudged(i)));
  const redrawMs = measure(REDRAW_WARMUP_RUNS, REDRAW_RUNS, (i) =>
    redraw(projections[i % projections.length] ?? projectGrowth(nudged(i))),
  );
  const bothMs = measure(REDRAW_WARMUP_RUNS, REDRAW_RUNS, (i) => redraw(recompute(i)));

  // Using the checksum keeps the work observable, so none of it can be optimised away.
  if (!Number.isFinite(checksum)) throw new Error('growth bench produced a non-finite result');
  const perSecond = (ms: number) => Math.round(1_000 / ms).toLocaleString('en-US');
  const results: BenchResult[] = [
    {
      name: 'growth: recompute 10-year quarterly model, 3 scenarios + healthy band',
      medianMs: recomputeMs,
      note: `${MEASURED_RUNS} runs; ${perSecond(recomputeMs)} recomputes/s`,
    },
    {
      name: 'growth: redraw its line chart (React → SVG markup, 960×520)',
      medianMs: redrawMs,
      note: `${REDRAW_RUNS} runs; ${perSecond(redrawMs)} redraws/s; React ${reactBuild} build`,
    },
    {
      name: 'growth: recompute + redraw',
      medianMs: bothMs,
      note: `${REDRAW_RUNS} runs; ${perSecond(bothMs)} edits/s; layout and paint not included`,
    },
  ];
  return results;
};

export default growthBench;
