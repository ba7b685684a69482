import { formatCount, formatMoney, formatNumber, formatPercent } from '../../shared/format/numbers';

/**
 * What a chart's values are, so ticks, labels, tooltips and the data table all print them the
 * same way people read them elsewhere in the app ($1.2B, 12.4K, 38%).
 */
export type ValueUnit =
  | { kind: 'money'; currency: string }
  | { kind: 'count' }
  | { kind: 'percent' }
  | { kind: 'number' };

export type ValueFormatter = (value: number) => string;

export function valueFormatter(unit: ValueUnit): ValueFormatter {
  switch (unit.kind) {
    case 'money':
      return (value) => formatMoney(value, unit.currency);
    case 'count':
      return (value) => formatCount(value);
    case 'percent':
      return (value) => formatPercent(value);
    case 'number':
      return (value) => formatNumber(value);
  }
}

/** Text sizes of a chart, derived from the page's base font so a projector gets larger text. */
export interface ChartType {
  base: number;
  tick: number;
  label: number;
  value: number;
  title: number;
}

export function chartType(baseFontSize: number): ChartType {
  const base = Number.isFinite(baseFontSize) && baseFontSize > 0 ? baseFontSize : 16;
  return {
    base,
    tick: round1(base * 0.75),
    label: round1(base * 0.8125),
    value: round1(base * 0.875),
    title: round1(base * 0.875),
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Width of a label in pixels, estimated rather than measured: measuring needs a laid-out page,
 * which neither the tests (jsdom) nor a first render has. 0.6 em per character is the width of
 * an average system-UI glyph, generous for digits, so estimates err towards more room.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** Cuts `text` with an ellipsis so that it fits `maxWidth`; the full text goes in a tooltip. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.floor(maxWidth / (fontSize * 0.6)) - 1;
  if (chars <= 0) return '…';
  return `${text.slice(0, chars).trimEnd()}…`;
}
