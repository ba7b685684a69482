import { area, line, scaleLinear } from 'd3';
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { AxisBottom, AxisLeft, bottomAxisHeight, leftAxisWidth } from './axes';
import { ChartFrame, type ChartLayout, type ChartSizeProps } from './ChartFrame';
import { valueFormatter, type ValueUnit } from './format';
import { Legend, legendLayout, type LegendItem } from './Legend';
import {
  hasHiddenValues,
  isDrawable,
  nearestStop,
  stepStop,
  xDomain,
  xStops,
  valueAxis,
  yDomain,
  type BandPoint,
  type LinePoint,
  type LineSeries,
  type ReferenceBand,
  type YScaleKind,
} from './lineScales';
import { thinLabels, ticksAt } from './ticks';
import {
  lineTable,
  pointAnnouncement,
  tooltipLines,
  valueAt,
  type LineReadoutSource,
} from './lineReadout';
import { Tooltip } from './Tooltip';

/**
 * Several series over a numeric x (years), on a linear or log value axis, with an optional
 * shaded reference band between two curves, a legend, and a tooltip per x that the mouse and
 * the keyboard (arrow keys, Home, End) both reach.
 */

export interface LineChartProps extends ChartSizeProps {
  title: string;
  description: string;
  series: readonly LineSeries[];
  band?: ReferenceBand;
  yScale?: YScaleKind;
  yUnit: ValueUnit;
  /** Value axis title with its unit: "Revenue per year (USD)". */
  yTitle: string;
  /** Time axis title: "Years from start". */
  xTitle: string;
  /** Where the x ticks go (e.g. whole years); default: D3's nice ticks. */
  xTicks?: readonly number[];
  formatXTick(x: number): string;
  /** How a single x is named in the tooltip and the table (e.g. "Y2 Q1"); default formatXTick. */
  formatXPoint?(x: number): string;
}

const LINE_WIDTH = 2.5;

/** Wide on a projector, never so flat on a narrow pane that the value axis' title is cut. */
function defaultHeight(width: number): number {
  return Math.min(520, Math.max(340, width * 0.55));
}

export function LineChart(props: LineChartProps) {
  const { series, band, yScale = 'linear', formatXTick } = props;
  const formatXPoint = props.formatXPoint ?? formatXTick;
  const format = valueFormatter(props.yUnit);
  const stops = xStops(series, band);
  const [active, setActive] = useState<number | null>(null);
  const activeX = active === null ? null : (stops[active] ?? null);

  const hidden = hasHiddenValues(series, yScale);
  const description = hidden
    ? `${props.description} On the log scale, values of zero are left out of the lines; the data table lists them.`
    : props.description;

  const readout: LineReadoutSource = { ...props, formatXPoint, format };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      setActive(null);
      return;
    }
    const next = stepStop(active, event.key, stops.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  };

  return (
    <ChartFrame
      {...props}
      description={description}
      height={props.height ?? defaultHeight}
      table={lineTable(readout)}
      interaction={{
        label: `${props.title}: use the left and right arrow keys to read each point`,
        onKeyDown,
        onFocus: () => setActive((current) => current ?? 0),
        onBlur: () => setActive(null),
        announcement: pointAnnouncement(readout, activeX),
      }}
    >
      {(layout) => (
        <LinePlot
          layout={layout}
          chart={props}
          yScaleKind={yScale}
          readout={readout}
          stops={stops}
          active={active}
          onActive={setActive}
        />
      )}
    </ChartFrame>
  );
}

interface LinePlotProps {
  layout: ChartLayout;
  chart: LineChartProps;
  yScaleKind: YScaleKind;
  readout: LineReadoutSource;
  stops: readonly number[];
  active: number | null;
  onActive(index: number | null): void;
}

