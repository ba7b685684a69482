import { formatMoney } from '../../../shared/format/numbers';
import { sizeMarket, somOfSizing } from '../../../shared/market/funnel';
import type { MarketModel } from '../../../shared/workshop/schema';

export interface SomSummary {
  /** "SOM $12M", or "SOM not sized yet". */
  text: string;
  /** For the details: which estimate it is and of which model. */
  detail: string;
}

/**
 * The obtainable market of the model attached to an item (issue 5's funnel), chosen by
 * `somOfSizing`: the bottom-up estimate when complete, the top-down one otherwise.
 */
export function somSummary(model: MarketModel, currency: string): SomSummary {
  const sizing = sizeMarket(model);
  const som = somOfSizing(sizing);
  if (som !== null) {
    const money = formatMoney(som.value, currency);
    return { text: `SOM ${money}`, detail: `${model.name}: SOM ${money} a year (${som.basis})` };
  }
  const topDown = sizing.topDown.som;
  const firstMissing = topDown.status === 'incomplete' ? topDown.missing[0] : undefined;
  return {
    text: 'SOM not sized yet',
    detail: `${model.name}: not sized yet (${firstMissing?.description ?? 'inputs missing'})`,
  };
}
