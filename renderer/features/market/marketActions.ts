import type { Workshop } from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';

/**
 * Named edits of the market section of the document. Each call is one undo entry; a recipe that
 * returns the same document records none.
 */
export interface MarketActions {
  /** Applies a pure change made with the domain functions in `shared/` as one undo entry. */
  applyMarketChange(recipe: (doc: Workshop) => Workshop): void;
}

export function marketActions(edit: Edit): MarketActions {
  return {
    applyMarketChange: (recipe) => edit(recipe),
  };
}
