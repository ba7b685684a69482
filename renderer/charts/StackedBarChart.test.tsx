import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bottomUpFunnel } from '../../shared/market/funnel';
import { segmentStack } from '../../shared/market/segmentStack';
import type { Segment } from '../../shared/workshop/schema';
import { CATEGORICAL } from './palette';
import { StackedBarChart } from './StackedBarChart';

afterEach(cleanup);

/**
 * Startups: 1,000 × $100/month × 12 = $1.2M TAM; SAM 50% = $600K; SOM 10% = $60K.
 * Enterprise: 500 × $2,400/year = $1.2M TAM; SAM 25% = $300K; SOM 20% = $60K.
 * Columns: TAM $2.4M, SAM $900K, SOM $120K.
 */
const segments: Segment[] = [
  {
    id: 'startups',
    name: 'Startups',
    customers: 1_000,
    revenuePerCustomer: 100,
    revenuePeriod: 'month',
    serviceablePct: 50,
    obtainablePct: 10,
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    customers: 500,
    revenuePerCustomer: 2_400,
    revenuePeriod: 'year',
    serviceablePct: 25,
    obtainablePct: 20,
  },
];

function stackOf(list: Segment[]) {
  return segmentStack(bottomUpFunnel(list).segments);
}

function texts(container: HTMLElement, selector: string): string[] {
  return [...container.querySelectorAll(selector)].map((node) => node.textContent ?? '');
}

function barHeights(container: HTMLElement, segmentId: string): number[] {
  return [...container.querySelectorAll(`[data-series="${segmentId}"] rect`)].map((rect) =>
    Number(rect.getAttribute('height')),
  );
}

describe('StackedBarChart', () => {
  it('stacks every segment in TAM, SAM and SOM columns with money ticks', () => {
    const { container } = render(
      <StackedBarChart title="Segments" stack={stackOf(segments)} currency="USD" width={800} />,
    );
    expect(texts(container, '.chart__axis--bottom .chart__tick-label')).toEqual([
      'TAM',
      'SAM',
      'SOM',
    ]);
    const valueTicks = texts(container, '.chart__axis--left .chart__tick-label');
    expect(valueTicks[0]).toBe('$0');
    expect(valueTicks).toEqual(expect.arrayContaining(['$1M', '$2M']));
    expect(texts(container, '.chart__axis-title')).toEqual(['Annual value (USD)']);
    expect(texts(container, '.chart__value-label')).toEqual(['$2.4M', '$900K', '$120K']);
  });

  it('draws bands to scale in palette colours with the segment names in the legend', () => {
    const { container } = render(
      <StackedBarChart title="Segments" stack={stackOf(segments)} currency="USD" width={800} />,
    );
    expect(texts(container, '.chart__legend text')).toEqual(['Startups', 'Enterprise']);
    const [tam, sam, som] = barHeights(container, 'startups');
    expect((sam ?? 0) / (tam ?? 1)).toBeCloseTo(0.5, 5);
    expect((som ?? 0) / (tam ?? 1)).toBeCloseTo(0.05, 5);
    expect(barHeights(container, 'enterprise')[0]).toBeCloseTo(tam ?? 0, 5);
    const fills = ['startups', 'enterprise'].map((id) =>
      container.querySelector(`[data-series="${id}"] rect`)?.getAttribute('fill'),
    );
    expect(fills).toEqual([CATEGORICAL[0], CATEGORICAL[1]]);
  });

  it('stretches every column to 100% in share mode', () => {
    const { container } = render(
      <StackedBarChart
        title="Segments"
        stack={stackOf(segments)}
        currency="USD"
        mode="share"
        width={800}
      />,
    );
    const ticks = texts(container, '.chart__axis--left .chart__tick-label');
    expect(ticks[0]).toBe('0%');
    expect(ticks[ticks.length - 1]).toBe('100%');
    // SAM: startups 600K of 900K = 66.7%, enterprise 33.3%.
    expect(texts(container, '[data-series="startups"] .chart__bar-label')).toEqual([
      '50%',
      '66.7%',
      '50%',
    ]);
    const startups = barHeights(container, 'startups');
    const enterprise = barHeights(container, 'enterprise');
    const full = (startups[0] ?? 0) + (enterprise[0] ?? 0);
    expect(full).toBeGreaterThan(0);
    startups.forEach((height, index) => {
      expect(height + (enterprise[index] ?? 0)).toBeCloseTo(full, 5);
    });
  });

  it('marks a column partial when a segment lacks an input, and leaves that bar out', () => {
    const missing = segments.map((s) =>
      s.id === 'enterprise' ? { ...s, obtainablePct: null } : s,
    );
    const { container } = render(
      <StackedBarChart title="Segments" stack={stackOf(missing)} currency="USD" width={800} />,
    );
    expect(texts(container, '.chart__value-label')).toEqual(['$2.4M', '$900K', '$60K (partial)']);
    expect(barHeights(container, 'enterprise')).toHaveLength(2);
  });

  it('says what to do when there are no segments yet', () => {
    const { container } = render(
      <StackedBarChart title="Segments" stack={stackOf([])} currency="USD" width={800} />,
    );
    expect(texts(container, '.chart__muted-label')).toEqual(['Add a segment to see the stack']);
    expect(container.querySelector('desc')?.textContent).toBe('No segments yet.');
  });

  it('tabulates each segment per level with its share, and the totals', () => {
    render(
      <StackedBarChart title="Segments" stack={stackOf(segments)} currency="USD" width={800} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'SegmentTAMSAMSOM',
      'Startups$1.2M (50%)$600K (66.7%)$60K (50%)',
      'Enterprise$1.2M (50%)$300K (33.3%)$60K (50%)',
      'Total$2.4M$900K$120K',
    ]);
  });
});
