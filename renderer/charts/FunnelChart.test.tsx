import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { funnelSteps, topDownFunnel } from '../../shared/market/funnel';
import { FunnelChart } from './FunnelChart';

afterEach(cleanup);

/** Top-down: TAM $1.2B; SAM = 1.2B × 25% = $300M; SOM = 300M × 10% = $30M (2.5% of TAM). */
const steps = funnelSteps(
  topDownFunnel({ totalSpend: 1.2e9, serviceablePct: 25, obtainablePct: 10 }),
);

function texts(container: HTMLElement, selector = 'svg text'): string[] {
  return [...container.querySelectorAll(selector)].map((node) => node.textContent ?? '');
}

function barWidth(container: HTMLElement, level: string): number {
  const bar = container.querySelector(`[data-level="${level}"] rect`);
  return Number(bar?.getAttribute('width'));
}

describe('FunnelChart', () => {
  it('labels each level with its value and its shares', () => {
    const { container } = render(
      <FunnelChart title="Top-down" steps={steps} currency="USD" width={900} />,
    );
    expect(texts(container, '.chart__level-label')).toEqual(['TAM', 'SAM', 'SOM']);
    expect(texts(container, '.chart__value-label')).toEqual([
      '$1.2B',
      '$300M · 25% of TAM',
      '$30M · 10% of SAM · 2.5% of TAM',
    ]);
  });

  it('draws bars to scale, joined by steps', () => {
    const { container } = render(
      <FunnelChart title="Top-down" steps={steps} currency="USD" width={900} />,
    );
    const tam = barWidth(container, 'tam');
    expect(barWidth(container, 'sam') / tam).toBeCloseTo(0.25, 5);
    expect(barWidth(container, 'som') / tam).toBeCloseTo(0.025, 5);
    expect(container.querySelectorAll('.chart__connector')).toHaveLength(2);
  });

  it('shares a scale with the funnel beside it through scaleMax', () => {
    const { container } = render(
      <FunnelChart title="Top-down" steps={steps} currency="USD" width={900} scaleMax={2.4e9} />,
    );
    const alone = render(
      <FunnelChart title="Alone" steps={steps} currency="EUR" width={900} />,
    ).container;
    expect(barWidth(container, 'tam') / barWidth(alone, 'tam')).toBeCloseTo(0.5, 5);
    expect(texts(alone, '.chart__value-label')[0]).toBe('€1.2B');
  });

  it('moves the shares to a second line when the chart is narrow', () => {
    const { container } = render(
      <FunnelChart title="Top-down" steps={steps} currency="USD" width={300} />,
    );
    const som = container.querySelector('[data-level="som"]');
    expect(som?.querySelector('.chart__value-label')?.textContent).toBe('$30M');
    expect(som?.querySelector('.chart__share-label')?.textContent).toMatch(/^10% of SAM/);
  });

  it('shows a level whose inputs are missing as an outline marked "Not set"', () => {
    const partial = funnelSteps(
      topDownFunnel({ totalSpend: 1.2e9, serviceablePct: 25, obtainablePct: null }),
    );
    const { container } = render(
      <FunnelChart title="Top-down" steps={partial} currency="USD" width={900} />,
    );
    const som = container.querySelector('[data-level="som"]');
    expect(som?.querySelector('.chart__placeholder')).not.toBeNull();
    expect(som?.querySelector('.chart__value-label')?.textContent).toBe('Not set');
    expect(container.querySelectorAll('.chart__connector')).toHaveLength(1);
    expect(container.querySelector('desc')?.textContent).toContain(
      'SOM, the part you can realistically win: not set yet.',
    );
  });

  it('describes the funnel in words and tabulates the same numbers', () => {
    const { container } = render(
      <FunnelChart title="Top-down" steps={steps} currency="USD" width={900} />,
    );
    expect(container.querySelector('desc')?.textContent).toBe(
      'TAM, the whole market’s annual spend: $1.2B. ' +
        'SAM, the part you can serve: $300M (25% of TAM). ' +
        'SOM, the part you can realistically win: $30M (10% of SAM · 2.5% of TAM).',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      'TAMthe whole market’s annual spend$1.2B—100%',
      'SAMthe part you can serve$300M25%25%',
      'SOMthe part you can realistically win$30M10%2.5%',
    ]);
  });
});
