import { scaleLinear } from 'd3';
import { formatMoney, formatPercent } from '../../shared/format/numbers';
import type { FunnelStep } from '../../shared/market/funnel';
import { ChartFrame, type ChartLayout, type ChartSizeProps } from './ChartFrame';
import type { ChartTable } from './DataTable';
import { estimateTextWidth, fitText } from './format';
import { categoricalColour, labelColourOn } from './palette';

/**
 * TAM → SAM → SOM as a stepped bar (issue 5): one bar per level, lengths to scale, joined by
 * shaded steps so the narrowing reads as a funnel, each labelled with its value and its share.
 * One funnel per chart; the market view draws top-down and bottom-up side by side with the same
 * `scaleMax`, so equal amounts have equal lengths in both.
 */

export interface FunnelChartProps extends ChartSizeProps {
  title: string;
  /** Optional extra sentence before the generated description of the values. */
  description?: string;
  steps: readonly FunnelStep[];
  currency: string;
  /** The amount a full-width bar stands for; default this funnel's largest value. */
  scaleMax?: number;
  colour?: string;
}

/**
 * "25% of TAM", "10% of SAM · 2.5% of TAM": the shares a room reads next to the value (none for
 * TAM itself, which is the whole).
 */
export function shareText(step: FunnelStep): string {
  if (step.level === 'tam') return '';
  const parts: string[] = [];
  const previous = step.level === 'sam' ? 'TAM' : 'SAM';
  if (step.pctOfPrevious !== null)
    parts.push(`${formatPercent(step.pctOfPrevious)} of ${previous}`);
  if (step.level === 'som' && step.pctOfTam !== null) {
    parts.push(`${formatPercent(step.pctOfTam)} of TAM`);
  }
  return parts.join(' · ');
}

function valueText(step: FunnelStep, currency: string): string {
  return step.value === null ? 'Not set' : formatMoney(step.value, currency);
}

function describeFunnel(steps: readonly FunnelStep[], currency: string): string {
  return steps
    .map((step) => {
      const share = shareText(step);
      const value = step.value === null ? 'not set yet' : formatMoney(step.value, currency);
      return `${step.label}, ${step.meaning}: ${value}${share ? ` (${share})` : ''}.`;
    })
    .join(' ');
}

export function funnelTable(
  title: string,
  steps: readonly FunnelStep[],
  currency: string,
): ChartTable {
  const pct = (value: number | null) => (value === null ? '—' : formatPercent(value));
  return {
    caption: title,
    rowHeader: 'Level',
    columns: ['Meaning', 'Annual value', 'Share of previous level', 'Share of TAM'],
    rows: steps.map((step) => ({
      key: step.level,
      header: step.label,
      cells: [
        step.meaning,
        step.value === null ? 'Not set' : formatMoney(step.value, currency),
        step.level === 'tam' ? '—' : pct(step.pctOfPrevious),
        pct(step.pctOfTam),
      ],
    })),
  };
}

function naturalHeight(steps: number) {
  return (_width: number, type: ChartLayout['type']) => Math.round(steps * type.base * 3.6);
}

export function FunnelChart(props: FunnelChartProps) {
  const { title, steps, currency } = props;
  const generated = describeFunnel(steps, currency);
  return (
    <ChartFrame
      {...props}
      description={props.description ? `${props.description} ${generated}` : generated}
      height={props.height ?? naturalHeight(steps.length)}
      table={funnelTable(title, steps, currency)}
    >
      {(layout) => <FunnelBars layout={layout} {...props} />}
    </ChartFrame>
  );
}

