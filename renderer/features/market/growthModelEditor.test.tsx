import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GrowthModel } from '../../../shared/workshop/schema';
import { chartTexts, openMarket, typeInto, undoSteps, workshopWith } from './marketTesting';

afterEach(cleanup);

/**
 * 100 customers at $1,000 a year, no churn, no new customers, 3 years: revenue is
 * 100 × 1,000 × (1 + g)^t. Base g = 30%: $100K, $130K, $169K, $219.7K.
 */
function storageGrowth(): GrowthModel {
  return {
    id: 'g-storage',
    name: 'Object storage',
    startCustomers: 100,
    startArpu: 1_000,
    arpuPeriod: 'year',
    horizonYears: 3,
    step: 'year',
    scenarios: {
      conservative: { arpuGrowthPct: 10, newCustomersPerYear: 0, churnPct: 0 },
      base: { arpuGrowthPct: 30, newCustomersPerYear: 0, churnPct: 0 },
      aggressive: { arpuGrowthPct: 50, newCustomersPerYear: 0, churnPct: 0 },
    },
  };
}

const withGrowth = () => workshopWith((doc) => ({ ...doc, growthModels: [storageGrowth()] }));

const growthChart = () => screen.getByRole('region', { name: 'Growth chart' });
const numbers = () => screen.getByRole('region', { name: /^Numbers per/ });
const baseLine = () =>
  growthChart().querySelector('[data-series="base"] .chart__line')?.getAttribute('d');
const rowOf = (period: string) =>
  within(numbers()).getByRole('rowheader', { name: period }).closest('tr') as HTMLTableRowElement;
const cellsOf = (period: string) =>
  [...rowOf(period).querySelectorAll('td')].map((cell) => cell.textContent);

describe('growth model editor', () => {
  it('starts a growth model with three scenarios drawn over the healthy band', async () => {
    const app = openMarket(workshopWith());
    await app.user.click(screen.getByRole('button', { name: 'New growth model' }));
    expect(screen.getByRole('textbox', { name: 'Name of the growth model' })).toHaveProperty(
      'value',
      'Growth model 1',
    );
    expect(growthChart().querySelectorAll('.chart__line')).toHaveLength(3);
    expect(chartTexts('Growth chart')).toEqual(
      expect.arrayContaining([
        'Conservative',
        'Base',
        'Aggressive',
        'Healthy ARPU growth (20–40% a year)',
        'Revenue per year (USD)',
        'Years from start',
      ]),
    );
    expect(undoSteps(app)).toBe(1);
  });

  it('lists the worked example per year in the table under the chart', () => {
    openMarket(withGrowth());
    expect(cellsOf('Year 2')).toEqual(['100', '$1.69K', '$169K', '$39K', '130%']);
    expect(cellsOf('Year 3')).toEqual(['100', '$2.2K', '$220K', '$50.7K', '130%']);
  });

  it('redraws the chart and the table as a scenario changes, one undo step', async () => {
    const app = openMarket(withGrowth());
    const before = baseLine();
    await typeInto(app, 'Base: ARPU growth per year', '40%');
    expect(baseLine()).not.toBe(before);
    // 100 × $1,000 × 1.4² = $196K.
    expect(cellsOf('Year 2')[2]).toBe('$196K');
    expect(undoSteps(app)).toBe(1);

    await typeInto(app, 'Base: churn per year', '10');
    // 100 × 0.9² = 81 customers at $1,960 = $158.8K.
    expect(cellsOf('Year 2').slice(0, 3)).toEqual(['81', '$1.96K', '$159K']);
    await typeInto(app, 'Base: new customers per year', '1k');
    expect(cellsOf('Year 1')[0]).toBe('1.09K');
  });

  it('switches the chart between revenue and ARPU and between linear and log scales', async () => {
    const app = openMarket(withGrowth());
    await app.user.click(within(growthChart()).getByRole('radio', { name: 'ARPU' }));
    expect(chartTexts('Growth chart')).toContain('ARPU per year (USD)');
    expect(chartTexts('Growth chart')).toContain('ARPU by scenario');
    const linearTicks = chartTexts('Growth chart').filter((t) => t.startsWith('$'));
    await app.user.click(within(growthChart()).getByRole('radio', { name: 'Log' }));
    expect(chartTexts('Growth chart').filter((t) => t.startsWith('$'))).not.toEqual(linearTicks);
    // Neither switch is a change to the document.
    expect(undoSteps(app)).toBe(0);
  });

  it('projects quarters over the chosen horizon, with NRR over the last 12 months', async () => {
    const app = openMarket(withGrowth());
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Steps' }), 'Quarterly');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Horizon' }), '2 years');
    expect(within(numbers()).getAllByRole('row')).toHaveLength(1 + 1 + 8);
    expect(rowOf('Y2 Q4')).toBeTruthy();
    // Four quarters at 1.3^(1/4) compound to the annual 30%: NRR over 12 months is 130%.
    expect(cellsOf('Y1 Q4')[5]).toBe('130%');
    expect(cellsOf('Y1 Q3')[5]).toBe('—');
    expect(chartTexts('Growth chart')).toContain('Revenue per quarter (USD)');
    expect(undoSteps(app)).toBe(2);
  });

  it('shows another scenario’s numbers on request', async () => {
    const app = openMarket(withGrowth());
    await app.user.click(within(numbers()).getByRole('radio', { name: 'Aggressive' }));
    // 100 × $1,000 × 1.5 = $150K.
    expect(cellsOf('Year 1')[2]).toBe('$150K');
  });

  it('keeps a required input and says why when it is cleared', async () => {
    const app = openMarket(withGrowth());
    await app.user.clear(screen.getByRole('textbox', { name: 'Starting customers' }));
    await app.user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Enter a number');
    expect(app.services.documents.getState().doc?.growthModels[0]?.startCustomers).toBe(100);
  });

  it('commits a starting ARPU typed per month when the field is left', async () => {
    const app = openMarket(withGrowth());
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'ARPU per' }), 'month');
    const field = screen.getByRole('textbox', { name: 'Starting ARPU' });
    await app.user.clear(field);
    await app.user.type(field, '850');
    expect(undoSteps(app)).toBe(1);
    await app.user.tab();
    expect(undoSteps(app)).toBe(2);
    // 100 customers × $850 × 12 = $1.02M a year at the start.
    expect(cellsOf('Start')[2]).toBe('$1.02M');
    expect(screen.getByRole('columnheader', { name: 'ARPU per month' })).toBeTruthy();
  });
});
