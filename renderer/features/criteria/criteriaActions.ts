import type { Workshop } from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';

/**
 * Named edits of the criteria section of the document. Each call is one undo entry; a recipe that
 * returns the same document records none.
 */
export interface CriteriaActions {
  /** Applies a pure change made with the domain functions in `shared/` as one undo entry. */
  applyCriteriaChange(recipe: (doc: Workshop) => Workshop): void;
}

export function criteriaActions(edit: Edit): CriteriaActions {
  return {
    applyCriteriaChange: (recipe) => edit(recipe),
  };
}
