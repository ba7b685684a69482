import { scaleBand, scaleLinear } from 'd3';
import { formatMoney, formatPercent } from '../../shared/format/numbers';
import { FUNNEL_LEVELS, type FunnelLevel } from '../../shared/market/funnel';
import type { SegmentStack, StackBar } from '../../shared/market/segmentStack';
import { AxisBottom, AxisLeft, bottomAxisHeight, leftAxisWidth } from './axes';
import { ChartFrame, type ChartLayout, type ChartSizeProps } from './ChartFrame';
import type { ChartTable } from './DataTable';
import { estimateTextWidth, valueFormatter } from './format';
import { Legend, legendLayout } from './Legend';
import { categoricalColour, labelColourOn } from './palette';
import { bandTicks, linearTicks } from './ticks';

/**
 * The bottom-up segments stacked in one column per level (TAM, SAM, SOM), issue 5. In `value`
 * mode the columns are to scale, so SOM is small next to TAM, as it is; `share` mode stretches
 * every column to 100% to compare the segments' mix at each level.
 */

export type StackMode = 'value' | 'share';

export interface StackedBarChartProps extends ChartSizeProps {
  title: string;
  description?: string;
  stack: SegmentStack;
  currency: string;
  mode?: StackMode;
}

const LEVEL_LABEL: Record<FunnelLevel, string> = { tam: 'TAM', sam: 'SAM', som: 'SOM' };
const LABEL_BY_KEY = new Map<string, string>(Object.entries(LEVEL_LABEL));

function segmentName(name: string): string {
  return name.trim() === '' ? 'Unnamed segment' : name;
}

function barText(bar: StackBar | undefined, currency: string): string {
  if (!bar) return 'Not set';
  const share = bar.sharePct === null ? '' : ` (${formatPercent(bar.sharePct)})`;
  return `${formatMoney(bar.value, currency)}${share}`;
}

function columnTotalText(stack: SegmentStack, level: FunnelLevel, currency: string): string {
  const column = stack.columns.find((c) => c.level === level);
  if (!column) return '—';
  return `${formatMoney(column.total, currency)}${column.complete ? '' : ' (partial)'}`;
}

export function stackTable(title: string, stack: SegmentStack, currency: string): ChartTable {
  return {
    caption: title,
    rowHeader: 'Segment',
    columns: FUNNEL_LEVELS.map((level) => LEVEL_LABEL[level]),
    rows: [
      ...stack.series.map((series) => ({
        key: series.segmentId,
        header: segmentName(series.name),
        cells: FUNNEL_LEVELS.map((level) =>
          barText(
            series.bars.find((bar) => bar.level === level),
            currency,
          ),
        ),
      })),
      {
        key: 'total',
        header: 'Total',
        cells: FUNNEL_LEVELS.map((level) => columnTotalText(stack, level, currency)),
      },
    ],
  };
}

function describeStack(stack: SegmentStack, currency: string): string {
  if (stack.series.length === 0) return 'No segments yet.';
  const names = stack.series.map((s) => segmentName(s.name)).join(', ');
  const totals = FUNNEL_LEVELS.map(
    (level) => `${LEVEL_LABEL[level]} ${columnTotalText(stack, level, currency)}`,
  ).join(', ');
  return `${stack.series.length} segments stacked per level (${names}). Totals: ${totals}.`;
}

export function StackedBarChart(props: StackedBarChartProps) {
  const { title, stack, currency } = props;
  const generated = describeStack(stack, currency);
  return (
    <ChartFrame
      {...props}
      description={props.description ? `${props.description} ${generated}` : generated}
      height={props.height ?? ((width) => Math.min(480, Math.max(280, width * 0.55)))}
      table={stackTable(title, stack, currency)}
    >
      {(layout) => <Stacks layout={layout} {...props} />}
    </ChartFrame>
  );
}

