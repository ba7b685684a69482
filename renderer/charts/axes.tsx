import { fitText, type ChartType } from './format';
import { widestLabel, type Tick } from './ticks';

/**
 * Bottom and left axes, drawn in the plot's coordinates (origin at the plot's top-left corner):
 * tick marks, labels formatted like the rest of the app (`shared/format/numbers.ts`, through
 * `format.ts`), gridlines, and an axis title that carries the unit ("Revenue per year (USD)").
 *
 * The `…AxisSize` helpers return the margin an axis needs, so a chart sizes its plot from the
 * same numbers the axis draws with.
 */

const TICK_LENGTH = 5;
const LABEL_GAP = 4;

export function leftAxisWidth(ticks: readonly Tick[], type: ChartType, title?: string): number {
  const labels = widestLabel(ticks, type.tick) + TICK_LENGTH + LABEL_GAP;
  return Math.ceil(labels + (title ? type.label * 1.8 : 0));
}

export function bottomAxisHeight(type: ChartType, title?: string): number {
  return Math.ceil(TICK_LENGTH + LABEL_GAP + type.tick * 1.3 + (title ? type.label * 1.8 : 0));
}

interface AxisProps {
  ticks: readonly Tick[];
  plotWidth: number;
  plotHeight: number;
  type: ChartType;
  /** Axis title with its unit. */
  title?: string;
  /** Gridlines across the plot at every tick (minor ticks get lighter, dashed ones). */
  grid?: boolean;
}

function gridClass(tick: Tick): string {
  return tick.label === null ? 'chart__grid chart__grid--minor' : 'chart__grid';
}

export function AxisLeft({ ticks, plotWidth, plotHeight, type, title, grid = true }: AxisProps) {
  const titleX = -leftAxisWidth(ticks, type, title) + type.label;
  return (
    <g className="chart__axis chart__axis--left">
      {grid
        ? ticks.map((tick) => (
            <line
              key={`grid-${tick.key}`}
              className={gridClass(tick)}
              x1={0}
              x2={plotWidth}
              y1={tick.position}
              y2={tick.position}
            />
          ))
        : null}
      <line className="chart__axis-line" x1={0} x2={0} y1={0} y2={plotHeight} />
      {ticks.map((tick) =>
        tick.label === null ? null : (
          <g key={tick.key} transform={`translate(0,${tick.position})`}>
            <line className="chart__tick" x1={-TICK_LENGTH} x2={0} />
            <text
              className="chart__tick-label"
              x={-(TICK_LENGTH + LABEL_GAP)}
              dy="0.32em"
              textAnchor="end"
              fontSize={type.tick}
            >
              {tick.label}
            </text>
          </g>
        ),
      )}
      {title ? (
        <text
          className="chart__axis-title"
          transform={`translate(${titleX},${plotHeight / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={type.label}
        >
          {fitText(title, plotHeight, type.label)}
        </text>
      ) : null}
    </g>
  );
}

export function AxisBottom({ ticks, plotWidth, plotHeight, type, title, grid = false }: AxisProps) {
  const labelY = TICK_LENGTH + LABEL_GAP + type.tick;
  return (
    <g className="chart__axis chart__axis--bottom">
      {grid
        ? ticks.map((tick) => (
            <line
              key={`grid-${tick.key}`}
              className={gridClass(tick)}
              x1={tick.position}
              x2={tick.position}
              y1={0}
              y2={plotHeight}
            />
          ))
        : null}
      <g transform={`translate(0,${plotHeight})`}>
        <line className="chart__axis-line" x1={0} x2={plotWidth} y1={0} y2={0} />
        {ticks.map((tick) => (
          <g key={tick.key} transform={`translate(${tick.position},0)`}>
            <line
              className="chart__tick"
              y1={0}
              y2={tick.label === null ? TICK_LENGTH / 2 : TICK_LENGTH}
            />
            {tick.label === null ? null : (
              <text
                className="chart__tick-label"
                y={labelY}
                textAnchor="middle"
                fontSize={type.tick}
              >
                {tick.label}
              </text>
            )}
          </g>
        ))}
        {title ? (
          <text
            className="chart__axis-title"
            x={plotWidth / 2}
            y={labelY + type.label * 1.6}
            textAnchor="middle"
            fontSize={type.label}
          >
            {fitText(title, plotWidth, type.label)}
          </text>
        ) : null}
      </g>
    </g>
  );
}
