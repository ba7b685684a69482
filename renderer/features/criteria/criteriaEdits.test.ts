import { describe, expect, it } from 'vitest';
import { criteriaWorkshop } from './criteriaTesting';
import {
  addNewCriterion,
  applyPresetWeights,
  checkCriterionName,
  deleteCriterion,
  freshCriterionName,
  moveCriterion,
  removePreset,
  renameCriterion,
  savePreset,
  setCriterionDirection,
  setCriterionLocked,
  setCriterionScale,
  setCriterionWeight,
  setItemScore,
} from './criteriaEdits';

const withPreset = () =>
  criteriaWorkshop((doc) => ({
    ...doc,
    weightPresets: [{ id: 'p1', name: 'Board', weights: { rel: 10, reach: 80, effort: 10 } }],
  }));

describe('criteria edits', () => {
  it('return the same document when nothing changes, so no undo entry is recorded', () => {
    const doc = withPreset();
    expect(setCriterionWeight(doc, 'rel', 40)).toBe(doc);
    expect(setCriterionWeight(doc, 'missing', 10)).toBe(doc);
    expect(setCriterionLocked(doc, 'rel', false)).toBe(doc);
    expect(renameCriterion(doc, 'rel', ' Reliability impact ')).toBe(doc);
    expect(renameCriterion(doc, 'rel', '')).toBe(doc);
    expect(moveCriterion(doc, 'rel', -3)).toBe(doc);
    expect(setCriterionDirection(doc, 'effort', 'cost')).toBe(doc);
    expect(setCriterionScale(doc, 'rel', { min: 1, max: 5 })).toBe(doc);
    expect(applyPresetWeights(doc, { rel: 40, reach: 30, effort: 30 })).toBe(doc);
    expect(setItemScore(doc, 'failover', 'rel', 5)).toBe(doc);
    expect(setItemScore(doc, 'failover', 'unscored-criterion', null)).toBe(doc);
    expect(removePreset(doc, 'nope')).toBe(doc);
    expect(deleteCriterion(doc, 'nope')).toBe(doc);
  });

  it('adds a criterion named so it does not clash, at an equal share', () => {
    const doc = addNewCriterion(criteriaWorkshop(), 'new');
    expect(doc.criteria.map((c) => [c.id, c.name, c.weight])).toEqual([
      ['rel', 'Reliability impact', 30],
      ['reach', 'Customer reach', 22.5],
      ['effort', 'Effort', 22.5],
      ['new', 'New criterion', 25],
    ]);
    expect(freshCriterionName(doc.criteria)).toBe('New criterion 2');
  });

  it('gives the first criterion of a workshop all the weight', () => {
    const doc = addNewCriterion(
      criteriaWorkshop((d) => ({ ...d, criteria: [] })),
      'only',
    );
    expect(doc.criteria.map((c) => c.weight)).toEqual([100]);
  });

  it('checks names: trimmed, not empty, at most 80 characters, no duplicates ignoring case', () => {
    const { criteria } = criteriaWorkshop();
    expect(checkCriterionName(criteria, 'rel', '  Uptime ')).toEqual({ ok: true, name: 'Uptime' });
    expect(checkCriterionName(criteria, 'rel', 'RELIABILITY IMPACT')).toEqual({
      ok: true,
      name: 'RELIABILITY IMPACT',
    });
    expect(checkCriterionName(criteria, 'rel', ' ')).toMatchObject({ ok: false });
    expect(checkCriterionName(criteria, 'rel', 'x'.repeat(81))).toMatchObject({ ok: false });
    expect(checkCriterionName(criteria, 'rel', 'customer REACH')).toEqual({
      ok: false,
      message: 'Another criterion is already called “Customer reach”.',
    });
  });

  it('moves a criterion to a new place in the column order', () => {
    const doc = moveCriterion(criteriaWorkshop(), 'effort', 0);
    expect(doc.criteria.map((c) => c.id)).toEqual(['effort', 'rel', 'reach']);
  });

  it('deletes a criterion with its scores and preset entries; weights still sum to 100', () => {
    const doc = deleteCriterion(withPreset(), 'reach');
    expect(doc.criteria.map((c) => c.id)).toEqual(['rel', 'effort']);
    expect(doc.criteria.reduce((a, c) => a + c.weight, 0)).toBeCloseTo(100, 9);
    expect(doc.items.map((i) => Object.keys(i.scores))).toEqual([
      ['rel', 'effort'],
      ['rel', 'effort'],
      ['rel', 'effort'],
    ]);
    expect(doc.weightPresets[0]?.weights).toEqual({ rel: 10, effort: 10 });
  });

  it('keeps scores as typed when a scale changes (they show as outside the scale)', () => {
    const doc = setCriterionScale(criteriaWorkshop(), 'rel', { min: 0, max: 10 });
    expect(doc.criteria[0]?.scale).toEqual({ min: 0, max: 10 });
    expect(doc.items[0]?.scores.rel).toBe(5);
  });

  it('sets and clears a score, touching only that item', () => {
    const doc = criteriaWorkshop();
    const scored = setItemScore(doc, 'cli', 'rel', 4);
    expect(scored.items[2]?.scores).toEqual({ rel: 4, reach: 3, effort: 1 });
    expect(scored.items[0]).toBe(doc.items[0]);
    const cleared = setItemScore(scored, 'cli', 'reach', null);
    expect(cleared.items[2]?.scores).toEqual({ rel: 4, effort: 1 });
  });

  it('saves a preset or says why not', () => {
    const saved = savePreset(criteriaWorkshop(), 'Today', 'p-today');
    expect(saved.result.ok).toBe(true);
    expect(saved.doc.weightPresets).toEqual([
      { id: 'p-today', name: 'Today', weights: { rel: 40, reach: 30, effort: 30 } },
    ]);
    const refused = savePreset(criteriaWorkshop(), '   ');
    expect(refused.result).toMatchObject({ ok: false, reason: 'empty-name' });
  });
});
