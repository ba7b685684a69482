import { scaleLinear, scaleLog } from 'd3';
import type { ValueFormatter } from './format';
import { linearTicks, logTicks, type Tick } from './ticks';

/**
 * The value domain and scale of a line chart, apart from drawing so that the tricky cases (log
 * scales with zeros, flat series, empty charts) are tested as plain data.
 */

export interface LinePoint {
  x: number;
  /** Null: no value at this x (the line has a gap, the table shows a dash). */
  y: number | null;
}

export interface LineSeries {
  key: string;
  label: string;
  /** A palette colour (`palette.ts`). */
  colour: string;
  /** SVG dash pattern, so series also differ in print and for colour-blind readers. */
  dash?: string | null;
  points: readonly LinePoint[];
}

export interface BandPoint {
  x: number;
  low: number | null;
  high: number | null;
}

/** A shaded reference range drawn behind the series (e.g. healthy 20–40% ARPU growth). */
export interface ReferenceBand {
  label: string;
  points: readonly BandPoint[];
}

export type YScaleKind = 'linear' | 'log';

/**
 * A log scale has no place for zero or negative values. They are left out of the drawing (the
 * line breaks, the point is not drawn) rather than pinned to an arbitrary floor that would read
 * as a real value; the data table still lists them.
 */
export function isDrawable(value: number | null, kind: YScaleKind): value is number {
  if (value === null || !Number.isFinite(value)) return false;
  return kind === 'linear' || value > 0;
}

function drawableValues(
  series: readonly LineSeries[],
  band: ReferenceBand | undefined,
  kind: YScaleKind,
): number[] {
  const values = series.flatMap((s) => s.points.map((p) => p.y));
  for (const point of band?.points ?? []) values.push(point.low, point.high);
  return values.filter((value): value is number => isDrawable(value, kind));
}

/** True when some value exists but cannot be drawn on this scale (zero or less on a log scale). */
export function hasHiddenValues(series: readonly LineSeries[], kind: YScaleKind): boolean {
  return series.some((s) =>
    s.points.some((p) => p.y !== null && Number.isFinite(p.y) && !isDrawable(p.y, kind)),
  );
}

/**
 * Linear: from zero (or the lowest value, if negative) to the highest, rounded to nice ticks.
 * Log: the positive values with a little room (×/÷ 1.1) but not widened to whole powers of ten,
 * which could leave most of the plot empty; D3's log ticks label what falls inside.
 */
export function yDomain(
  series: readonly LineSeries[],
  band: ReferenceBand | undefined,
  kind: YScaleKind,
  /** The ticks the axis will draw: the linear domain ends on one of them. */
  tickCount = 5,
): [number, number] {
  const values = drawableValues(series, band, kind);
  if (kind === 'log') {
    if (values.length === 0) return [1, 10];
    const low = Math.min(...values);
    const high = Math.max(...values);
    // A flat series still needs a range: half a decade either side.
    if (high / low < 1.5) return [low / Math.sqrt(10), high * Math.sqrt(10)];
    return [low / LOG_PADDING, high * LOG_PADDING];
  }
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (high === low) return [low, low + 1];
  const [niceLow, niceHigh] = scaleLinear().domain([low, high]).nice(tickCount).domain();
  return [niceLow ?? low, niceHigh ?? high];
}

const LOG_PADDING = 1.1;

export interface ValueAxis {
  scale(value: number): number;
  ticks: Tick[];
}

/** The value scale for `range` (pixels, bottom first) and its labelled ticks. */
export function valueAxis(
  kind: YScaleKind,
  domain: [number, number],
  range: [number, number],
  tickCount: number,
  format: ValueFormatter,
): ValueAxis {
  if (kind === 'log') {
    const scale = scaleLog().domain(domain).range(range);
    return { scale, ticks: logTicks(scale, tickCount, format) };
  }
  const scale = scaleLinear().domain(domain).range(range);
  return { scale, ticks: linearTicks(scale, tickCount, format) };
}

/** Every x any series or the band has a point at, in order: the stops of the keyboard cursor. */
export function xStops(series: readonly LineSeries[], band?: ReferenceBand): number[] {
  const xs = new Set<number>();
  for (const s of series) for (const p of s.points) xs.add(p.x);
  for (const p of band?.points ?? []) xs.add(p.x);
  return [...xs].sort((a, b) => a - b);
}

export function xDomain(stops: readonly number[]): [number, number] {
  const first = stops[0] ?? 0;
  const last = stops[stops.length - 1] ?? first;
  return last === first ? [first - 0.5, first + 0.5] : [first, last];
}

/** The index of the stop nearest to a pixel position. */
export function nearestStop(
  stops: readonly number[],
  position: number,
  scale: (x: number) => number,
): number {
  let best = 0;
  let bestDistance = Infinity;
  stops.forEach((x, index) => {
    const distance = Math.abs(scale(x) - position);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** Keyboard movement across the stops: arrows, Home / End; null for keys that do not move. */
export function stepStop(current: number | null, key: string, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current === null ? 0 : Math.min(last, current + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === null ? last : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
