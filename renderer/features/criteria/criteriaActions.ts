import { newId } from '../../../shared/ids';
import type { SavePresetResult } from '../../../shared/criteria/presets';
import type { Criterion, Workshop } from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';
import {
  addNewCriterion,
  applyPresetWeights,
  deleteCriterion,
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

/**
 * Named edits of the criteria section of the document. Each call is one undo entry; a call that
 * changes nothing records none. A slider drag calls `setCriterionWeight` many times inside one
 * gesture (beginGesture … endGesture), which the store records as one entry.
 */
export interface CriteriaActions {
  /** Applies a pure change made with the domain functions in `shared/` as one undo entry. */
  applyCriteriaChange(recipe: (doc: Workshop) => Workshop): void;
  /** Adds "New criterion" at an equal share of the weight; returns its id. */
  addCriterion(): string;
  renameCriterion(id: string, name: string): void;
  moveCriterion(id: string, toIndex: number): void;
  deleteCriterion(id: string): void;
  setCriterionDirection(id: string, direction: Criterion['direction']): void;
  setCriterionScale(id: string, scale: Criterion['scale']): void;
  setCriterionWeight(id: string, weight: number): void;
  setCriterionLocked(id: string, locked: boolean): void;
  applyWeightPreset(weights: Readonly<Record<string, number>>): void;
  saveWeightPreset(name: string): SavePresetResult;
  deleteWeightPreset(id: string): void;
  setItemScore(itemId: string, criterionId: string, score: number | null): void;
}

const NO_DOCUMENT: SavePresetResult = {
  ok: false,
  reason: 'empty-name',
  message: 'No workshop is open.',
};

export function criteriaActions(edit: Edit): CriteriaActions {
  return {
    applyCriteriaChange: (recipe) => edit(recipe),
    addCriterion: () => {
      const id = newId();
      edit((doc) => addNewCriterion(doc, id));
      return id;
    },
    renameCriterion: (id, name) => edit((doc) => renameCriterion(doc, id, name)),
    moveCriterion: (id, toIndex) => edit((doc) => moveCriterion(doc, id, toIndex)),
    deleteCriterion: (id) => edit((doc) => deleteCriterion(doc, id)),
    setCriterionDirection: (id, direction) =>
      edit((doc) => setCriterionDirection(doc, id, direction)),
    setCriterionScale: (id, scale) => edit((doc) => setCriterionScale(doc, id, scale)),
    setCriterionWeight: (id, weight) => edit((doc) => setCriterionWeight(doc, id, weight)),
    setCriterionLocked: (id, locked) => edit((doc) => setCriterionLocked(doc, id, locked)),
    applyWeightPreset: (weights) => edit((doc) => applyPresetWeights(doc, weights)),
    saveWeightPreset: (name) => {
      // The edit runs synchronously; the holder carries its outcome out of the recipe.
      const outcome = { result: NO_DOCUMENT };
      edit((doc) => {
        const saved = savePreset(doc, name);
        outcome.result = saved.result;
        return saved.doc;
      });
      return outcome.result;
    },
    deleteWeightPreset: (id) => edit((doc) => removePreset(doc, id)),
    setItemScore: (itemId, criterionId, score) =>
      edit((doc) => setItemScore(doc, itemId, criterionId, score)),
  };
}
