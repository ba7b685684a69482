import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DataTable, type ChartTable } from './DataTable';
import { chartType, type ChartType } from './format';
import { useContainerMetrics } from './useContainerMetrics';
import './charts.css';

/**
 * The frame every chart draws in (issue 5, "Charts, everywhere the same").
 *
 * One pattern for all charts: React owns the SVG DOM, D3 only computes scales, shapes and ticks.
 * So a chart is a pure function of its props, testable in jsdom, printable as vectors, and safe
 * under the app's CSP (no inline `style` attributes: presentation comes from SVG attributes and
 * the classes in `charts.css`, which read the theme's custom properties).
 *
 * The frame gives each chart:
 * - its size: the container's width (ResizeObserver), or a fixed `width` for print and tests;
 * - `<svg role="img">` labelled by its `<title>` and described by its `<desc>`;
 * - a "Show data table" toggle with the same numbers as an HTML table;
 * - a ready signal for the PDF print view (issue 6): `data-chart` is on the figure from the first
 *   render, `data-chart-ready="true"` is added (and `onRendered` called) once the chart has been
 *   drawn at a real size. The first draw is never animated (transitions only run between two
 *   drawn states), so "ready" means "complete on the page";
 * - `animate`: transitions between data changes; pass `false` in print.
 */

export interface ChartLayout {
  /** The drawing area below the title, in CSS pixels. */
  width: number;
  height: number;
  type: ChartType;
}

export interface ChartInteraction {
  /** Name of the focusable plot, including how to use it ("…; arrow keys move between years"). */
  label: string;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  onFocus?(): void;
  onBlur?(): void;
  /** What a screen reader announces when it changes (the point under the keyboard). */
  announcement: string;
}

export type ChartHeight = number | ((width: number, type: ChartType) => number);

export interface ChartSizeProps {
  /** Fixed width in CSS pixels (print, tests); otherwise the container's width. */
  width?: number;
  /** Fixed height of the drawing area; otherwise the chart's own default for its width. */
  height?: number;
  /** Base font size for the chart's text; otherwise the container's computed font size. */
  fontSize?: number;
  /** Transitions when data change (default true; false in print). */
  animate?: boolean;
  /** Called once, after the first complete render. */
  onRendered?(): void;
  /** Open the data table from the start (e.g. in print, where nobody can click). */
  tableOpen?: boolean;
  className?: string;
  /** More buttons for the toolbar under the chart, beside "Show data table" (e.g. export). */
  toolbar?: ReactNode;
}

export interface ChartFrameProps extends Omit<ChartSizeProps, 'height'> {
  title: string;
  description: string;
  table: ChartTable;
  height: ChartHeight;
  /** Draw the title as text at the top of the SVG, so exports and prints carry it (default true). */
  showTitle?: boolean;
  interaction?: ChartInteraction;
  /** The chart's marks, drawn for the measured layout. */
  children(layout: ChartLayout): ReactNode;
}

/** Room for the visible title line above the drawing. */
function titleBlockHeight(type: ChartType): number {
  return Math.round(type.title * 2);
}

export function ChartFrame({
  title,
  description,
  table,
  width,
  height,
  fontSize,
  animate = true,
  onRendered,
  tableOpen = false,
  className,
  showTitle = true,
  interaction,
  toolbar,
  children,
}: ChartFrameProps) {
  const titleId = useId();
  const descId = useId();
  const tableId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const signalled = useRef(false);
  const [tableShown, setTableShown] = useState(tableOpen);
  const { ref: measureRef, metrics } = useContainerMetrics({ width, fontSize });

  const type = metrics ? chartType(metrics.fontSize) : null;
  const titleHeight = showTitle && type ? titleBlockHeight(type) : 0;
  const layout: ChartLayout | null =
    metrics && type
      ? {
          width: metrics.width,
          height: Math.max(
            1,
            Math.round(typeof height === 'function' ? height(metrics.width, type) : height),
          ),
          type,
        }
      : null;
  const drawn = layout !== null;

  useEffect(() => {
    if (!drawn || signalled.current) return;
    signalled.current = true;
    // Set on the DOM rather than through state: one render fewer, and React never rewrites an
    // attribute it does not manage, so the signal stays once given.
    figureRef.current?.setAttribute('data-chart-ready', 'true');
    onRendered?.();
  }, [drawn, onRendered]);

  const classes = ['chart', animate ? 'chart--animate' : null, className].filter(Boolean);
  const interactive = interaction
    ? {
        tabIndex: 0,
        role: 'group',
        'aria-label': interaction.label,
        onKeyDown: interaction.onKeyDown,
        onFocus: interaction.onFocus,
        onBlur: interaction.onBlur,
      }
    : {};

  return (
    <figure ref={figureRef} className={classes.join(' ')} data-chart="">
      <div ref={measureRef} className="chart__plot" {...interactive}>
        {layout && type ? (
          <svg
            className="chart__svg"
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descId}
            width={layout.width}
            height={layout.height + titleHeight}
            viewBox={`0 0 ${layout.width} ${layout.height + titleHeight}`}
          >
            <title id={titleId}>{title}</title>
            <desc id={descId}>{description}</desc>
            {showTitle ? (
              <text
                className="chart__title"
                x={0}
                y={Math.round(type.title * 1.2)}
                fontSize={type.title}
              >
                {title}
              </text>
            ) : null}
            <g transform={titleHeight > 0 ? `translate(0,${titleHeight})` : undefined}>
              {children(layout)}
            </g>
          </svg>
        ) : null}
      </div>
      {interaction ? (
        <p className="visually-hidden" aria-live="polite">
          {interaction.announcement}
        </p>
      ) : null}
      <div className="chart__toolbar">
        {toolbar}
        <button
          type="button"
          className="chart__table-toggle"
          aria-expanded={tableShown}
          aria-controls={tableShown ? tableId : undefined}
          onClick={() => setTableShown((shown) => !shown)}
        >
          {tableShown ? 'Hide data table' : 'Show data table'}
        </button>
      </div>
      {tableShown ? <DataTable table={table} id={tableId} /> : null}
    </figure>
  );
}
