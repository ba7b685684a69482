import { formatCount, formatMoney, formatPercent } from '../../../shared/format/numbers';
import { projectGrowth } from '../../../shared/growth/model';
import type { GrowthModel, Workshop } from '../../../shared/workshop/schema';
import { growthChartData } from '../../charts/growthSeries';
import { LineChart } from '../../charts/LineChart';
import { chartWidths, PRINT_FONT_PX, type PageSize } from './pageGeometry';

/** Tall enough to read three lines apart, short enough for two models on a page. */
const GROWTH_CHART_HEIGHT = 240;

/**
 * ARPU / consumption growth, where the workshop has any: per model the revenue of the three
 * scenarios against the healthy 20–40% ARPU growth band, with the assumptions beside it.
 */
export function GrowthPages({ doc, pageSize }: { doc: Workshop; pageSize: PageSize }) {
  if (doc.growthModels.length === 0) return null;
  return (
    <section className="print-section print-section--new-page" aria-labelledby="print-growth">
      <h2 id="print-growth" className="print-section__heading">
        Growth from existing customers
      </h2>
      {doc.growthModels.map((model) => (
        <GrowthModelBlock
          key={model.id}
          model={model}
          currency={doc.settings.currency}
          pageSize={pageSize}
        />
      ))}
    </section>
  );
}

function assumptions(model: GrowthModel, currency: string): string {
  const { conservative, base, aggressive } = model.scenarios;
  const arpu = `${formatMoney(model.startArpu, currency)} per ${model.arpuPeriod}`;
  const growth = [conservative, base, aggressive]
    .map((s) => formatPercent(s.arpuGrowthPct))
    .join(' / ');
  const churn = [conservative, base, aggressive].map((s) => formatPercent(s.churnPct)).join(' / ');
  return (
    `Starts with ${formatCount(model.startCustomers, { one: 'customer', other: 'customers' })} at ${arpu}, ` +
    `over ${model.horizonYears} year${model.horizonYears === 1 ? '' : 's'} by ${model.step}. ` +
    `ARPU growth a year (conservative / base / aggressive): ${growth}; churn: ${churn}.`
  );
}

function GrowthModelBlock({
  model,
  currency,
  pageSize,
}: {
  model: GrowthModel;
  currency: string;
  pageSize: PageSize;
}) {
  const data = growthChartData(projectGrowth(model), { metric: 'revenue', currency });
  return (
    <article className="print-block" aria-label={`Growth: ${model.name}`}>
      <h3 className="print-section__subheading">{model.name}</h3>
      <p className="print-block__facts">{assumptions(model, currency)}</p>
      <LineChart
        title={`${model.name}: revenue by scenario`}
        description={data.description}
        series={data.series}
        band={data.band}
        yUnit={data.yUnit}
        yTitle={data.yTitle}
        xTitle={data.xTitle}
        xTicks={data.xTicks}
        formatXTick={data.formatXTick}
        formatXPoint={data.formatXPoint}
        width={chartWidths(pageSize).full}
        height={GROWTH_CHART_HEIGHT}
        fontSize={PRINT_FONT_PX}
        animate={false}
      />
    </article>
  );
}
