import { formatMoney } from '../../../shared/format/numbers';
import { sizeMarket } from '../../../shared/market/funnel';
import type { MarketModel } from '../../../shared/workshop/schema';

export interface SomSummary {
  /** "SOM $12M", or "SOM not sized yet". */
  text: string;
  /** For the details: which estimate it is and of which model. */
  detail: string;
}

/**
 * The obtainable market of the model attached to an item (issue 5's funnel): the bottom-up
 * estimate when its segments are complete, the top-down one otherwise.
 */
export function somSummary(model: MarketModel, currency: string): SomSummary {
  const sizing = sizeMarket(model);
  const bottomUp = sizing.bottomUp.som;
  const topDown = sizing.topDown.som;
  if (bottomUp.status === 'complete') {
    const money = formatMoney(bottomUp.value, currency);
    return { text: `SOM ${money}`, detail: `${model.name}: SOM ${money} a year (bottom-up)` };
  }
  if (topDown.status === 'complete') {
    const money = formatMoney(topDown.value, currency);
    return { text: `SOM ${money}`, detail: `${model.name}: SOM ${money} a year (top-down)` };
  }
  return {
    text: 'SOM not sized yet',
    detail: `${model.name}: not sized yet (${topDown.missing[0]?.description ?? 'inputs missing'})`,
  };
}
