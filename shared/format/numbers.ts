/**
 * Numbers as people write and read them (BRIEF: "numbers formatted for people ($1.2B, 38%)").
 *
 * Parsing and formatting share one notation on purpose: what the app displays can be typed
 * back into a field unchanged. The notation is English (`en-US`): dot for decimals, comma for
 * thousands, K / M / B / T for thousand / million / billion / trillion. Percentages are kept
 * as percentage points everywhere (38 means 38%), the same as the workshop schema.
 */

const LOCALE = 'en-US';

/** 3 significant digits: `$1.23B` is as precise as a market estimate deserves. */
const SIGNIFICANT_DIGITS = 3;

/** Longer inputs are not numbers anyone typed; refusing them early keeps the regex cheap. */
const MAX_INPUT_LENGTH = 64;

const SUFFIX_EXPONENT: Readonly<Record<string, number>> = {
  k: 3,
  m: 6,
  mm: 6,
  mn: 6,
  b: 9,
  bn: 9,
  t: 12,
  tn: 12,
};

/** Symbols people type without configuring anything: `$`, `CA$`, `€`, `£`, `¥`, `₹`. */
const GENERIC_CURRENCY_PATTERN = String.raw`[A-Z]{0,3}\$|[€£¥₹]`;

export type NumberKind = 'amount' | 'percent' | 'any';

export interface ParseOptions {
  /**
   * What the field holds. `amount` refuses `12%`; `percent` refuses `40k` and `$12`;
   * `any` (default) accepts both and reports which one was written.
   */
  expect?: NumberKind;
  /** Smallest allowed value (default 0: negative values are refused). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** ISO 4217 code whose symbol (e.g. `CHF`, `R$`) is accepted besides the generic ones. */
  currency?: string;
}

export type ParseResult =
  | { ok: true; value: number; percent: boolean }
  /** `empty` lets a nullable field turn a cleared input into "not set" instead of an error. */
  | { ok: false; reason: string; empty: boolean };

function refuse(reason: string): ParseResult {
  return { ok: false, reason, empty: false };
}

