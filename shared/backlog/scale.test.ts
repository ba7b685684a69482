import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../workshop/defaults';
import { createBacklogItem } from './items';
import { levelForValue, revalueItems } from './scale';

const impactLevels = defaultSettings().impactLevels;

const item = (id: string, impact: number | null) =>
  createBacklogItem({
    id,
    rank: 'a0',
    title: id,
    rice: { reach: 100, impact, confidence: 80, effort: 1 },
  });

describe('levelForValue', () => {
  it('names the level a value belongs to', () => {
    expect(levelForValue(impactLevels, 0.5)?.label).toBe('Low');
    expect(levelForValue(impactLevels, 1.5)).toBeUndefined();
    expect(levelForValue(impactLevels, null)).toBeUndefined();
  });
});

describe('revalueItems', () => {
  it('moves every item of a revalued level to the new value and leaves the others alone', () => {
    const after = impactLevels.map((level) =>
      level.label === 'High' ? { label: 'Big', value: 2.5 } : level,
    );
    const items = [item('a', 2), item('b', 1), item('c', 2), item('d', 1.7), item('e', null)];
    const result = revalueItems(items, 'impact', impactLevels, after);
    expect(result.map((it) => it.rice.impact)).toEqual([2.5, 1, 2.5, 1.7, null]);
    // Untouched items keep their identity so rows subscribed to them do not re-render.
    expect(result[1]).toBe(items[1]);
    expect(result[3]).toBe(items[3]);
    expect(result[4]).toBe(items[4]);
  });

  it('keeps the values of items whose level was removed', () => {
    const after = impactLevels.slice(0, 3);
    const result = revalueItems([item('a', 0.25)], 'impact', impactLevels, after);
    expect(result[0]?.rice.impact).toBe(0.25);
  });
});
