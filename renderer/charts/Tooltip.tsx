import { estimateTextWidth, type ChartType } from './format';

/**
 * A tooltip drawn in the SVG itself: it needs no positioned HTML overlay and no inline styles.
 * Marked `data-export="exclude"` so an exported chart never carries a hover state.
 */

export interface TooltipLine {
  key: string;
  text: string;
  /** Colour of the marker before the text (a series' colour). */
  colour?: string;
  /** A themed marker instead of a colour (e.g. `chart__band`). */
  markerClassName?: string;
}

interface TooltipProps {
  heading: string;
  lines: readonly TooltipLine[];
  /** The point the tooltip belongs to, in plot coordinates. */
  anchorX: number;
  anchorY: number;
  /** The plot's size: the tooltip flips and clamps to stay inside it. */
  boundsWidth: number;
  boundsHeight: number;
  type: ChartType;
}

const PADDING = 8;
const MARKER = 10;
const OFFSET = 14;

export function Tooltip({
  heading,
  lines,
  anchorX,
  anchorY,
  boundsWidth,
  boundsHeight,
  type,
}: TooltipProps) {
  const lineHeight = type.label * 1.45;
  const textWidth = Math.max(
    estimateTextWidth(heading, type.label),
    ...lines.map((line) => estimateTextWidth(line.text, type.label) + MARKER + 6),
  );
  const width = Math.ceil(textWidth + PADDING * 2);
  const height = Math.ceil(lineHeight * (lines.length + 1) + PADDING * 2 - type.label * 0.3);
  const fitsRight = anchorX + OFFSET + width <= boundsWidth;
  const x = fitsRight ? anchorX + OFFSET : Math.max(0, anchorX - OFFSET - width);
  const y = Math.min(Math.max(0, anchorY - height / 2), Math.max(0, boundsHeight - height));

  return (
    <g
      className="chart__tooltip"
      data-export="exclude"
      transform={`translate(${Math.round(x)},${Math.round(y)})`}
      aria-hidden="true"
    >
      <rect className="chart__tooltip-box" width={width} height={height} rx={6} />
      <text
        className="chart__tooltip-heading"
        x={PADDING}
        y={PADDING + type.label}
        fontSize={type.label}
      >
        {heading}
      </text>
      {lines.map((line, index) => {
        const baseline = PADDING + type.label + lineHeight * (index + 1);
        return (
          <g key={line.key}>
            <rect
              className={line.markerClassName}
              x={PADDING}
              y={baseline - MARKER + 1}
              width={MARKER}
              height={MARKER}
              rx={2}
              fill={line.colour}
            />
            <text
              className="chart__tooltip-text"
              x={PADDING + MARKER + 6}
              y={baseline}
              fontSize={type.label}
            >
              {line.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