function FunnelBars({
  layout,
  steps,
  currency,
  scaleMax,
  colour = categoricalColour(0),
}: FunnelChartProps & { layout: ChartLayout }) {
  const { width, height, type } = layout;
  const gutter = Math.ceil(estimateTextWidth('SOM', type.value) + type.base);
  const barsWidth = Math.max(10, width - gutter);
  const rowHeight = height / Math.max(1, steps.length);
  const barHeight = Math.max(type.value * 1.6, rowHeight * 0.56);
  const largest = Math.max(0, ...steps.map((step) => step.value ?? 0));
  const max = scaleMax !== undefined && scaleMax > 0 ? scaleMax : largest;
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, barsWidth]);
  const textColour = labelColourOn(colour);

  // A non-zero value never vanishes: at least a sliver shows that it exists.
  const lengthOf = (step: FunnelStep) =>
    step.value === null ? 0 : step.value > 0 ? Math.max(3, x(step.value)) : 0;
  const rows = steps.map((step, index) => {
    const top = index * rowHeight + (rowHeight - barHeight) / 2;
    return { step, top, length: lengthOf(step) };
  });

  return (
    <g className="chart__funnel" transform={`translate(${gutter},0)`}>
      {rows.slice(1).map((row, index) => {
        const above = rows[index];
        if (!above || above.step.value === null || row.step.value === null) return null;
        const y0 = above.top + barHeight;
        return (
          <path
            key={`step-${row.step.level}`}
            className="chart__connector chart__mark"
            d={`M0,${y0}L${above.length},${y0}L${row.length},${row.top}L0,${row.top}Z`}
          />
        );
      })}
      {rows.map(({ step, top, length }) => {
        const middle = top + barHeight / 2;
        const share = shareText(step);
        const label = share ? `${valueText(step, currency)} · ${share}` : valueText(step, currency);
        return (
          <g key={step.level} className="chart__funnel-step" data-level={step.level}>
            <text
              className="chart__level-label"
              x={-type.base * 0.5}
              y={middle}
              dy="0.35em"
              textAnchor="end"
              fontSize={type.value}
            >
              {step.label}
            </text>
            {step.value === null ? (
              <rect
                className="chart__placeholder"
                x={0}
                y={top}
                width={barsWidth}
                height={barHeight}
                rx={3}
              />
            ) : (
              <rect
                className="chart__mark"
                x={0}
                y={top}
                width={length}
                height={barHeight}
                rx={3}
                fill={colour}
              >
                <title>{`${step.label} (${step.meaning}): ${label}`}</title>
              </rect>
            )}
            <StepLabel
              value={valueText(step, currency)}
              share={share}
              length={length}
              room={barsWidth}
              middle={middle}
              type={type}
              insideColour={textColour}
            />
          </g>
        );
      })}
    </g>
  );
}

interface StepLabelProps {
  value: string;
  share: string;
  /** The bar's length and the room for bar plus label, in pixels. */
  length: number;
  room: number;
  middle: number;
  type: ChartLayout['type'];
  insideColour: string;
}

/**
 * "$300M · 25% of TAM" inside the bar when it fits there, else after the bar's end; where even
 * that is too narrow (side by side on a laptop), the share goes on a second line.
 */
function StepLabel({ value, share, length, room, middle, type, insideColour }: StepLabelProps) {
  const pad = type.base * 0.5;
  const oneLine = share ? `${value} · ${share}` : value;
  const width = estimateTextWidth(oneLine, type.value);
  if (length - 2 * pad >= width) {
    return (
      <text
        className="chart__value-label"
        x={length - pad}
        y={middle}
        dy="0.35em"
        textAnchor="end"
        fill={insideColour}
        fontSize={type.value}
      >
        {oneLine}
      </text>
    );
  }
  const outside = room - length - pad;
  if (width <= outside || !share) {
    return (
      <text
        className="chart__value-label"
        x={length + pad}
        y={middle}
        dy="0.35em"
        fontSize={type.value}
      >
        {fitText(oneLine, outside, type.value)}
      </text>
    );
  }
  return (
    <>
      <text
        className="chart__value-label"
        x={length + pad}
        y={middle - type.value * 0.25}
        fontSize={type.value}
      >
        {fitText(value, outside, type.value)}
      </text>
      <text
        className="chart__share-label"
        x={length + pad}
        y={middle + type.label * 1.05}
        fontSize={type.label}
      >
        {fitText(share, outside, type.label)}
      </text>
    </>
  );
}
