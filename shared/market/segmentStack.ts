import { FUNNEL_LEVELS, type FunnelLevel, type SegmentFunnel } from './funnel';

/**
 * The stacked view of the bottom-up segments: one column per funnel level (TAM, SAM, SOM), each
 * segment a band stacked in the model's order. The offsets are computed here so the chart layer
 * only draws rectangles (and `shared/` stays free of d3).
 */

export interface StackBar {
  level: FunnelLevel;
  value: number;
  /** Bottom and top of the band in the column, in currency units. */
  y0: number;
  y1: number;
  /** The segment's share of the column's drawn total; null when that total is zero. */
  sharePct: number | null;
}

export interface StackSeries {
  segmentId: string;
  name: string;
  /** Only the levels whose value this segment has complete inputs for. */
  bars: StackBar[];
}

export interface StackColumn {
  level: FunnelLevel;
  /** Sum of the drawn bands. */
  total: number;
  /** False when some segment's value at this level is unknown (the column is partial). */
  complete: boolean;
}

export interface SegmentStack {
  series: StackSeries[];
  columns: StackColumn[];
  /** The tallest column, for the value axis' domain. */
  maxTotal: number;
}

export function segmentStack(segments: readonly SegmentFunnel[]): SegmentStack {
  const columns: StackColumn[] = FUNNEL_LEVELS.map((level) => {
    const levels = segments.map((s) => s[level]);
    return {
      level,
      total: levels.reduce((sum, l) => sum + (l.status === 'complete' ? l.value : 0), 0),
      complete: levels.length > 0 && levels.every((l) => l.status === 'complete'),
    };
  });
  const totalOf = new Map(columns.map((c) => [c.level, c.total]));
  const offsets = new Map<FunnelLevel, number>(FUNNEL_LEVELS.map((level) => [level, 0]));

  const series = segments.map((segment): StackSeries => {
    const bars: StackBar[] = [];
    for (const level of FUNNEL_LEVELS) {
      const entry = segment[level];
      if (entry.status !== 'complete') continue;
      const y0 = offsets.get(level) ?? 0;
      const total = totalOf.get(level) ?? 0;
      offsets.set(level, y0 + entry.value);
      bars.push({
        level,
        value: entry.value,
        y0,
        y1: y0 + entry.value,
        sharePct: total === 0 ? null : (entry.value / total) * 100,
      });
    }
    return { segmentId: segment.segmentId, name: segment.name, bars };
  });

  return { series, columns, maxTotal: Math.max(0, ...columns.map((c) => c.total)) };
}
