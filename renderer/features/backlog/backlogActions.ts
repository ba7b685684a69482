import type { Workshop } from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';

/**
 * Named edits of the backlog section of the document. Each call is one undo entry; a recipe that
 * returns the same document records none.
 */
export interface BacklogActions {
  /** Applies a pure change made with the domain functions in `shared/` as one undo entry. */
  applyBacklogChange(recipe: (doc: Workshop) => Workshop): void;
}

export function backlogActions(edit: Edit): BacklogActions {
  return {
    applyBacklogChange: (recipe) => edit(recipe),
  };
}
