import { scaleBand, scaleLinear, scaleLog } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, valueFormatter } from './format';
import { bandTicks, linearTicks, logTicks, thinLabels, ticksAt, type Tick } from './ticks';

const money = valueFormatter({ kind: 'money', currency: 'USD' });

describe('linearTicks', () => {
  it('labels round values in money at their pixel positions', () => {
    const scale = scaleLinear().domain([0, 2e9]).range([400, 0]);
    const ticks = linearTicks(scale, 4, money);
    expect(ticks.map((t) => t.label)).toEqual(['$0', '$500M', '$1B', '$1.5B', '$2B']);
    expect(ticks.map((t) => t.position)).toEqual([400, 300, 200, 100, 0]);
  });

  it('turns a tick whose rounded label repeats into an unlabelled one', () => {
    const scale = scaleLinear().domain([1_000_000, 1_001_000]).range([0, 100]);
    const labels = linearTicks(scale, 10, money).map((t) => t.label);
    const shown = labels.filter((label) => label !== null);
    expect(new Set(shown).size).toBe(shown.length);
    expect(labels).toContain(null);
  });
});

describe('logTicks', () => {
  it('labels powers of ten over many decades and leaves the rest as minor gridlines', () => {
    const scale = scaleLog().domain([1e3, 1e9]).range([600, 0]);
    const ticks = logTicks(scale, 6, money);
    expect(ticks.filter((t) => t.label !== null).map((t) => t.label)).toEqual([
      '$1K',
      '$10K',
      '$100K',
      '$1M',
      '$10M',
      '$100M',
      '$1B',
    ]);
  });

  it('also labels small multiples (2×, 3×…) when the domain spans only a decade or two', () => {
    const scale = scaleLog().domain([1e6, 1e8]).range([400, 0]);
    const labels = logTicks(scale, 8, money)
      .map((t) => t.label)
      .filter((label) => label !== null);
    expect(labels).toEqual(expect.arrayContaining(['$1M', '$2M', '$10M', '$20M', '$100M']));
    expect(labels).not.toContain('$7M');
    expect(labels).not.toContain('$70M');
  });
});

describe('bandTicks and ticksAt', () => {
  it('puts a band tick in the middle of each band', () => {
    const scale = scaleBand<string>().domain(['tam', 'sam']).range([0, 200]);
    expect(bandTicks(scale, (key) => key.toUpperCase())).toEqual([
      { key: 'tam', position: 50, label: 'TAM' },
      { key: 'sam', position: 150, label: 'SAM' },
    ]);
  });

  it('places ticks at given values', () => {
    const ticks = ticksAt(
      [0, 1, 2],
      (x) => x * 100,
      (x) => `Year ${x}`,
    );
    expect(ticks.map((t) => [t.position, t.label])).toEqual([
      [0, 'Year 0'],
      [100, 'Year 1'],
      [200, 'Year 2'],
    ]);
  });
});

describe('thinLabels', () => {
  const fontSize = 12;
  const years = (count: number, spacing: number): Tick[] =>
    Array.from({ length: count }, (_, i) => ({
      key: String(i),
      position: i * spacing,
      label: String(2026 + i),
    }));

  it('keeps every label when they have room', () => {
    expect(thinLabels(years(6, 100), fontSize).every((t) => t.label !== null)).toBe(true);
  });

  it('keeps the first label and spaces the kept ones so they never touch', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 4, max: 120 }),
        (count, spacing) => {
          const thinned = thinLabels(years(count, spacing), fontSize);
          expect(thinned).toHaveLength(count);
          expect(thinned[0]?.label).toBe('2026');
          const kept = thinned.filter((t) => t.label !== null);
          for (let i = 1; i < kept.length; i++) {
            const gap = (kept[i]?.position ?? 0) - (kept[i - 1]?.position ?? 0);
            expect(gap).toBeGreaterThanOrEqual(estimateTextWidth('2026', fontSize) + fontSize);
          }
        },
      ),
    );
  });
});
