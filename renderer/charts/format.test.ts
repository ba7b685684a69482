import { describe, expect, it } from 'vitest';
import { chartType, estimateTextWidth, fitText, valueFormatter } from './format';

describe('valueFormatter', () => {
  it('formats each unit the way the rest of the app does', () => {
    expect(valueFormatter({ kind: 'money', currency: 'USD' })(1.2e9)).toBe('$1.2B');
    expect(valueFormatter({ kind: 'money', currency: 'EUR' })(350e6)).toBe('€350M');
    expect(valueFormatter({ kind: 'count' })(12_400)).toBe('12.4K');
    expect(valueFormatter({ kind: 'percent' })(38)).toBe('38%');
    expect(valueFormatter({ kind: 'number' })(0.5)).toBe('0.5');
  });
});

describe('chartType', () => {
  it('scales every text size with the base font (laptop 16px, projector ≈20px)', () => {
    expect(chartType(16)).toEqual({ base: 16, tick: 12, label: 13, value: 14, title: 14 });
    expect(chartType(20).tick).toBe(15);
  });

  it('falls back to 16px when the font size cannot be read', () => {
    expect(chartType(Number.NaN).base).toBe(16);
    expect(chartType(0).base).toBe(16);
  });
});

describe('fitText', () => {
  it('keeps text that fits and cuts text that does not, with an ellipsis', () => {
    expect(fitText('Managed Kafka', 200, 10)).toBe('Managed Kafka');
    const cut = fitText('Cost explorer dashboards with per-team breakdown', 120, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 10)).toBeLessThanOrEqual(120);
  });

  it('leaves only an ellipsis where nothing fits', () => {
    expect(fitText('Anything', 3, 10)).toBe('…');
  });
});
