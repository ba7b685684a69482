import { newId } from '../../../shared/ids';
import {
  saveCurrentAsPreset,
  deletePreset,
  type SavePresetResult,
} from '../../../shared/criteria/presets';
import {
  addCriterion,
  applyWeights,
  equalShare,
  removeCriterion,
  setLocked,
  setWeight,
} from '../../../shared/criteria/weights';
import type { Criterion, Workshop } from '../../../shared/workshop/schema';

/**
 * The criteria section's edits as pure functions of the document. Each returns the SAME document
 * when nothing changes, so the store records no undo entry for a no-op (releasing a slider where
 * it was grabbed, re-applying the active preset, retyping a score).
 */

export const CRITERION_NAME_MAX = 80;
/** WorkshopSchema.criteria holds at most 30. */
export const MAX_CRITERIA = 30;

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function withCriteria(doc: Workshop, criteria: Criterion[]): Workshop {
  return sameList(doc.criteria, criteria) ? doc : { ...doc, criteria };
}

function updateCriterion(
  doc: Workshop,
  id: string,
  update: (criterion: Criterion) => Criterion,
): Workshop {
  return withCriteria(
    doc,
    doc.criteria.map((c) => (c.id === id ? update(c) : c)),
  );
}

/** "New criterion", or "New criterion 2", … when that name is taken. */
export function freshCriterionName(criteria: readonly Pick<Criterion, 'name'>[]): string {
  const taken = new Set(criteria.map((c) => c.name.trim().toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'New criterion' : `New criterion ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Adds a benefit criterion on a 1–5 scale at an equal share of the weight. */
export function addNewCriterion(doc: Workshop, id: string = newId()): Workshop {
  if (doc.criteria.length >= MAX_CRITERIA) return doc;
  const criterion: Criterion = {
    id,
    name: freshCriterionName(doc.criteria),
    direction: 'benefit',
    scale: { min: 1, max: 5 },
    weight: equalShare(doc.criteria.length + 1),
    locked: false,
  };
  return { ...doc, criteria: addCriterion(doc.criteria, criterion) };
}

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/** A criterion name: not empty, not too long, and unlike the others ("swaps if X ≥ 34%"). */
export function checkCriterionName(
  criteria: readonly Pick<Criterion, 'id' | 'name'>[],
  id: string,
  text: string,
): NameCheck {
  const name = text.trim();
  if (name === '') return { ok: false, message: 'Give the criterion a name.' };
  if (name.length > CRITERION_NAME_MAX) {
    return { ok: false, message: `Names are at most ${CRITERION_NAME_MAX} characters.` };
  }
  const clash = criteria.find(
    (c) => c.id !== id && c.name.trim().toLowerCase() === name.toLowerCase(),
  );
  if (clash) return { ok: false, message: `Another criterion is already called “${clash.name}”.` };
  return { ok: true, name };
}

export function renameCriterion(doc: Workshop, id: string, text: string): Workshop {
  const check = checkCriterionName(doc.criteria, id, text);
  if (!check.ok) return doc;
  return updateCriterion(doc, id, (c) => (c.name === check.name ? c : { ...c, name: check.name }));
}

/** Moves a criterion to `toIndex` (clamped); the order is the column order everywhere. */
export function moveCriterion(doc: Workshop, id: string, toIndex: number): Workshop {
  const from = doc.criteria.findIndex((c) => c.id === id);
  const to = Math.min(doc.criteria.length - 1, Math.max(0, toIndex));
  if (from < 0 || from === to) return doc;
  const criteria = [...doc.criteria];
  const [moved] = criteria.splice(from, 1);
  if (!moved) return doc;
  criteria.splice(to, 0, moved);
  return { ...doc, criteria };
}

/**
 * Deletes a criterion with everything that belongs to it: its weight goes to the others
 * (weights.ts), its scores leave the items and its entry leaves the saved presets, so the file
 * keeps no orphans. Undo brings all of it back (the whole document is the undo entry).
 */
export function deleteCriterion(doc: Workshop, id: string): Workshop {
  if (!doc.criteria.some((c) => c.id === id)) return doc;
  const items = doc.items.map((item) => {
    if (!Object.hasOwn(item.scores, id)) return item;
    const scores = { ...item.scores };
    delete scores[id];
    return { ...item, scores };
  });
  const weightPresets = doc.weightPresets.map((preset) => {
    if (!Object.hasOwn(preset.weights, id)) return preset;
    const weights = { ...preset.weights };
    delete weights[id];
    return { ...preset, weights };
  });
  return { ...doc, criteria: removeCriterion(doc.criteria, id), items, weightPresets };
}

export function setCriterionDirection(
  doc: Workshop,
  id: string,
  direction: Criterion['direction'],
): Workshop {
  return updateCriterion(doc, id, (c) => (c.direction === direction ? c : { ...c, direction }));
}

/**
 * Changes a scale. Scores already given stay as they were typed: a 7 on a criterion moved to
 * 1–5 is shown as outside the scale (and counts as 5, scoring.ts) until the room re-scores it,
 * rather than being silently converted into a number nobody chose.
 */
export function setCriterionScale(doc: Workshop, id: string, scale: Criterion['scale']): Workshop {
  return updateCriterion(doc, id, (c) =>
    c.scale.min === scale.min && c.scale.max === scale.max ? c : { ...c, scale },
  );
}

export function setCriterionWeight(doc: Workshop, id: string, weight: number): Workshop {
  return withCriteria(doc, setWeight(doc.criteria, id, weight));
}

export function setCriterionLocked(doc: Workshop, id: string, locked: boolean): Workshop {
  return withCriteria(doc, setLocked(doc.criteria, id, locked));
}

export function applyPresetWeights(
  doc: Workshop,
  weights: Readonly<Record<string, number>>,
): Workshop {
  return withCriteria(doc, applyWeights(doc.criteria, weights));
}

/** Saves the current weights as a named preset; the result says why when it cannot. */
export function savePreset(
  doc: Workshop,
  name: string,
  id: string = newId(),
): { doc: Workshop; result: SavePresetResult } {
  const result = saveCurrentAsPreset(doc.weightPresets, doc.criteria, name, id);
  return { doc: result.ok ? { ...doc, weightPresets: result.presets } : doc, result };
}

export function removePreset(doc: Workshop, id: string): Workshop {
  const weightPresets = deletePreset(doc.weightPresets, id);
  return weightPresets.length === doc.weightPresets.length ? doc : { ...doc, weightPresets };
}

/** Sets (or, with null, clears) one item's score on one criterion. */
export function setItemScore(
  doc: Workshop,
  itemId: string,
  criterionId: string,
  score: number | null,
): Workshop {
  let changed = false;
  const items = doc.items.map((item) => {
    if (item.id !== itemId) return item;
    const has = Object.hasOwn(item.scores, criterionId);
    if (score === null ? !has : item.scores[criterionId] === score) return item;
    changed = true;
    const scores = { ...item.scores };
    if (score === null) delete scores[criterionId];
    else scores[criterionId] = score;
    return { ...item, scores };
  });
  return changed ? { ...doc, items } : doc;
}