function quote(input: string): string {
  const shown = input.length > 24 ? `${input.slice(0, 24)}…` : input;
  return `'${shown}'`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const currencySymbolCache = new Map<string, string>();

/** The symbol `formatMoney` prints for a currency, so that its output parses back. */
function currencySymbol(currency: string): string {
  const cached = currencySymbolCache.get(currency);
  if (cached !== undefined) return cached;
  const part = new Intl.NumberFormat(LOCALE, { style: 'currency', currency })
    .formatToParts(1)
    .find((p) => p.type === 'currency');
  const symbol = part?.value ?? currency;
  currencySymbolCache.set(currency, symbol);
  return symbol;
}

const grammarCache = new Map<string, RegExp>();

/**
 * `[sign] [currency] [sign] digits [suffix | %] [currency]`. Digits are either plain (`1200.5`)
 * or grouped by thousands (`1,200,000.5`). Every part is bounded or linear, so matching a
 * hostile string cannot backtrack badly.
 */
function grammar(currency: string | undefined): RegExp {
  const key = currency ?? '';
  const cached = grammarCache.get(key);
  if (cached) return cached;
  const alternatives = [GENERIC_CURRENCY_PATTERN];
  if (currency !== undefined) {
    alternatives.unshift(escapeRegExp(currencySymbol(currency)), currency);
  }
  const cur = `(?:${alternatives.join('|')})`;
  const digits = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+`;
  const pattern = String.raw`^(?<sign1>[-−+])?\s*(?<cur1>${cur})?\s*(?<sign2>[-−+])?\s*(?<digits>${digits})\s*(?<suffix>[a-zA-Z]{1,2}|%)?\s*(?<cur2>${cur})?$`;
  const compiled = new RegExp(pattern, 'u');
  grammarCache.set(key, compiled);
  return compiled;
}

/** A decimal comma (`1,5`, `12,25`) is a common slip for people used to other locales. */
const DECIMAL_COMMA = /^[-−]?\d+,\d{1,2}$/;

/**
 * Reads what a person typed: `1.2B`, `350M`, `40k`, `1,200,000`, `$1.2B`, `12%`, `0.5`, ` 3 `.
 * Never throws; every refusal carries a reason written for the person who typed it.
 */
export function parseNumber(input: string, options: ParseOptions = {}): ParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'Enter a number', empty: true };
  if (text.length > MAX_INPUT_LENGTH) return refuse(`${quote(text)} is too long to be a number`);

  const currency =
    options.currency !== undefined && /^[A-Z]{3}$/.test(options.currency)
      ? options.currency
      : undefined;
  const match = grammar(currency).exec(text);
  const groups = match?.groups;
  if (!groups || groups.digits === undefined) {
    if (DECIMAL_COMMA.test(text)) {
      return refuse(`${quote(text)} is not a number: write decimals with a dot (1.5)`);
    }
    return refuse(`${quote(text)} is not a number`);
  }
  if (groups.sign1 !== undefined && groups.sign2 !== undefined) {
    return refuse(`${quote(text)} is not a number`);
  }
  if (groups.cur1 !== undefined && groups.cur2 !== undefined) {
    return refuse(`${quote(text)} is not a number`);
  }

  const suffix = groups.suffix?.toLowerCase();
  const percent = suffix === '%';
  const hasCurrency = groups.cur1 !== undefined || groups.cur2 !== undefined;
  const exponent = suffix === undefined || percent ? 0 : SUFFIX_EXPONENT[suffix];
  if (exponent === undefined) return refuse(`${quote(text)} is not a number`);
  if (percent && hasCurrency) return refuse(`${quote(text)} is not a number`);

  const expect = options.expect ?? 'any';
  if (expect === 'amount' && percent) {
    return refuse(`${quote(text)} is a percentage; enter an amount here`);
  }
  if (expect === 'percent' && (hasCurrency || exponent !== 0)) {
    return refuse(`${quote(text)} is not a percentage`);
  }

  // Shifting the decimal point in the text (`1.2e9`) instead of multiplying (`1.2 * 1e9`) gives
  // the double nearest to what was written: 0.07 × 1000 would be 70.00000000000001.
  // At most 64 characters keep this finite (below 10^77).
  const magnitude = Number(`${groups.digits.replace(/,/g, '')}e${exponent}`);
  const sign = groups.sign1 ?? groups.sign2;
  const negative = (sign === '-' || sign === '−') && magnitude !== 0;
  const value = negative ? -magnitude : magnitude;

  const min = options.min ?? 0;
  const showBound = (bound: number) =>
    percent || expect === 'percent' ? formatPercent(bound) : formatPlain(bound);
  if (value < min) {
    return refuse(
      min >= 0 && value < 0
        ? 'negative values are not allowed here'
        : `${quote(text)} is too small: the minimum is ${showBound(min)}`,
    );
  }
  if (options.max !== undefined && value > options.max) {
    return refuse(`${quote(text)} is too large: the maximum is ${showBound(options.max)}`);
  }
  return { ok: true, value, percent };
}

const formatterCache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let cached = formatterCache.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(LOCALE, options);
    formatterCache.set(key, cached);
  }
  return cached;
}

/** What a value that does not exist looks like; never `NaN` or `∞` on a projector. */
export const NO_VALUE = '—';

/** Below this magnitude compact notation adds nothing, and whole units read best. */
const COMPACT_FROM = 1_000;

/** 3 significant digits, but never more fraction digits than `maxFractionDigits`. */
function smallNumberOptions(maxFractionDigits: number): Intl.NumberFormatOptions {
  return {
    maximumSignificantDigits: SIGNIFICANT_DIGITS,
    minimumFractionDigits: 0,
    maximumFractionDigits: maxFractionDigits,
    roundingPriority: 'lessPrecision',
    signDisplay: 'negative',
  };
}

const COMPACT_OPTIONS: Intl.NumberFormatOptions = {
  notation: 'compact',
  maximumSignificantDigits: SIGNIFICANT_DIGITS,
  signDisplay: 'negative',
};

export interface MoneyOptions {
  /** `$1.2B` (default) or whole units, `$1,234,568`, for tables that want every digit. */
  compact?: boolean;
}

function currencyFractionDigits(currency: string): number {
  return formatter({ style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Money for people: `$1.2B`, `$350M`, `$40K`, `$950`, `$12.5`, `€1.23B`, `CHF 950`.
 * Any ISO 4217 currency; amounts under 1,000 keep at most the currency's minor digits
 * (`¥12`, not `¥12.3`).
 */
export function formatMoney(value: number, currency = 'USD', options: MoneyOptions = {}): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const money = { style: 'currency', currency } as const;
  const small = formatter({ ...money, ...smallNumberOptions(currencyFractionDigits(currency)) });
  if (Math.abs(value) < COMPACT_FROM) return small.format(value);
  if (options.compact === false) {
    return formatter({ ...money, maximumFractionDigits: 0, signDisplay: 'negative' }).format(value);
  }
  return formatter({ ...money, ...COMPACT_OPTIONS }).format(value);
}

/** A bare number in the same notation: `1.2M`, `40K`, `950`, `0.5`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  if (Math.abs(value) >= COMPACT_FROM) return formatter(COMPACT_OPTIONS).format(value);
  return formatter(smallNumberOptions(2)).format(value);
}

/** Plain digits for messages about limits (`the maximum is 1,000`). */
function formatPlain(value: number): string {
  return formatter({ maximumFractionDigits: 6, signDisplay: 'negative' }).format(value);
}

const pluralRules = new Intl.PluralRules(LOCALE);

export interface CountUnit {
  one: string;
  other: string;
}

/**
 * Counts of things: `12.4K customers`, `1 customer`, `63 customers`. Models produce fractional
 * customers (expected values); under 1,000 they are shown whole, as nobody has 62.5 customers.
 */
export function formatCount(value: number, unit?: CountUnit): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const compact = Math.abs(value) >= COMPACT_FROM;
  const shown = compact
    ? formatter(COMPACT_OPTIONS).format(value)
    : formatter(smallNumberOptions(0)).format(value);
  if (!unit) return shown;
  const noun =
    pluralRules.select(compact ? value : Math.round(value)) === 'one' ? unit.one : unit.other;
  return `${shown} ${noun}`;
}

/**
 * Percentage points for people: `38%`, `12.5%`, `0.125%`, `1,235%`. Three significant digits
 * below 100% (and never more than 3 decimals, so a rounding residue shows as `0%`); from 100%
 * whole percents, which are never rounded away (`1,235%`, not `1,240%`).
 */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return NO_VALUE;
  const digits: Intl.NumberFormatOptions =
    Math.abs(percent) >= 100
      ? { maximumFractionDigits: 0, signDisplay: 'negative' }
      : smallNumberOptions(3);
  return formatter({ style: 'percent', ...digits }).format(percent / 100);
}

/** How many times larger: `3.4×`, `12×`, `1.05×`. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return NO_VALUE;
  return `${formatter({ maximumSignificantDigits: SIGNIFICANT_DIGITS, maximumFractionDigits: 0, roundingPriority: 'morePrecision', signDisplay: 'negative' }).format(ratio)}×`;
}
