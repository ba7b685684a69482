import { formatMoney } from '../../shared/format/numbers';
import {
  periodLabel,
  SCENARIO_NAMES,
  type GrowthProjection,
  type GrowthSnapshot,
  type ScenarioName,
} from '../../shared/growth/model';
import type { ValueUnit } from './format';
import type { LineSeries, ReferenceBand } from './lineScales';
import { SCENARIO_STYLE } from './palette';

/**
 * What the growth chart draws for a projection (issue 5): the three scenarios as lines, revenue
 * or ARPU, and the healthy 20–40% ARPU growth band behind them. Kept apart from the chart so the
 * growth feature only chooses the metric and the chart layer stays generic.
 */

export type GrowthMetric = 'revenue' | 'arpu';

export const SCENARIO_LABELS: Readonly<Record<ScenarioName, string>> = {
  conservative: 'Conservative',
  base: 'Base',
  aggressive: 'Aggressive',
};

export interface GrowthChartOptions {
  metric: GrowthMetric;
  currency: string;
  /**
   * Calendar year of the first projected period: ticks read "Start", "2027", "2028"… and points
   * "2027 Q3"; without it, the model's own names ("Year 1", "Y2 Q1").
   */
  firstYear?: number;
}

export interface GrowthChartData {
  series: LineSeries[];
  band: ReferenceBand;
  yUnit: ValueUnit;
  yTitle: string;
  xTitle: string;
  xTicks: number[];
  formatXTick(years: number): string;
  formatXPoint(years: number): string;
  description: string;
}

function metricOf(snapshot: GrowthSnapshot, metric: GrowthMetric): number | null {
  return metric === 'revenue' ? snapshot.revenue : snapshot.arpu;
}

export function growthChartData(
  projection: GrowthProjection,
  options: GrowthChartOptions,
): GrowthChartData {
  const { metric, currency, firstYear } = options;
  const { stepsPerYear, step } = projection;

  const series = SCENARIO_NAMES.map((name): LineSeries => {
    const { start, periods } = projection.scenarios[name];
    return {
      key: name,
      label: SCENARIO_LABELS[name],
      colour: SCENARIO_STYLE[name].colour,
      dash: SCENARIO_STYLE[name].dash,
      points: [
        { x: 0, y: metricOf(start, metric) },
        ...periods.map((p) => ({ x: p.yearsFromStart, y: metricOf(p, metric) })),
      ],
    };
  });

  const { lowGrowthPct, highGrowthPct, points } = projection.healthyBand;
  const band: ReferenceBand = {
    label: `Healthy ARPU growth (${lowGrowthPct}–${highGrowthPct}% a year)`,
    points: points.map((p) => ({
      x: p.yearsFromStart,
      low: metric === 'revenue' ? p.revenueLow : p.arpuLow,
      high: metric === 'revenue' ? p.revenueHigh : p.arpuHigh,
    })),
  };

  const horizonYears = series[0]?.points[series[0].points.length - 1]?.x ?? 0;
  const xTicks = Array.from({ length: Math.floor(horizonYears) + 1 }, (_, year) => year);
  // A point is the state at the end of its period, so year t's point belongs to calendar year
  // firstYear + t − 1: the revenue "in 2027" is drawn where 2027 ends.
  const formatXTick = (years: number) =>
    years === 0 || firstYear === undefined
      ? periodLabel(years, 'year')
      : String(firstYear + years - 1);
  const formatXPoint = (years: number) => {
    const index = Math.round(years * stepsPerYear);
    if (index === 0 || firstYear === undefined) return periodLabel(index, step);
    if (step === 'year') return String(firstYear + index - 1);
    return `${firstYear + Math.ceil(index / 4) - 1} Q${((index - 1) % 4) + 1}`;
  };

  const period = step === 'quarter' ? 'quarter' : 'year';
  const yTitle =
    metric === 'revenue'
      ? `Revenue per ${period} (${currency})`
      : `ARPU per ${projection.arpuPeriod} (${currency})`;
  const xTitle = firstYear !== undefined ? 'Year' : 'Years from start';

  return {
    series,
    band,
    yUnit: { kind: 'money', currency },
    yTitle,
    xTitle,
    xTicks,
    formatXTick,
    formatXPoint,
    description: describeGrowth(
      series,
      band,
      metric,
      currency,
      horizonYears,
      lowGrowthPct,
      highGrowthPct,
    ),
  };
}

function describeGrowth(
  series: readonly LineSeries[],
  band: ReferenceBand,
  metric: GrowthMetric,
  currency: string,
  horizonYears: number,
  low: number,
  high: number,
): string {
  const what = metric === 'revenue' ? 'Revenue' : 'ARPU';
  const ends = series.map((s) => {
    const last = s.points[s.points.length - 1]?.y ?? null;
    return `${s.label.toLowerCase()} ${last === null ? 'no value' : formatMoney(last, currency)}`;
  });
  const lastBand = band.points[band.points.length - 1];
  const bandEnd =
    lastBand && lastBand.low !== null && lastBand.high !== null
      ? ` The shaded band is the base scenario’s customers with existing customers’ ARPU growing ${low}–${high}% a year, healthy for infrastructure products; it ends between ${formatMoney(lastBand.low, currency)} and ${formatMoney(lastBand.high, currency)}.`
      : '';
  const years = horizonYears === 1 ? '1 year' : `${horizonYears} years`;
  return `${what} of three scenarios over ${years}. After ${years}: ${ends.join(', ')}.${bandEnd}`;
}
