import type { Roadmap, Workshop } from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';

/**
 * Named edits of the roadmap section of the document. Each call is one undo entry (a drag wraps
 * its live previews in a gesture, which records one); a recipe that returns the same document
 * records none.
 */
export interface RoadmapActions {
  /** Applies a pure change made with the domain functions in `shared/` as one undo entry. */
  applyRoadmapChange(recipe: (doc: Workshop) => Workshop): void;
  /** The same for a change of `doc.roadmap` alone (placements, periods, capacity). */
  changeRoadmap(recipe: (roadmap: Roadmap) => Roadmap): void;
}

export function roadmapActions(edit: Edit): RoadmapActions {
  return {
    applyRoadmapChange: (recipe) => edit(recipe),
    changeRoadmap: (recipe) =>
      edit((doc) => {
        const roadmap = recipe(doc.roadmap);
        return roadmap === doc.roadmap ? doc : { ...doc, roadmap };
      }),
  };
}