function Stacks({
  layout,
  stack,
  currency,
  mode = 'value',
}: StackedBarChartProps & { layout: ChartLayout }) {
  const { width, height, type } = layout;
  const legend = legendLayout(
    stack.series.map((s, index) => ({
      key: s.segmentId,
      label: segmentName(s.name),
      swatch: 'block' as const,
      colour: categoricalColour(index),
    })),
    width,
    type,
  );
  const format =
    mode === 'share'
      ? valueFormatter({ kind: 'percent' })
      : valueFormatter({ kind: 'money', currency });
  const yTitle = mode === 'share' ? 'Share of the level' : `Annual value (${currency})`;
  const yMax = mode === 'share' ? 100 : stack.maxTotal > 0 ? stack.maxTotal : 1;
  const tickCount = Math.max(3, Math.round(height / (type.base * 4)));
  const provisional = linearTicks(scaleLinear().domain([0, yMax]).nice(), tickCount, format);

  const top = legend.height + Math.round(type.value * 2);
  const left = leftAxisWidth(provisional, type, yTitle);
  const bottom = bottomAxisHeight(type);
  const plotWidth = Math.max(10, width - left - type.base);
  const plotHeight = Math.max(10, height - top - bottom);
  const y = scaleLinear().domain([0, yMax]).nice().range([plotHeight, 0]);
  const x = scaleBand<string>().domain(FUNNEL_LEVELS).range([0, plotWidth]).padding(0.35);
  const totalOf = new Map(stack.columns.map((c) => [c.level, c.total]));
  // In share mode a band's bounds are its offsets as a share of the column's total.
  const toAxis = (amount: number, level: FunnelLevel) => {
    if (mode === 'value') return amount;
    const total = totalOf.get(level) ?? 0;
    return total > 0 ? (amount / total) * 100 : 0;
  };

  return (
    <>
      <Legend layout={legend} type={type} />
      <g transform={`translate(${left},${top})`}>
        <AxisLeft
          ticks={linearTicks(y, tickCount, format)}
          plotWidth={plotWidth}
          plotHeight={plotHeight}
          type={type}
          title={yTitle}
        />
        {stack.series.length === 0 ? (
          <text
            className="chart__muted-label"
            x={plotWidth / 2}
            y={plotHeight / 2}
            textAnchor="middle"
            fontSize={type.value}
          >
            Add a segment to see the stack
          </text>
        ) : null}
        {stack.series.map((series, index) => {
          const colour = categoricalColour(index);
          return (
            <g key={series.segmentId} className="chart__series" data-series={series.segmentId}>
              {series.bars.map((bar) => {
                const barTop = y(toAxis(bar.y1, bar.level));
                const barHeight = Math.max(0, y(toAxis(bar.y0, bar.level)) - barTop);
                const label =
                  mode === 'share'
                    ? formatPercent(bar.sharePct ?? 0)
                    : formatMoney(bar.value, currency);
                const fits =
                  barHeight >= type.tick * 1.5 &&
                  estimateTextWidth(label, type.tick) <= x.bandwidth() - 6;
                return (
                  <g key={bar.level}>
                    <rect
                      className="chart__bar chart__mark"
                      x={x(bar.level)}
                      y={barTop}
                      width={x.bandwidth()}
                      height={barHeight}
                      fill={colour}
                    >
                      <title>{`${segmentName(series.name)}, ${LEVEL_LABEL[bar.level]}: ${barText(bar, currency)}`}</title>
                    </rect>
                    {fits ? (
                      <text
                        className="chart__bar-label"
                        x={(x(bar.level) ?? 0) + x.bandwidth() / 2}
                        y={barTop + barHeight / 2}
                        dy="0.35em"
                        textAnchor="middle"
                        fill={labelColourOn(colour)}
                        fontSize={type.tick}
                      >
                        {label}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
        {stack.series.length > 0
          ? FUNNEL_LEVELS.map((level) => (
              <text
                key={`total-${level}`}
                className="chart__value-label"
                x={(x(level) ?? 0) + x.bandwidth() / 2}
                y={y(toAxis(totalOf.get(level) ?? 0, level)) - type.value * 0.5}
                textAnchor="middle"
                fontSize={type.value}
              >
                {columnTotalText(stack, level, currency)}
              </text>
            ))
          : null}
        <AxisBottom
          ticks={bandTicks(x, (key) => LABEL_BY_KEY.get(key) ?? key)}
          plotWidth={plotWidth}
          plotHeight={plotHeight}
          type={type}
        />
      </g>
    </>
  );
}