function LinePlot({ layout, chart, yScaleKind, readout, stops, active, onActive }: LinePlotProps) {
  const { width, height, type } = layout;
  const { format } = readout;
  const { series, band } = chart;
  const legendItems: LegendItem[] = [
    ...series.map((s): LegendItem => ({
      key: s.key,
      label: s.label,
      swatch: 'line',
      colour: s.colour,
      dash: s.dash,
    })),
    ...(band
      ? [{ key: 'band', label: band.label, swatch: 'area', className: 'chart__band' } as const]
      : []),
  ];
  const legend = legendLayout(legendItems, width, type);

  const yTickCount = Math.max(3, Math.round(height / (type.base * 4)));
  const domain = yDomain(series, band, yScaleKind, yTickCount);
  // Tick values depend on the domain only, so a provisional axis sizes the left margin.
  const provisional = valueAxis(yScaleKind, domain, [1, 0], yTickCount, format).ticks;

  const top = legend.height + Math.round(type.label);
  const left = leftAxisWidth(provisional, type, chart.yTitle);
  const right = Math.ceil(type.tick * 2.5);
  const bottom = bottomAxisHeight(type, chart.xTitle);
  const plotWidth = Math.max(10, width - left - right);
  const plotHeight = Math.max(10, height - top - bottom);

  const { scale: y, ticks: yTicks } = valueAxis(
    yScaleKind,
    domain,
    [plotHeight, 0],
    yTickCount,
    format,
  );
  const x = scaleLinear().domain(xDomain(stops)).range([0, plotWidth]);
  const xTicks = thinLabels(
    chart.xTicks
      ? ticksAt(chart.xTicks, x, chart.formatXTick)
      : ticksAt(x.ticks(Math.max(2, Math.round(plotWidth / 80))), x, chart.formatXTick),
    type.tick,
  );

  const drawn = (value: number | null): value is number => isDrawable(value, yScaleKind);
  const linePath = line<LinePoint>()
    .defined((p) => drawn(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y ?? 0));
  const bandPath = area<BandPoint>()
    .defined((p) => drawn(p.low) && drawn(p.high))
    .x((p) => x(p.x))
    .y0((p) => y(p.low ?? 0))
    .y1((p) => y(p.high ?? 0));
  const edge = (pick: (p: BandPoint) => number | null) =>
    line<BandPoint>()
      .defined((p) => drawn(pick(p)))
      .x((p) => x(p.x))
      .y((p) => y(pick(p) ?? 0));

  const activeX = active === null ? null : (stops[active] ?? null);
  const pointRadius = stops.length > 24 ? 2.5 : 3.5;

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const position = ((event.clientX - box.left) / box.width) * plotWidth;
    onActive(nearestStop(stops, position, x));
  };

  return (
    <>
      <Legend layout={legend} type={type} />
      <g transform={`translate(${left},${top})`}>
        <AxisLeft
          ticks={yTicks}
          plotWidth={plotWidth}
          plotHeight={plotHeight}
          type={type}
          title={chart.yTitle}
        />
        {band ? (
          <g className="chart__band-group">
            <path className="chart__band chart__mark" d={bandPath(band.points) ?? ''} />
            <path
              className="chart__band-edge chart__mark"
              d={edge((p) => p.low)(band.points) ?? ''}
            />
            <path
              className="chart__band-edge chart__mark"
              d={edge((p) => p.high)(band.points) ?? ''}
            />
          </g>
        ) : null}
        {series.map((s) => (
          <g key={s.key} className="chart__series" data-series={s.key}>
            <path
              className="chart__line chart__mark"
              d={linePath(s.points) ?? ''}
              fill="none"
              stroke={s.colour}
              strokeWidth={LINE_WIDTH}
              strokeDasharray={s.dash ?? undefined}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
            {s.points
              .filter((p) => drawn(p.y))
              .map((p) => (
                <circle
                  key={p.x}
                  className={p.x === activeX ? 'chart__point chart__point--active' : 'chart__point'}
                  cx={x(p.x)}
                  cy={y(p.y ?? 0)}
                  r={p.x === activeX ? pointRadius + 2 : pointRadius}
                  fill={s.colour}
                />
              ))}
          </g>
        ))}
        <AxisBottom
          ticks={xTicks}
          plotWidth={plotWidth}
          plotHeight={plotHeight}
          type={type}
          title={chart.xTitle}
        />
        {activeX === null ? null : (
          <line
            className="chart__cursor"
            data-export="exclude"
            x1={x(activeX)}
            x2={x(activeX)}
            y1={0}
            y2={plotHeight}
          />
        )}
        <rect
          className="chart__hit"
          data-export="exclude"
          width={plotWidth}
          height={plotHeight}
          fill="transparent"
          onPointerMove={onPointerMove}
          onPointerLeave={() => onActive(null)}
        />
        {activeX === null ? null : (
          <Tooltip
            heading={readout.formatXPoint(activeX)}
            lines={tooltipLines(readout, activeX)}
            anchorX={x(activeX)}
            anchorY={tooltipAnchorY(series, activeX, y, plotHeight, drawn)}
            boundsWidth={plotWidth}
            boundsHeight={plotHeight}
            type={type}
          />
        )}
      </g>
    </>
  );
}

/** Away from the points it describes: in the lower half when they are high, and vice versa. */
function tooltipAnchorY(
  series: readonly LineSeries[],
  x: number,
  y: (value: number) => number,
  plotHeight: number,
  drawn: (value: number | null) => value is number,
): number {
  const positions = series
    .map((s) => valueAt(s.points, x))
    .filter(drawn)
    .map((value) => y(value));
  if (positions.length === 0) return plotHeight / 2;
  const mean = positions.reduce((sum, p) => sum + p, 0) / positions.length;
  return mean < plotHeight / 2 ? plotHeight * 0.72 : plotHeight * 0.28;
}
