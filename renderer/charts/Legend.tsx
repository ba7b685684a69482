import { estimateTextWidth, type ChartType } from './format';

/**
 * A legend drawn inside the SVG (not beside it in HTML), so an exported or printed chart keeps
 * it. Items flow left to right and wrap onto new rows within the chart's width.
 */

export interface LegendItem {
  key: string;
  label: string;
  /** `line` for series (with their dash), `area` for a shaded band, `block` for bars. */
  swatch: 'line' | 'area' | 'block';
  /** A palette colour; omitted for themed swatches styled by `className`. */
  colour?: string;
  dash?: string | null;
  /** Extra class on the swatch (e.g. `chart__band` to take the band's theme colour). */
  className?: string;
  /** Line width for `line` swatches, to match the series. */
  strokeWidth?: number;
}

interface PlacedItem {
  item: LegendItem;
  x: number;
  y: number;
}

export interface LegendLayout {
  height: number;
  placed: PlacedItem[];
}

const SWATCH_WIDTH = 22;
const SWATCH_GAP = 6;

export function legendLayout(
  items: readonly LegendItem[],
  width: number,
  type: ChartType,
): LegendLayout {
  if (items.length === 0) return { height: 0, placed: [] };
  const rowHeight = Math.round(type.label * 1.7);
  const spacing = type.label * 1.4;
  const placed: PlacedItem[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = SWATCH_WIDTH + SWATCH_GAP + estimateTextWidth(item.label, type.label);
    if (x > 0 && x + itemWidth > width) {
      row += 1;
      x = 0;
    }
    placed.push({ item, x, y: row * rowHeight });
    x += itemWidth + spacing;
  }
  return { height: (row + 1) * rowHeight, placed };
}

function Swatch({ item, size }: { item: LegendItem; size: number }) {
  const middle = -size * 0.32;
  if (item.swatch === 'line') {
    return (
      <line
        className={item.className ?? 'chart__legend-line'}
        x1={0}
        x2={SWATCH_WIDTH}
        y1={middle}
        y2={middle}
        stroke={item.colour}
        strokeWidth={item.strokeWidth ?? 2.5}
        strokeDasharray={item.dash ?? undefined}
      />
    );
  }
  const height = item.swatch === 'area' ? size * 0.8 : size * 0.7;
  return (
    <rect
      className={item.className}
      x={0}
      y={middle - height / 2}
      width={SWATCH_WIDTH}
      height={height}
      rx={2}
      fill={item.colour}
    />
  );
}

export function Legend({ layout, type }: { layout: LegendLayout; type: ChartType }) {
  return (
    <g className="chart__legend">
      {layout.placed.map(({ item, x, y }) => (
        <g key={item.key} transform={`translate(${x},${y + type.label * 1.1})`}>
          <Swatch item={item} size={type.label} />
          <text className="chart__legend-label" x={SWATCH_WIDTH + SWATCH_GAP} fontSize={type.label}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
