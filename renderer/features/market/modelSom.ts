import { sizeMarket, type MarketSizing } from '../../../shared/market/funnel';
import type { MarketModel } from '../../../shared/workshop/schema';

export interface AttachedSom {
  /** Annual SOM in the workshop's currency. */
  value: number;
  basis: 'bottom-up' | 'top-down';
}

/**
 * The SOM a backlog item sized by a market model shows (issue 5: "the item then shows its SOM").
 * The bottom-up estimate when it is complete, as it is built from customers the team can name;
 * otherwise the top-down one; null while neither is complete.
 */
export function somOfSizing(sizing: MarketSizing): AttachedSom | null {
  if (sizing.bottomUp.som.status === 'complete') {
    return { value: sizing.bottomUp.som.value, basis: 'bottom-up' };
  }
  if (sizing.topDown.som.status === 'complete') {
    return { value: sizing.topDown.som.value, basis: 'top-down' };
  }
  return null;
}

export function attachedSom(model: MarketModel): AttachedSom | null {
  return somOfSizing(sizeMarket(model));
}
