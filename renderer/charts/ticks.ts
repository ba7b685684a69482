import type { ScaleBand, ScaleContinuousNumeric, ScaleLogarithmic } from 'd3';
import { estimateTextWidth, type ValueFormatter } from './format';

/**
 * Ticks as plain data (position + label), computed with D3's scales and drawn by `axes.tsx`.
 * A tick whose label is null is a minor tick: a gridline without text (log scales put them
 * between powers of ten so the eye can still read 2× and 5×).
 */
export interface Tick {
  key: string;
  /** Pixel position along the axis. */
  position: number;
  label: string | null;
}

/** Nice round ticks of a linear scale, labelled with the chart's number format. */
export function linearTicks(
  scale: ScaleContinuousNumeric<number, number>,
  count: number,
  format: ValueFormatter,
): Tick[] {
  return dropRepeatedLabels(
    scale.ticks(count).map((value) => ({
      key: String(value),
      position: scale(value),
      label: format(value),
    })),
  );
}

/**
 * Log-scale ticks: labels on the values D3 deems readable for `count` (1, 10, 100… and, when
 * the domain spans few decades, 2× and 5× as well); every other tick becomes a minor gridline.
 */
export function logTicks(
  scale: ScaleLogarithmic<number, number>,
  count: number,
  format: ValueFormatter,
): Tick[] {
  const labelled = scale.tickFormat(count);
  return dropRepeatedLabels(
    scale.ticks(count).map((value) => ({
      key: String(value),
      position: scale(value),
      label: labelled(value) === '' ? null : format(value),
    })),
  );
}

/** One tick per band, in the band's middle. */
export function bandTicks(
  scale: ScaleBand<string>,
  label: (key: string) => string = (key) => key,
): Tick[] {
  return scale.domain().map((key) => ({
    key,
    position: (scale(key) ?? 0) + scale.bandwidth() / 2,
    label: label(key),
  }));
}

/** Ticks at given values (e.g. whole years), positioned by `scale`. */
export function ticksAt(
  values: readonly number[],
  scale: (value: number) => number,
  format: (value: number) => string,
): Tick[] {
  return values.map((value) => ({
    key: String(value),
    position: scale(value),
    label: format(value),
  }));
}

/**
 * Rounded labels can repeat (`$1.2M`, `$1.2M`) when ticks are closer than the format's 3
 * significant digits; a repeated label says nothing, so its tick becomes minor.
 */
function dropRepeatedLabels(ticks: Tick[]): Tick[] {
  const seen = new Set<string>();
  return ticks.map((tick) => {
    if (tick.label === null) return tick;
    if (seen.has(tick.label)) return { ...tick, label: null };
    seen.add(tick.label);
    return tick;
  });
}

/**
 * Keeps every k-th label of a horizontal axis so that neighbouring labels never touch; the
 * others stay as unlabelled ticks. The first label is always kept.
 */
export function thinLabels(ticks: readonly Tick[], fontSize: number, gap = fontSize): Tick[] {
  const labelled = ticks.filter((tick) => tick.label !== null);
  if (labelled.length < 2) return [...ticks];
  const widest = Math.max(...labelled.map((tick) => estimateTextWidth(tick.label ?? '', fontSize)));
  const spacing = Math.abs((labelled[1]?.position ?? 0) - (labelled[0]?.position ?? 0));
  const every = spacing <= 0 ? labelled.length : Math.ceil((widest + gap) / spacing);
  if (every <= 1) return [...ticks];
  const keep = new Set(labelled.filter((_, index) => index % every === 0).map((tick) => tick.key));
  return ticks.map((tick) => (keep.has(tick.key) ? tick : { ...tick, label: null }));
}

/** Width of the widest label, for the margin a left axis needs. */
export function widestLabel(ticks: readonly Tick[], fontSize: number): number {
  return Math.max(0, ...ticks.map((tick) => estimateTextWidth(tick.label ?? '', fontSize)));
}
