import { sizeMarket, somOfSizing, type AttachedSom } from '../../../shared/market/funnel';
import type { MarketModel } from '../../../shared/workshop/schema';

/** The SOM a backlog item sized by this model shows (rule: `somOfSizing`). */
export function attachedSom(model: MarketModel): AttachedSom | null {
  return somOfSizing(sizeMarket(model));
}
