import { describe, expect, it } from 'vitest';
import { defaultCriteria } from '../workshop/defaults';
import type { WeightPreset } from '../workshop/schema';
import {
  builtInPreset,
  builtInPresets,
  deletePreset,
  MAX_PRESETS,
  saveCurrentAsPreset,
} from './presets';
import { criterion } from './testCriteria';
import { applyWeights, weightSum } from './weights';

const byName = (
  preset: { weights: Record<string, number> },
  criteria: { id: string; name: string }[],
) => Object.fromEntries(criteria.map((c) => [c.name, preset.weights[c.id]]));

describe('built-in presets on the default platform-team criteria', () => {
  const criteria = defaultCriteria();

  it.each([
    {
      key: 'balanced' as const,
      expected: {
        'Reliability impact': 100 / 6,
        'Customer reach': 100 / 6,
        'Revenue / consumption impact': 100 / 6,
        'Customer cost impact': 100 / 6,
        'Strategic fit': 100 / 6,
        Effort: 100 / 6,
      },
    },
    {
      key: 'reliability-first' as const,
      expected: {
        'Reliability impact': 37.5,
        'Customer reach': 12.5,
        'Revenue / consumption impact': 12.5,
        'Customer cost impact': 12.5,
        'Strategic fit': 12.5,
        Effort: 12.5,
      },
    },
    {
      key: 'growth-first' as const,
      expected: {
        'Reliability impact': 10,
        'Customer reach': 30,
        'Revenue / consumption impact': 30,
        'Customer cost impact': 10,
        'Strategic fit': 10,
        Effort: 10,
      },
    },
    {
      key: 'cost-conscious' as const,
      expected: {
        'Reliability impact': 10,
        'Customer reach': 10,
        'Revenue / consumption impact': 10,
        'Customer cost impact': 30,
        'Strategic fit': 10,
        Effort: 30,
      },
    },
  ])('$key favours the matching criteria', ({ key, expected }) => {
    const preset = builtInPreset(criteria, key);
    const weights = byName(preset, criteria);
    for (const [name, weight] of Object.entries(expected))
      expect(weights[name]).toBeCloseTo(weight, 9);
    expect(Object.values(preset.weights).reduce((a, w) => a + w, 0)).toBeCloseTo(100, 9);
  });

  it('lists the four presets in menu order', () => {
    expect(builtInPresets(criteria).map((p) => p.name)).toEqual([
      'Balanced',
      'Reliability first',
      'Growth first',
      'Cost conscious',
    ]);
  });
});

describe('built-in presets on criteria the facilitator changed', () => {
  it('matches by name, whatever the wording', () => {
    const criteria = [
      criterion('a', 50, { name: 'P99 latency' }),
      criterion('b', 50, { name: 'Fun' }),
    ];
    expect(builtInPreset(criteria, 'reliability-first').emphasized).toEqual(['a']);
  });

  it('treats any cost-direction criterion as a cost', () => {
    const criteria = [
      criterion('a', 50, { name: 'Blast radius', direction: 'cost' }),
      criterion('b', 50, { name: 'Delight' }),
    ];
    expect(builtInPreset(criteria, 'cost-conscious').emphasized).toEqual(['a']);
  });

  it('falls back to balanced when no criterion matches, and says so', () => {
    const criteria = [criterion('a', 70, { name: 'Delight' }), criterion('b', 30, { name: 'Fun' })];
    const preset = builtInPreset(criteria, 'growth-first');
    expect(preset.emphasized).toEqual([]);
    expect(preset.weights).toEqual({ a: 50, b: 50 });
  });

  it('applies through applyWeights and respects a lock', () => {
    const criteria = [
      criterion('a', 20, { name: 'Reliability', locked: true }),
      criterion('b', 40, { name: 'Reach' }),
      criterion('c', 40, { name: 'Fit' }),
    ];
    const after = applyWeights(criteria, builtInPreset(criteria, 'growth-first').weights);
    expect(after.map((c) => c.weight)).toEqual([20, 60, 20]);
    expect(weightSum(after)).toBeCloseTo(100, 9);
  });
});

describe('saveCurrentAsPreset', () => {
  const criteria = [criterion('a', 25), criterion('b', 75)];

  it('saves the current weights under a trimmed name', () => {
    const result = saveCurrentAsPreset([], criteria, '  Q3 offsite ', 'p1');
    expect(result).toEqual({
      ok: true,
      preset: { id: 'p1', name: 'Q3 offsite', weights: { a: 25, b: 75 } },
      presets: [{ id: 'p1', name: 'Q3 offsite', weights: { a: 25, b: 75 } }],
    });
  });

  it('updates a preset of the same name in place instead of adding a copy', () => {
    const existing: WeightPreset[] = [{ id: 'p1', name: 'Offsite', weights: { a: 50, b: 50 } }];
    const result = saveCurrentAsPreset(existing, criteria, 'offsite', 'p2');
    expect(result.ok && result.presets).toEqual([
      { id: 'p1', name: 'offsite', weights: { a: 25, b: 75 } },
    ]);
  });

  it.each([
    { name: '   ', reason: 'empty-name' },
    { name: 'x'.repeat(81), reason: 'name-too-long' },
  ])('refuses the name "$name" ($reason)', ({ name, reason }) => {
    expect(saveCurrentAsPreset([], criteria, name)).toMatchObject({ ok: false, reason });
  });

  it('refuses a new preset when the workshop holds the maximum', () => {
    const full = Array.from({ length: MAX_PRESETS }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      weights: {},
    }));
    expect(saveCurrentAsPreset(full, criteria, 'One more')).toMatchObject({
      ok: false,
      reason: 'too-many',
    });
  });

  it('deletes a preset by id', () => {
    const presets: WeightPreset[] = [
      { id: 'p1', name: 'A', weights: {} },
      { id: 'p2', name: 'B', weights: {} },
    ];
    expect(deletePreset(presets, 'p1').map((p) => p.id)).toEqual(['p2']);
  });
});
