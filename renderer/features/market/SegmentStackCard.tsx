import { useMemo, useState } from 'react';
import type { SegmentFunnel } from '../../../shared/market/funnel';
import { segmentStack } from '../../../shared/market/segmentStack';
import { StackedBarChart, type StackMode } from '../../charts/StackedBarChart';
import { ChartExportButtons } from './ChartExportButtons';
import { Segmented } from './Segmented';

const MODES = [
  { value: 'value', label: 'Amounts' },
  { value: 'share', label: 'Shares' },
] as const satisfies readonly { value: StackMode; label: string }[];

const TITLE = 'Segments at each level';

/** The bottom-up segments stacked per level, to scale or as each level's mix. */
export function SegmentStackCard({
  modelName,
  segments,
  currency,
}: {
  modelName: string;
  segments: readonly SegmentFunnel[];
  currency: string;
}) {
  const [mode, setMode] = useState<StackMode>('value');
  const stack = useMemo(() => segmentStack(segments), [segments]);
  return (
    <section className="market-card market-card--wide market-chart" aria-label={TITLE}>
      <div className="market-card__heading">
        <h3 className="market-card__title">Bottom-up segments</h3>
        <Segmented legend="Show" options={MODES} value={mode} onChange={setMode} />
      </div>
      <StackedBarChart
        title={TITLE}
        description={`${modelName}, bottom-up estimate by segment.`}
        stack={stack}
        currency={currency}
        mode={mode}
        toolbar={<ChartExportButtons fileNameParts={[modelName, TITLE]} />}
      />
    </section>
  );
}
