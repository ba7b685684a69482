import { newId } from '../../../shared/ids';
import type { ScenarioName } from '../../../shared/growth/model';
import type {
  GrowthScenario,
  MarketModel,
  Segment,
  Workshop,
} from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';
import * as recipes from './marketRecipes';

/**
 * Named edits of the market section of the document. Each call is one undo entry; a call that
 * changes nothing records none.
 */
export interface MarketActions {
  /** Applies a pure change made with the domain functions in `shared/` as one undo entry. */
  applyMarketChange(recipe: (doc: Workshop) => Workshop): void;
  /** Adds a market model and returns its id (to select it). */
  addMarketModel(): string;
  renameMarketModel(id: string, name: string): void;
  /** Copies a market model and returns the copy's id. */
  duplicateMarketModel(id: string): string;
  /** Deletes a market model and detaches the items it sized. */
  deleteMarketModel(id: string): void;
  setTopDown(id: string, patch: Partial<MarketModel['topDown']>): void;
  setMarketFields(id: string, patch: Partial<Pick<MarketModel, 'notes' | 'gapFactor'>>): void;
  addSegment(modelId: string): void;
  removeSegment(modelId: string, segmentId: string): void;
  updateSegment(modelId: string, segmentId: string, patch: Partial<Omit<Segment, 'id'>>): void;
  /** Sets which market model sizes a backlog item; null detaches it. */
  setItemMarketModel(itemId: string, modelId: string | null): void;
  addGrowthModel(): string;
  renameGrowthModel(id: string, name: string): void;
  duplicateGrowthModel(id: string): string;
  deleteGrowthModel(id: string): void;
  setGrowthInputs(id: string, patch: recipes.GrowthInputsPatch): void;
  setScenario(id: string, scenario: ScenarioName, patch: Partial<GrowthScenario>): void;
  /** The workshop's ISO 4217 currency, used by every money format. */
  setCurrency(currency: string): void;
}

export function marketActions(edit: Edit): MarketActions {
  return {
    applyMarketChange: (recipe) => edit(recipe),
    addMarketModel: () => {
      const id = newId();
      edit(recipes.addMarketModel(id));
      return id;
    },
    renameMarketModel: (id, name) => edit(recipes.renameMarketModel(id, name)),
    duplicateMarketModel: (id) => {
      const copyId = newId();
      edit(recipes.duplicateMarketModel(id, copyId));
      return copyId;
    },
    deleteMarketModel: (id) => edit(recipes.deleteMarketModel(id)),
    setTopDown: (id, patch) => edit(recipes.setTopDown(id, patch)),
    setMarketFields: (id, patch) => edit(recipes.setMarketFields(id, patch)),
    addSegment: (modelId) => edit(recipes.addSegment(modelId)),
    removeSegment: (modelId, segmentId) => edit(recipes.removeSegment(modelId, segmentId)),
    updateSegment: (modelId, segmentId, patch) =>
      edit(recipes.updateSegment(modelId, segmentId, patch)),
    setItemMarketModel: (itemId, modelId) => edit(recipes.attachItem(itemId, modelId)),
    addGrowthModel: () => {
      const id = newId();
      edit(recipes.addGrowthModel(id));
      return id;
    },
    renameGrowthModel: (id, name) => edit(recipes.renameGrowthModel(id, name)),
    duplicateGrowthModel: (id) => {
      const copyId = newId();
      edit(recipes.duplicateGrowthModel(id, copyId));
      return copyId;
    },
    deleteGrowthModel: (id) => edit(recipes.deleteGrowthModel(id)),
    setGrowthInputs: (id, patch) => edit(recipes.setGrowthInputs(id, patch)),
    setScenario: (id, scenario, patch) => edit(recipes.setScenario(id, scenario, patch)),
    setCurrency: (currency) => edit(recipes.setCurrency(currency)),
  };
}
