import { describe, expect, it } from 'vitest';
import { projectGrowth } from '../../shared/growth/model';
import type { GrowthModel } from '../../shared/workshop/schema';
import { growthChartData } from './growthSeries';
import { SCENARIO_STYLE } from './palette';

/**
 * 10 customers at $100 a month ($1,200 a year), no churn, no new customers.
 * Yearly, base +50%: revenue $12K, $18K, $27K. ARPU per month: $100, $150, $225.
 * Healthy band: 20% → $14.4K at year 1; 40% → $16.8K.
 */
const model: GrowthModel = {
  id: 'g',
  name: 'Queues',
  startCustomers: 10,
  startArpu: 100,
  arpuPeriod: 'month',
  horizonYears: 2,
  step: 'year',
  scenarios: {
    conservative: { arpuGrowthPct: 0, newCustomersPerYear: 0, churnPct: 0 },
    base: { arpuGrowthPct: 50, newCustomersPerYear: 0, churnPct: 0 },
    aggressive: { arpuGrowthPct: 100, newCustomersPerYear: 0, churnPct: 0 },
  },
};

describe('growthChartData', () => {
  it('draws the three scenarios in their fixed colours and dashes, from the start', () => {
    const data = growthChartData(projectGrowth(model), { metric: 'revenue', currency: 'USD' });
    expect(data.series.map((s) => [s.key, s.label, s.colour, s.dash])).toEqual([
      ['conservative', 'Conservative', SCENARIO_STYLE.conservative.colour, '7 4'],
      ['base', 'Base', SCENARIO_STYLE.base.colour, null],
      ['aggressive', 'Aggressive', SCENARIO_STYLE.aggressive.colour, '2 3'],
    ]);
    const base = data.series[1]?.points.map((p) => [p.x, p.y]);
    expect(base?.map(([x]) => x)).toEqual([0, 1, 2]);
    expect(base?.map(([, y]) => y)).toEqual(
      [12_000, 18_000, 27_000].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('draws ARPU in the unit it was entered in, with the healthy band on the same measure', () => {
    const data = growthChartData(projectGrowth(model), { metric: 'arpu', currency: 'EUR' });
    expect(data.yTitle).toBe('ARPU per month (EUR)');
    expect(data.yUnit).toEqual({ kind: 'money', currency: 'EUR' });
    expect(data.series[1]?.points.map((p) => p.y)).toEqual(
      [100, 150, 225].map((v) => expect.closeTo(v, 6)),
    );
    const year1 = data.band.points[1];
    expect(year1?.low).toBeCloseTo(120, 6);
    expect(year1?.high).toBeCloseTo(140, 6);
    expect(data.band.label).toBe('Healthy ARPU growth (20–40% a year)');
  });

  it('puts revenue per period on the axis title and ticks on whole years', () => {
    const yearly = growthChartData(projectGrowth(model), { metric: 'revenue', currency: 'USD' });
    expect(yearly.yTitle).toBe('Revenue per year (USD)');
    const quarterly = growthChartData(projectGrowth({ ...model, step: 'quarter' }), {
      metric: 'revenue',
      currency: 'USD',
    });
    expect(quarterly.yTitle).toBe('Revenue per quarter (USD)');
    expect(quarterly.xTicks).toEqual([0, 1, 2]);
    expect(quarterly.series[0]?.points.map((p) => p.x)).toEqual([
      0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2,
    ]);
  });

  it('names years and quarters in the model’s terms without a calendar year', () => {
    const data = growthChartData(projectGrowth({ ...model, step: 'quarter' }), {
      metric: 'revenue',
      currency: 'USD',
    });
    expect(data.xTitle).toBe('Years from start');
    expect([0, 1, 2].map(data.formatXTick)).toEqual(['Start', 'Year 1', 'Year 2']);
    expect([0, 0.25, 1.5].map(data.formatXPoint)).toEqual(['Start', 'Y1 Q1', 'Y2 Q2']);
  });

  it('labels a year by the calendar year its period covers when the first year is known', () => {
    const data = growthChartData(projectGrowth({ ...model, step: 'quarter' }), {
      metric: 'revenue',
      currency: 'USD',
      firstYear: 2027,
    });
    expect(data.xTitle).toBe('Year');
    expect([0, 1, 2].map(data.formatXTick)).toEqual(['Start', '2027', '2028']);
    expect([0, 0.25, 1, 1.5].map(data.formatXPoint)).toEqual([
      'Start',
      '2027 Q1',
      '2027 Q4',
      '2028 Q2',
    ]);
  });

  it('describes where each scenario and the band end', () => {
    const data = growthChartData(projectGrowth(model), { metric: 'revenue', currency: 'USD' });
    expect(data.description).toBe(
      'Revenue of three scenarios over 2 years. After 2 years: conservative $12K, base $27K, ' +
        'aggressive $48K. The shaded band is the base scenario’s customers with existing ' +
        'customers’ ARPU growing 20–40% a year, healthy for infrastructure products; it ends ' +
        'between $17.3K and $23.5K.',
    );
  });
});
