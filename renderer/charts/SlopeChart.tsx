import { ChartFrame, type ChartLayout, type ChartSizeProps } from './ChartFrame';
import type { ChartTable } from './DataTable';
import { estimateTextWidth, fitText, type ChartType } from './format';
import { Legend, legendLayout } from './Legend';
import { HIGHLIGHT_COLOUR } from './palette';
import {
  describeRanks,
  slopeDepth,
  slopeRows,
  type SlopeItem,
  type SlopeOrder,
  type SlopeRow,
} from './slopeLayout';

/**
 * Items across orders (RICE, weighted, manual) as columns, a line linking each item's ranks,
 * the biggest disagreements highlighted (issue 4). Ranks sit on a fixed grid, one row per rank,
 * so labels cannot collide: the chart grows taller with more items instead of squeezing them,
 * and long titles are cut to the gutter with the full title as a tooltip.
 */

export interface SlopeChartProps extends ChartSizeProps {
  title: string;
  description?: string;
  items: readonly SlopeItem[];
  orders: readonly SlopeOrder[];
  /** How many of the most disputed items to highlight (default 3). */
  highlightCount?: number;
}

function rowGap(type: ChartType): number {
  return Math.round(type.base * 1.9);
}

function headerHeight(type: ChartType): number {
  return Math.round(type.label * 2.2);
}

function legendHeight(type: ChartType): number {
  return Math.round(type.label * 1.7);
}

export function slopeTable(
  title: string,
  rows: readonly SlopeRow[],
  orders: readonly SlopeOrder[],
): ChartTable {
  return {
    caption: title,
    rowHeader: 'Item',
    columns: [...orders.map((order) => order.label), 'Largest difference'],
    rows: rows.map((row) => ({
      key: row.item.id,
      header: row.item.label,
      cells: [
        ...row.ranks.map((rank) => (rank === null ? 'Unranked' : String(rank))),
        row.spread === null ? '—' : `${row.spread} ${row.spread === 1 ? 'place' : 'places'}`,
      ],
    })),
  };
}

function describeSlope(rows: readonly SlopeRow[], orders: readonly SlopeOrder[]): string {
  const columns = orders.map((order) => order.label).join(', ');
  const disputed = rows
    .filter((row) => row.highlighted)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0));
  const summary =
    disputed.length === 0
      ? 'All orders agree.'
      : `Biggest disagreements: ${disputed.map((row) => describeRanks(row, orders)).join('; ')}.`;
  return `${rows.length} items ranked by ${columns}. ${summary}`;
}

export function SlopeChart(props: SlopeChartProps) {
  const { title, items, orders, highlightCount = 3 } = props;
  const rows = slopeRows(items, orders, highlightCount);
  const depth = slopeDepth(rows);
  const generated = describeSlope(rows, orders);
  return (
    <ChartFrame
      {...props}
      description={props.description ? `${props.description} ${generated}` : generated}
      height={
        props.height ??
        ((_width, type) =>
          legendHeight(type) + headerHeight(type) + Math.max(1, depth) * rowGap(type))
      }
      table={slopeTable(title, rows, orders)}
    >
      {(layout) => <Slopes layout={layout} rows={rows} orders={orders} depth={depth} />}
    </ChartFrame>
  );
}

interface SlopesProps {
  layout: ChartLayout;
  rows: readonly SlopeRow[];
  orders: readonly SlopeOrder[];
  depth: number;
}

