import type { Workshop } from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';

/**
 * Named edits of the roadmap section of the document. Each call is one undo entry; a recipe that
 * returns the same document records none.
 */
export interface RoadmapActions {
  /** Applies a pure change made with the domain functions in `shared/` as one undo entry. */
  applyRoadmapChange(recipe: (doc: Workshop) => Workshop): void;
}

export function roadmapActions(edit: Edit): RoadmapActions {
  return {
    applyRoadmapChange: (recipe) => edit(recipe),
  };
}
