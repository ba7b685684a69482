import { useId, useMemo, useState } from 'react';
import type { GrowthProjection } from '../../../shared/growth/model';
import { growthChartData, type GrowthMetric } from '../../charts/growthSeries';
import { LineChart } from '../../charts/LineChart';
import type { YScaleKind } from '../../charts/lineScales';
import { ChartExportButtons } from './ChartExportButtons';
import { Segmented } from './Segmented';

const METRICS = [
  { value: 'revenue', label: 'Revenue' },
  { value: 'arpu', label: 'ARPU' },
] as const satisfies readonly { value: GrowthMetric; label: string }[];

const SCALES = [
  { value: 'linear', label: 'Linear' },
  { value: 'log', label: 'Log' },
] as const satisfies readonly { value: YScaleKind; label: string }[];

interface GrowthChartCardProps {
  modelName: string;
  projection: GrowthProjection;
  currency: string;
}

/** The three scenarios on one line chart, revenue or ARPU, linear or log, over the healthy band. */
export function GrowthChartCard({ modelName, projection, currency }: GrowthChartCardProps) {
  const [metric, setMetric] = useState<GrowthMetric>('revenue');
  const [scale, setScale] = useState<YScaleKind>('linear');
  const headingId = useId();
  const data = useMemo(
    () => growthChartData(projection, { metric, currency }),
    [projection, metric, currency],
  );
  const title = metric === 'revenue' ? 'Revenue by scenario' : 'ARPU by scenario';

  return (
    <section className="market-card market-chart" aria-labelledby={headingId}>
      <div className="market-card__heading">
        <h3 className="market-card__title" id={headingId}>
          Growth chart
        </h3>
        <div className="market-card__controls">
          <Segmented legend="Show" options={METRICS} value={metric} onChange={setMetric} />
          <Segmented legend="Scale" options={SCALES} value={scale} onChange={setScale} />
        </div>
      </div>
      <LineChart
        title={title}
        {...data}
        description={`${modelName}. ${data.description}`}
        yScale={scale}
        toolbar={<ChartExportButtons fileNameParts={[modelName, title]} />}
      />
    </section>
  );
}
