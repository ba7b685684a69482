import type { ChartTable } from './DataTable';
import { NO_VALUE } from '../../shared/format/numbers';
import type { ValueFormatter } from './format';
import {
  xStops,
  type BandPoint,
  type LinePoint,
  type LineSeries,
  type ReferenceBand,
} from './lineScales';
import type { TooltipLine } from './Tooltip';

/**
 * What a line chart says in words about each x: the data table's rows, the tooltip's lines and
 * the screen reader's announcement. One source, so the three never disagree.
 */

export interface LineReadoutSource {
  title: string;
  series: readonly LineSeries[];
  band?: ReferenceBand;
  /** Header of the table's first column: the x axis' title. */
  xTitle: string;
  /** How one x is named ("2027 Q3"). */
  formatXPoint(x: number): string;
  format: ValueFormatter;
}

export function valueAt(points: readonly LinePoint[], x: number): number | null {
  return points.find((p) => p.x === x)?.y ?? null;
}

function bandAt(band: ReferenceBand | undefined, x: number): BandPoint | null {
  return band?.points.find((p) => p.x === x) ?? null;
}

function formatMaybe(value: number | null, format: ValueFormatter): string {
  return value === null ? NO_VALUE : format(value);
}

function bandText(point: BandPoint | null, format: ValueFormatter): string {
  if (!point || point.low === null || point.high === null) return NO_VALUE;
  return `${format(point.low)} – ${format(point.high)}`;
}

export function lineTable(source: LineReadoutSource): ChartTable {
  const { series, band, format } = source;
  return {
    caption: source.title,
    rowHeader: source.xTitle,
    columns: [...series.map((s) => s.label), ...(band ? [band.label] : [])],
    rows: xStops(series, band).map((x) => ({
      key: String(x),
      header: source.formatXPoint(x),
      cells: [
        ...series.map((s) => formatMaybe(valueAt(s.points, x), format)),
        ...(band ? [bandText(bandAt(band, x), format)] : []),
      ],
    })),
  };
}

export function tooltipLines(source: LineReadoutSource, x: number): TooltipLine[] {
  const { series, band, format } = source;
  const lines: TooltipLine[] = series.map((s) => ({
    key: s.key,
    text: `${s.label}: ${formatMaybe(valueAt(s.points, x), format)}`,
    colour: s.colour,
  }));
  if (band) {
    lines.push({
      key: 'band',
      text: `${band.label}: ${bandText(bandAt(band, x), format)}`,
      markerClassName: 'chart__band',
    });
  }
  return lines;
}

/** "Year 2: Conservative $121K Base $169K …", read out when the keyboard reaches an x. */
export function pointAnnouncement(source: LineReadoutSource, x: number | null): string {
  if (x === null) return '';
  const { series, band, format } = source;
  return [
    `${source.formatXPoint(x)}:`,
    ...series.map((s) => `${s.label} ${formatMaybe(valueAt(s.points, x), format)}`),
    ...(band ? [`${band.label} ${bandText(bandAt(band, x), format)}`] : []),
  ].join(' ');
}
