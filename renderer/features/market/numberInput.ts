import {
  formatCount,
  formatMoney,
  formatPercent,
  formatRatio,
  parseNumber,
} from '../../../shared/format/numbers';

/**
 * What a number field of the market workspace holds, how it shows its value and how it reads
 * what was typed. Display and parsing share the notation of `shared/format/numbers.ts`, so a
 * value shown in a field can be typed back unchanged.
 */
export type NumberKind =
  /** `$1.2B`, in the workshop's currency. */
  | { kind: 'money'; currency: string }
  /** Percentage points: `12%` and `12` are both 12. */
  | { kind: 'percent'; min?: number; max?: number }
  /** `40k` customers. */
  | { kind: 'count' }
  /** How many times larger: `2×`, `2x` or `2`. */
  | { kind: 'ratio'; min: number };

export function formatFieldValue(value: number, kind: NumberKind): string {
  switch (kind.kind) {
    case 'money':
      return formatMoney(value, kind.currency);
    case 'percent':
      return formatPercent(value);
    case 'count':
      return formatCount(value);
    case 'ratio':
      return formatRatio(value);
  }
}

export type FieldReading =
  { status: 'value'; value: number } | { status: 'empty' } | { status: 'refused'; reason: string };

const RATIO_SUFFIX = /\s*[×xX]\s*$/;

/** Reads the text of a field of `kind`; an empty field is `empty`, for the caller to decide. */
export function readField(text: string, kind: NumberKind): FieldReading {
  const result = (() => {
    switch (kind.kind) {
      case 'money':
        return parseNumber(text, { expect: 'amount', currency: kind.currency });
      case 'percent':
        return parseNumber(text, { expect: 'percent', min: kind.min ?? 0, max: kind.max ?? 100 });
      case 'count':
        return parseNumber(text, { expect: 'amount' });
      case 'ratio':
        return parseNumber(text.replace(RATIO_SUFFIX, ''), { expect: 'amount', min: kind.min });
    }
  })();
  if (result.ok) return { status: 'value', value: result.value };
  return result.empty ? { status: 'empty' } : { status: 'refused', reason: result.reason };
}
