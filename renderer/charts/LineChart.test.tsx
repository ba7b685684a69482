import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { projectGrowth } from '../../shared/growth/model';
import type { GrowthModel } from '../../shared/workshop/schema';
import { growthChartData } from './growthSeries';
import { LineChart } from './LineChart';
import type { LineSeries } from './lineScales';

afterEach(cleanup);

/**
 * 100 customers at $1,000 a year, no churn, no new customers: revenue is 100 × 1,000 × (1 + g)^t.
 * Base g = 30%: $100K, $130K, $169K, $219.7K. Conservative g = 10%: $110K, $121K, $133.1K.
 * Aggressive g = 50%: $150K, $225K, $337.5K. Healthy band: 20% → $144K at year 2, 40% → $196K.
 */
const model: GrowthModel = {
  id: 'g1',
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

function renderGrowth(options: { yScale?: 'linear' | 'log'; firstYear?: number } = {}) {
  const data = growthChartData(projectGrowth(model), {
    metric: 'revenue',
    currency: 'USD',
    firstYear: options.firstYear,
  });
  return render(
    <LineChart
      title="Revenue by scenario"
      {...data}
      yScale={options.yScale ?? 'linear'}
      width={720}
      height={400}
      animate={false}
    />,
  );
}

function svgText(container: HTMLElement): string[] {
  return [...container.querySelectorAll('svg text')].map((node) => node.textContent ?? '');
}

describe('LineChart', () => {
  it('labels the value axis in money and the time axis in calendar years', () => {
    const { container } = renderGrowth({ firstYear: 2026 });
    const texts = svgText(container);
    expect(texts).toEqual(expect.arrayContaining(['$0', '$100K', '$200K', '$300K']));
    expect(texts).toEqual(expect.arrayContaining(['Start', '2026', '2027', '2028']));
    expect(texts).toContain('Revenue per year (USD)');
    expect(texts).toContain('Year');
  });

  it('shows every scenario and the healthy band in the legend', () => {
    const { container } = renderGrowth();
    const legend = [...container.querySelectorAll('.chart__legend text')].map((t) => t.textContent);
    expect(legend).toEqual([
      'Conservative',
      'Base',
      'Aggressive',
      'Healthy ARPU growth (20–40% a year)',
    ]);
  });

  it('draws one line per scenario and a closed band path between the two healthy curves', () => {
    const { container } = renderGrowth();
    const lines = container.querySelectorAll('.chart__line');
    expect(lines).toHaveLength(3);
    for (const path of lines) expect(path.getAttribute('d')).toMatch(/^M[\d.,-]+(L[\d.,-]+){3}$/);
    const band = container.querySelector('.chart__band-group .chart__band');
    // An area is the upper edge forward, then the lower edge back, closed: 4 + 4 points.
    expect(band?.getAttribute('d')).toMatch(/^M[\d.,-]+(L[\d.,-]+){7}Z$/);
  });

  it('puts log ticks on powers of ten and leaves zero values out of the lines', () => {
    const series: LineSeries[] = [
      {
        key: 'a',
        label: 'Usage',
        colour: '#0072B2',
        points: [
          { x: 0, y: 0 },
          { x: 1, y: 2_000 },
          { x: 2, y: 90_000 },
          { x: 3, y: 4_000_000 },
        ],
      },
    ];
    const { container } = render(
      <LineChart
        title="Usage"
        description="Usage over three years."
        series={series}
        yScale="log"
        yUnit={{ kind: 'money', currency: 'USD' }}
        yTitle="Revenue (USD)"
        xTitle="Years"
        formatXTick={(x) => `Y${x}`}
        width={720}
        height={400}
      />,
    );
    const texts = svgText(container);
    expect(texts).toEqual(expect.arrayContaining(['$10K', '$100K', '$1M']));
    // Between powers of ten, ticks are gridlines; only a few (here 2×) carry labels.
    expect(texts).not.toContain('$3K');
    expect(container.querySelectorAll('.chart__grid--minor').length).toBeGreaterThan(10);
    expect(texts).not.toContain('$0');
    // The zero at x = 0 is not drawn: the line starts at the second point, 3 points in all.
    const d = container.querySelector('.chart__line')?.getAttribute('d') ?? '';
    expect(d).toMatch(/^M[\d.,-]+(L[\d.,-]+){2}$/);
    expect(container.querySelectorAll('.chart__point')).toHaveLength(3);
    expect(container.querySelector('desc')?.textContent).toContain('values of zero are left out');
  });

  it('offers the same numbers as a data table', () => {
    renderGrowth();
    fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Years from startConservativeBaseAggressiveHealthy ARPU growth (20–40% a year)',
      'Start$100K$100K$100K$100K – $100K',
      'Year 1$110K$130K$150K$120K – $140K',
      'Year 2$121K$169K$225K$144K – $196K',
      'Year 3$133K$220K$338K$173K – $274K',
    ]);
  });

  it('reads each year with the arrow keys, in a tooltip and to screen readers', () => {
    const { container } = renderGrowth();
    const plot = screen.getByRole('group', { name: /arrow keys/ });
    fireEvent.focus(plot);
    expect(container.querySelector('.chart__tooltip-heading')?.textContent).toBe('Start');
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    const tooltip = container.querySelector('.chart__tooltip');
    expect(tooltip?.querySelector('.chart__tooltip-heading')?.textContent).toBe('Year 2');
    expect(
      [...(tooltip?.querySelectorAll('.chart__tooltip-text') ?? [])].map((t) => t.textContent),
    ).toEqual([
      'Conservative: $121K',
      'Base: $169K',
      'Aggressive: $225K',
      'Healthy ARPU growth (20–40% a year): $144K – $196K',
    ]);
    expect(container.querySelector('[aria-live]')?.textContent).toBe(
      'Year 2: Conservative $121K Base $169K Aggressive $225K Healthy ARPU growth (20–40% a year) $144K – $196K',
    );
    fireEvent.keyDown(plot, { key: 'End' });
    expect(container.querySelector('.chart__tooltip-heading')?.textContent).toBe('Year 3');
    fireEvent.keyDown(plot, { key: 'Escape' });
    expect(container.querySelector('.chart__tooltip')).toBeNull();
  });

  it('names quarterly points by quarter in the tooltip while ticks stay on whole years', () => {
    const data = growthChartData(projectGrowth({ ...model, step: 'quarter' }), {
      metric: 'arpu',
      currency: 'USD',
      firstYear: 2027,
    });
    const { container } = render(
      <LineChart title="ARPU" {...data} width={720} height={400} animate={false} />,
    );
    expect(svgText(container)).toEqual(expect.arrayContaining(['Start', '2027', '2028', '2029']));
    expect(svgText(container)).toContain('ARPU per year (USD)');
    const plot = screen.getByRole('group', { name: /arrow keys/ });
    fireEvent.focus(plot);
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(container.querySelector('.chart__tooltip-heading')?.textContent).toBe('2027 Q2');
  });
});