function Slopes({ layout, rows, orders, depth }: SlopesProps) {
  const { width, height, type } = layout;
  const legend = legendLayout(
    [
      {
        key: 'highlight',
        label: 'Biggest disagreements',
        swatch: 'line',
        colour: HIGHLIGHT_COLOUR,
        strokeWidth: 3.5,
      },
      {
        key: 'other',
        label: 'Other items',
        swatch: 'line',
        className: 'chart__slope-line chart__slope-line--muted',
        strokeWidth: 1.5,
      },
    ],
    width,
    type,
  );
  const top = legend.height + headerHeight(type);
  const gap = depth > 0 ? Math.min(rowGap(type) * 1.6, (height - top) / depth) : rowGap(type);
  const radius = Math.min(gap * 0.42, type.tick * 0.95);
  const last = orders.length - 1;
  // Each side's labels get a gutter as wide as its longest label needs, at most 28% of the
  // chart, so the columns keep at least the middle 44% to spread across.
  const gutterFor = (column: number) => {
    const widest = Math.max(
      0,
      ...rows
        .filter((row) => (row.ranks[column] ?? null) !== null)
        .map((row) => estimateTextWidth(row.item.label, type.label)),
    );
    return Math.round(
      Math.min(width * 0.28, Math.max(type.label * 4, widest + radius + type.base)),
    );
  };
  const leftGutter = gutterFor(0);
  const rightGutter = last > 0 ? gutterFor(last) : leftGutter;
  const inner = Math.max(10, width - leftGutter - rightGutter);
  const columnX = (index: number) =>
    last <= 0 ? leftGutter + inner / 2 : leftGutter + (inner * index) / last;
  const rowY = (rank: number) => top + (rank - 0.5) * gap;
  const labelPadding = radius + type.base * 0.6;
  // Highlighted lines go last so they are drawn on top of the others.
  const drawOrder = [...rows].sort((a, b) => Number(a.highlighted) - Number(b.highlighted));

  return (
    <>
      <Legend layout={legend} type={type} />
      {orders.map((order, index) => (
        <text
          key={order.key}
          className="chart__column-header"
          x={columnX(index)}
          y={top - type.label * 0.9}
          textAnchor="middle"
          fontSize={type.label}
        >
          {order.label}
        </text>
      ))}
      {drawOrder.map((row) => {
        const points = row.ranks
          .map((rank, index) => (rank === null ? null : ([columnX(index), rowY(rank)] as const)))
          .filter((point) => point !== null);
        const path = points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x},${y}`).join('');
        const colour = row.highlighted ? HIGHLIGHT_COLOUR : undefined;
        const firstRank = row.ranks[0] ?? null;
        const lastRank = row.ranks[last] ?? null;
        const label = (gutter: number) =>
          fitText(row.item.label, gutter - labelPadding, type.label);
        return (
          <g key={row.item.id} className="chart__slope-item" data-item={row.item.id}>
            <title>{describeRanks(row, orders)}</title>
            <path
              className={`chart__slope-line chart__mark${row.highlighted ? '' : ' chart__slope-line--muted'}`}
              d={path}
              stroke={colour}
              strokeWidth={row.highlighted ? 3.5 : 1.5}
            />
            {row.ranks.map((rank, index) =>
              rank === null ? null : (
                <g key={orders[index]?.key ?? index}>
                  <circle
                    className={`chart__slope-dot${row.highlighted ? '' : ' chart__slope-dot--muted'}`}
                    cx={columnX(index)}
                    cy={rowY(rank)}
                    r={radius}
                    stroke={colour}
                    strokeWidth={row.highlighted ? 2.5 : 1.5}
                  />
                  <text
                    className="chart__slope-rank"
                    x={columnX(index)}
                    y={rowY(rank)}
                    dy="0.35em"
                    textAnchor="middle"
                    fontSize={type.tick * 0.9}
                  >
                    {rank}
                  </text>
                </g>
              ),
            )}
            {firstRank !== null ? (
              <text
                className={labelClass(row)}
                x={columnX(0) - radius - type.base * 0.4}
                y={rowY(firstRank)}
                dy="0.35em"
                textAnchor="end"
                fontSize={type.label}
              >
                {label(leftGutter)}
              </text>
            ) : null}
            {lastRank !== null && last > 0 ? (
              <text
                className={labelClass(row)}
                x={columnX(last) + radius + type.base * 0.4}
                y={rowY(lastRank)}
                dy="0.35em"
                textAnchor="start"
                fontSize={type.label}
              >
                {label(rightGutter)}
              </text>
            ) : null}
          </g>
        );
      })}
    </>
  );
}

function labelClass(row: SlopeRow): string {
  return row.highlighted
    ? 'chart__slope-label chart__slope-label--highlight'
    : 'chart__slope-label';
}
