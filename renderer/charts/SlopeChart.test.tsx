import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLOUR } from './palette';
import { SlopeChart } from './SlopeChart';
import type { SlopeOrder } from './slopeLayout';

afterEach(cleanup);

const items = [
  { id: 'failover', label: 'Multi-region failover' },
  { id: 'billing', label: 'Usage-based billing API' },
  { id: 'cli', label: 'CLI autocomplete' },
  { id: 'sso', label: 'SSO for the console' },
];

/** Billing: RICE 2, weighted 4, manual 1 (3 places apart); the others move by at most 1. */
const orders: SlopeOrder[] = [
  { key: 'rice', label: 'RICE', itemIds: ['failover', 'billing', 'cli', 'sso'] },
  { key: 'weighted', label: 'Weighted', itemIds: ['failover', 'cli', 'sso', 'billing'] },
  { key: 'manual', label: 'Manual', itemIds: ['billing', 'failover', 'cli', 'sso'] },
];

function renderSlope(highlightCount = 1) {
  return render(
    <SlopeChart
      title="RICE, weighted and manual order"
      items={items}
      orders={orders}
      highlightCount={highlightCount}
      width={900}
    />,
  );
}

function pointsOf(path: Element | null): [number, number][] {
  const d = path?.getAttribute('d') ?? '';
  return [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('SlopeChart', () => {
  it('heads a column per order and links each item across all of them', () => {
    const { container } = renderSlope();
    const headers = [...container.querySelectorAll('.chart__column-header')];
    expect(headers.map((h) => h.textContent)).toEqual(['RICE', 'Weighted', 'Manual']);
    const columnXs = headers.map((h) => Number(h.getAttribute('x')));
    for (const item of items) {
      const line = container.querySelector(`[data-item="${item.id}"] .chart__slope-line`);
      const points = pointsOf(line);
      expect(points.map(([x]) => x)).toEqual(columnXs);
    }
  });

  it('places each item at its rank, one row per rank, in every column', () => {
    const { container } = renderSlope();
    const rowOf = (id: string) =>
      pointsOf(container.querySelector(`[data-item="${id}"] .chart__slope-line`)).map(([, y]) => y);
    const weighted = ['failover', 'cli', 'sso', 'billing'].map((id) => rowOf(id)[1] ?? 0);
    // Weighted column: failover, cli, sso, billing, evenly spaced top to bottom.
    const gaps = weighted.slice(1).map((y, index) => y - (weighted[index] ?? 0));
    expect(gaps[0]).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0] ?? 0, 5);
    // Billing is first in the manual column: the same row as failover's first place.
    expect(rowOf('billing')[2]).toBe(weighted[0]);
    const ranks = [...container.querySelectorAll('[data-item="billing"] .chart__slope-rank')];
    expect(ranks.map((r) => r.textContent)).toEqual(['2', '4', '1']);
  });

  it('highlights the biggest disagreement and names it in the description', () => {
    const { container } = renderSlope(1);
    const highlighted = container.querySelectorAll(
      `.chart__slope-line[stroke="${HIGHLIGHT_COLOUR}"]`,
    );
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0]?.closest('[data-item]')?.getAttribute('data-item')).toBe('billing');
    expect(container.querySelectorAll('[data-item] .chart__slope-line--muted')).toHaveLength(3);
    expect(container.querySelector('desc')?.textContent).toBe(
      '4 items ranked by RICE, Weighted, Manual. Biggest disagreements: ' +
        'Usage-based billing API: RICE 2, Weighted 4, Manual 1.',
    );
    const legend = [...container.querySelectorAll('.chart__legend text')].map((t) => t.textContent);
    expect(legend).toEqual(['Biggest disagreements', 'Other items']);
  });

  it('labels items on both sides, cutting long titles to the gutter', () => {
    const long = { id: 'long', label: 'A very long backlog item title '.repeat(4).trim() };
    const { container } = render(
      <SlopeChart
        title="Orders"
        items={[...items, long]}
        orders={orders.map((o) => ({ ...o, itemIds: [...o.itemIds, 'long'] }))}
        width={600}
      />,
    );
    const labels = [...container.querySelectorAll('[data-item="cli"] .chart__slope-label')];
    expect(labels.map((l) => l.textContent)).toEqual(['CLI autocomplete', 'CLI autocomplete']);
    const cut = container.querySelector('[data-item="long"] .chart__slope-label')?.textContent;
    expect(cut).toMatch(/…$/);
    expect(cut?.length).toBeLessThan(long.label.length);
    expect(container.querySelector('[data-item="long"] title')?.textContent).toContain(long.label);
  });

  it('grows taller with more items instead of squeezing the rows', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `i${i}`, label: `Item ${i}` }));
    const ids = many.map((item) => item.id);
    const { container } = render(
      <SlopeChart
        title="Orders"
        items={many}
        orders={[
          { key: 'a', label: 'A', itemIds: ids },
          { key: 'b', label: 'B', itemIds: [...ids].reverse() },
        ]}
        width={600}
        fontSize={16}
      />,
    );
    const rows = pointsOf(container.querySelector('[data-item="i0"] .chart__slope-line'));
    const next = pointsOf(container.querySelector('[data-item="i1"] .chart__slope-line'));
    // One rank per row, at least the label's line height apart (1.9 × 16 px).
    expect((next[0]?.[1] ?? 0) - (rows[0]?.[1] ?? 0)).toBeGreaterThanOrEqual(30);
  });

  it('tabulates every rank and marks items an order leaves out', () => {
    const partial = orders.map((o) =>
      o.key === 'rice' ? { ...o, itemIds: o.itemIds.filter((id) => id !== 'sso') } : o,
    );
    render(<SlopeChart title="Orders" items={items} orders={partial} width={900} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'ItemRICEWeightedManualLargest difference',
      'Multi-region failover1121 place',
      'Usage-based billing API2413 places',
      'CLI autocomplete3231 place',
      'SSO for the consoleUnranked341 place',
    ]);
  });
});
