import { formatMoney } from '../../../shared/format/numbers';
import { funnelSteps, sizeMarket, type MarketSizing } from '../../../shared/market/funnel';
import type { MarketModel, Workshop } from '../../../shared/workshop/schema';
import { FunnelChart } from '../../charts/FunnelChart';
import { chartWidths, PRINT_FONT_PX, type PageSize } from './pageGeometry';

/**
 * Market sizing, where the workshop has any (issue 6: "where present, the market and growth
 * charts"): per model the top-down and bottom-up funnels side by side on one scale, so equal
 * amounts have equal lengths, and the sentence comparing the two TAMs.
 */
export function MarketPages({ doc, pageSize }: { doc: Workshop; pageSize: PageSize }) {
  if (doc.markets.length === 0) return null;
  return (
    <section className="print-section print-section--new-page" aria-labelledby="print-markets">
      <h2 id="print-markets" className="print-section__heading">
        Market sizing
      </h2>
      <p className="print-section__lead">
        TAM: the whole market’s annual spend; SAM: the part you can serve; SOM: the part you can
        realistically win. Annual amounts in {doc.settings.currency}.
      </p>
      {doc.markets.map((model) => (
        <MarketModelBlock key={model.id} model={model} doc={doc} pageSize={pageSize} />
      ))}
    </section>
  );
}

/**
 * The sentence under the funnels: how the two TAMs compare, the segments behind the bottom-up
 * one, and the backlog items this market backs.
 */
export function marketFacts(sizing: MarketSizing, backs: readonly string[], currency: string) {
  const gap = sizing.gap
    ? `${sizing.gap.sentence}.`
    : 'The two TAMs can be compared once both are complete.';
  const count = sizing.segments.length;
  const segments = sizing.segments
    .map((s) => {
      const tam = s.tam.status === 'complete' ? formatMoney(s.tam.value, currency) : 'incomplete';
      return `${s.name.trim() || 'Unnamed segment'} (TAM ${tam})`;
    })
    .join(', ');
  const bottomUp =
    count > 0 ? ` Bottom-up from ${count} segment${count === 1 ? '' : 's'}: ${segments}.` : '';
  const backed = backs.length > 0 ? ` Backs: ${backs.join(', ')}.` : '';
  return `${gap}${bottomUp}${backed}`;
}

function largestValue(...values: (number | null)[]): number {
  return Math.max(0, ...values.map((v) => v ?? 0));
}

function MarketModelBlock({
  model,
  doc,
  pageSize,
}: {
  model: MarketModel;
  doc: Workshop;
  pageSize: PageSize;
}) {
  const sizing = sizeMarket(model);
  const topDown = funnelSteps(sizing.topDown);
  const bottomUp = funnelSteps(sizing.bottomUp);
  const scaleMax = largestValue(...topDown.map((s) => s.value), ...bottomUp.map((s) => s.value));
  const { half } = chartWidths(pageSize);
  const currency = doc.settings.currency;
  const backs = doc.items.filter((item) => item.marketModelId === model.id).map((i) => i.title);
  const chart = { width: half, fontSize: PRINT_FONT_PX, animate: false, scaleMax, currency };
  return (
    <article className="print-block" aria-label={`Market: ${model.name}`}>
      <h3 className="print-section__subheading">{model.name}</h3>
      {model.notes.trim() ? <p className="print-block__notes">{model.notes}</p> : null}
      <div className="print-pair">
        <FunnelChart {...chart} title={`${model.name}: top-down`} steps={topDown} />
        <FunnelChart {...chart} title={`${model.name}: bottom-up`} steps={bottomUp} />
      </div>
      <p className="print-block__facts">{marketFacts(sizing, backs, currency)}</p>
    </article>
  );
}
