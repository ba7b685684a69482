/**
 * Numbers as people type them and as spreadsheets export them: "1,200", "1 200", "0,5",
 * "1.200,5", "80%", "2.5e3". One parser serves the inline RICE inputs and the CSV import, so
 * a value accepted in one place is accepted in the other.
 */

/**
 * `auto` reads "1,200" as twelve hundred and "0,5" as a half; `decimal-comma` is for files
 * written in locales where the comma is the decimal mark, so "1.200" is twelve hundred and
 * "1,25" one and a quarter. The CSV mapping proposes one per file.
 */
export type NumberStyle = 'auto' | 'decimal-comma';

export type HumanNumber =
  | { ok: true; value: number; /** The text ended with a percent sign. */ percent: boolean }
  | { ok: false };

/** Spaces people and spreadsheets put between thousands: space, no-break, narrow no-break, thin. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const COMMA_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DOT_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DECIMAL_COMMA = /^[+-]?(\d+,\d*|,\d+)$/;
const DECIMAL_COMMA_EXP = /^[+-]?(\d+(,\d*)?|,\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number written for people. Rules, in order:
 * - surrounding spaces, thousands spaces and a trailing `%` are allowed;
 * - "1,200" and "1,200,000.5" read as thousands (a comma before exactly three digits, the
 *   first group not starting with 0); "1.200.000" and "1.200,5" read the European way;
 * - otherwise a single comma is a decimal comma ("0,5", "1,25"), as semicolon-separated
 *   spreadsheets from European locales write them;
 * - anything else that is not a plain decimal (with optional exponent) is not a number.
 * With `decimal-comma`, dots group thousands and the comma is the decimal mark; a number with
 * a dot that cannot be a thousands group ("0.5") is still read the English way.
 */
export function parseHumanNumber(raw: string, style: NumberStyle = 'auto'): HumanNumber {
  let text = raw.trim();
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trimEnd();
  text = text.replace(GROUP_SPACES, '');
  if (text === '') return { ok: false };

  const normalized = style === 'decimal-comma' ? fromDecimalComma(text) : toPlainDecimal(text);
  if (normalized === null) return { ok: false };
  const value = Number(normalized);
  if (!Number.isFinite(value)) return { ok: false };
  // -0 is not a value anyone means; keep stored numbers free of it.
  return { ok: true, value: value === 0 ? 0 : value, percent };
}

function toPlainDecimal(text: string): string | null {
  if (PLAIN_NUMBER.test(text)) {
    // "1.200.000" never matches PLAIN_NUMBER, so a single dot here is a decimal point.
    return text;
  }
  if (COMMA_GROUPED.test(text) && !/^[+-]?0,/.test(text)) return text.replace(/,/g, '');
  if (DOT_GROUPED.test(text) && !/^[+-]?0\./.test(text)) {
    return text.replace(/\./g, '').replace(',', '.');
  }
  if (DECIMAL_COMMA.test(text)) return text.replace(',', '.');
  return null;
}

function fromDecimalComma(text: string): string | null {
  if (DOT_GROUPED.test(text)) return text.replace(/\./g, '').replace(',', '.');
  if (DECIMAL_COMMA_EXP.test(text)) return text.replace(',', '.');
  return PLAIN_NUMBER.test(text) ? text : null;
}

const groupedFormats = new Map<number, Intl.NumberFormat>();

/** "1,200", "0.25": grouped, at most `maxFractionDigits` decimals, no trailing zeros. */
export function formatGrouped(value: number, maxFractionDigits = 6): string {
  let format = groupedFormats.get(maxFractionDigits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      maximumFractionDigits: maxFractionDigits,
      useGrouping: true,
    });
    groupedFormats.set(maxFractionDigits, format);
  }
  const text = format.format(value);
  return text === '-0' ? '0' : text;
}
