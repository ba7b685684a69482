import type { ReactNode } from 'react';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AxisBottom, AxisLeft, bottomAxisHeight, leftAxisWidth } from './axes';
import { chartType, estimateTextWidth } from './format';
import type { Tick } from './ticks';

afterEach(cleanup);

const type = chartType(16);
const ticks: Tick[] = [
  { key: '0', position: 200, label: '$0' },
  { key: '5', position: 150, label: null },
  { key: '1', position: 100, label: '$1B' },
  { key: '2', position: 0, label: '$2B' },
];

function inSvg(node: ReactNode) {
  return render(<svg>{node}</svg>).container;
}

describe('AxisLeft', () => {
  it('labels every labelled tick and draws a gridline across the plot at every tick', () => {
    const container = inSvg(
      <AxisLeft ticks={ticks} plotWidth={300} plotHeight={200} type={type} title="Revenue (USD)" />,
    );
    const labels = [...container.querySelectorAll('.chart__tick-label')].map((t) => t.textContent);
    expect(labels).toEqual(['$0', '$1B', '$2B']);
    const grid = [...container.querySelectorAll('.chart__grid')];
    expect(grid).toHaveLength(4);
    expect(grid.every((line) => line.getAttribute('x2') === '300')).toBe(true);
    expect(container.querySelectorAll('.chart__grid--minor')).toHaveLength(1);
    const title = container.querySelector('.chart__axis-title');
    expect(title?.textContent).toBe('Revenue (USD)');
    expect(title?.getAttribute('transform')).toContain('rotate(-90)');
  });

  it('needs a margin wide enough for its widest label and its title', () => {
    const bare = leftAxisWidth(ticks, type);
    expect(bare).toBeGreaterThanOrEqual(estimateTextWidth('$1B', type.tick));
    expect(leftAxisWidth(ticks, type, 'Revenue (USD)')).toBeGreaterThan(bare + type.label);
  });
});

describe('AxisBottom', () => {
  it('draws tick labels under the plot and the axis title under them', () => {
    const years: Tick[] = [
      { key: '0', position: 0, label: 'Start' },
      { key: '1', position: 150, label: '2028' },
    ];
    const container = inSvg(
      <AxisBottom ticks={years} plotWidth={300} plotHeight={200} type={type} title="Year" />,
    );
    const labels = [...container.querySelectorAll('.chart__tick-label')].map((t) => t.textContent);
    expect(labels).toEqual(['Start', '2028']);
    expect(container.querySelector('.chart__axis--bottom > g')?.getAttribute('transform')).toBe(
      'translate(0,200)',
    );
    expect(container.querySelector('.chart__axis-title')?.textContent).toBe('Year');
    // No gridlines unless asked: the value axis draws those.
    expect(container.querySelectorAll('.chart__grid')).toHaveLength(0);
    expect(bottomAxisHeight(type, 'Year')).toBeGreaterThan(bottomAxisHeight(type));
  });

  it('cuts an axis title longer than the plot', () => {
    const container = inSvg(
      <AxisBottom
        ticks={[]}
        plotWidth={60}
        plotHeight={100}
        type={type}
        title="Annual recurring revenue per customer (USD)"
      />,
    );
    expect(container.querySelector('.chart__axis-title')?.textContent).toMatch(/…$/);
  });
});
