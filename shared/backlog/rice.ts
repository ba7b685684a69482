import type { Rice, ScaleLevel, Settings } from '../workshop/schema';
import { type NumberStyle, formatGrouped, parseHumanNumber } from './numbers';

/**
 * RICE scoring (BRIEF, "Domain facts"):
 *   RICE score = Reach × Impact × Confidence ÷ Effort
 * - Reach: people or events per period, a count (≥ 0);
 * - Impact: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal (≥ 0, the workshop may revalue);
 * - Confidence: a percentage, 100 / 80 / 50 (stored 0–100, used as a fraction);
 * - Effort: person-months, > 0.
 */

export type RiceField = keyof Rice;
export const RICE_FIELDS: readonly RiceField[] = ['reach', 'impact', 'confidence', 'effort'];

export const RICE_FIELD_LABELS: Readonly<Record<RiceField, string>> = {
  reach: 'Reach',
  impact: 'Impact',
  confidence: 'Confidence',
  effort: 'Effort',
};

/**
 * Accepted ranges. The upper bounds are far beyond any real backlog (a trillion customers per
 * period, a million person-months) and exist so that the product can never overflow to
 * Infinity; the effort floor keeps the division from doing the same.
 */
export const RICE_LIMITS: Readonly<Record<RiceField, { min: number; max: number }>> = {
  reach: { min: 0, max: 1e12 },
  impact: { min: 0, max: 1e4 },
  confidence: { min: 0, max: 100 },
  effort: { min: 0.001, max: 1e6 },
};

export type RiceResult =
  | {
      kind: 'scored';
      value: number;
      /** The sum as people check it, e.g. "500 × 2 × 80% ÷ 4 = 200". */
      arithmetic: string;
    }
  | {
      kind: 'unscored';
      /** Fields with no value yet, in RICE order. */
      missing: RiceField[];
      /** Fields whose value is outside `RICE_LIMITS` (a draft or a damaged file). */
      invalid: RiceField[];
    };

function inRange(field: RiceField, value: number): boolean {
  const { min, max } = RICE_LIMITS[field];
  return Number.isFinite(value) && value >= min && value <= max;
}

/**
 * The score alone, without building the arithmetic text: `null` when any field is missing
 * or out of range. This is what sorting calls thousands of times.
 */
export function riceValue(rice: Rice): number | null {
  const { reach, impact, confidence, effort } = rice;
  if (reach === null || impact === null || confidence === null || effort === null) return null;
  if (
    !inRange('reach', reach) ||
    !inRange('impact', impact) ||
    !inRange('confidence', confidence) ||
    !inRange('effort', effort)
  ) {
    return null;
  }
  return formula(reach, impact, confidence, effort);
}

/** BRIEF: Reach × Impact × Confidence ÷ Effort, with confidence as a fraction of 100 %. */
function formula(reach: number, impact: number, confidence: number, effort: number): number {
  return (reach * impact * (confidence / 100)) / effort;
}

/** The score with its arithmetic, or which fields keep the item unscored. Never NaN or Infinity. */
export function riceScore(rice: Rice): RiceResult {
  const missing: RiceField[] = [];
  const invalid: RiceField[] = [];
  for (const field of RICE_FIELDS) {
    const value = rice[field];
    if (value === null) missing.push(field);
    else if (!inRange(field, value)) invalid.push(field);
  }
  const { reach, impact, confidence, effort } = rice;
  if (
    missing.length > 0 ||
    invalid.length > 0 ||
    reach === null ||
    impact === null ||
    confidence === null ||
    effort === null
  ) {
    return { kind: 'unscored', missing, invalid };
  }
  const value = formula(reach, impact, confidence, effort);
  const arithmetic =
    `${formatGrouped(reach)} × ${formatGrouped(impact)} × ${formatGrouped(confidence)}% ÷ ` +
    `${formatGrouped(effort)} = ${formatRiceScore(value)}`;
  return { kind: 'scored', value, arithmetic };
}

const twoSignificantDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/**
 * A score for people: grouped whole numbers from 100 up ("1,250"), one decimal from 10
 * ("12.5"), two below ("2.25", "0.5"), two significant digits under 0.01 ("0.0042").
 */
export function formatRiceScore(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  if (magnitude >= 100) return formatGrouped(value, 0);
  if (magnitude >= 10) return formatGrouped(value, 1);
  if (magnitude >= 0.01) return formatGrouped(value, 2);
  return twoSignificantDigits.format(value);
}

/** What a score cell shows: the number, or "unscored". */
export function formatRiceResult(result: RiceResult): string {
  return result.kind === 'scored' ? formatRiceScore(result.value) : 'unscored';
}

/**
 * The hover / focus text of a score: the arithmetic, or why there is no score yet
 * ("Unscored: needs reach and effort").
 */
export function explainRiceResult(result: RiceResult): string {
  if (result.kind === 'scored') return result.arithmetic;
  const parts: string[] = [];
  if (result.missing.length > 0) parts.push(`needs ${listFields(result.missing)}`);
  if (result.invalid.length > 0) parts.push(`${listFields(result.invalid)} out of range`);
  return `Unscored: ${parts.join('; ')}`;
}

function listFields(fields: readonly RiceField[]): string {
  const names = fields.map((field) => RICE_FIELD_LABELS[field].toLowerCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export type RiceInput = { ok: true; value: number | null } | { ok: false; reason: string };

export interface RiceInputOptions {
  /** The workshop's scales: impact / confidence level labels such as "High" are accepted. */
  scales?: Pick<Settings, 'impactLevels' | 'confidenceLevels'>;
  /** How to read "1,200" / "1.200" (see `NumberStyle`); the inline inputs use `auto`. */
  numberStyle?: NumberStyle;
  /**
   * How a confidence without "%" is written: 80 (`percent`, the default) or 0.8 (`fraction`,
   * as some spreadsheets hold it). "80%" always means 80 %.
   */
  confidenceScale?: 'percent' | 'fraction';
}

export const NOT_A_NUMBER = 'Enter a number';

/**
 * Checks what someone typed into a RICE field (or what a CSV cell holds). Empty text clears
 * the field (`value: null`); "1,200", "80%", "0.5" and, with `scales`, level labels are
 * accepted. Refusals carry the sentence the UI shows beside the field.
 */
export function validateRiceInput(
  field: RiceField,
  raw: string,
  options: RiceInputOptions = {},
): RiceInput {
  if (raw.trim() === '') return { ok: true, value: null };

  const level = options.scales === undefined ? undefined : findLevel(field, raw, options.scales);
  const parsed = parseHumanNumber(raw, options.numberStyle);
  let value: number;
  if (level !== undefined) {
    value = level.value;
  } else if (parsed.ok) {
    if (parsed.percent && field !== 'confidence') {
      return { ok: false, reason: `${RICE_FIELD_LABELS[field]} is not a percentage` };
    }
    const asFraction =
      field === 'confidence' && options.confidenceScale === 'fraction' && !parsed.percent;
    // toPrecision drops the binary noise of the ×100 (0.55 × 100 = 55.00000000000001).
    value = asFraction ? Number((parsed.value * 100).toPrecision(12)) : parsed.value;
  } else {
    return { ok: false, reason: NOT_A_NUMBER };
  }
  return checkRange(field, value);
}

function findLevel(
  field: RiceField,
  raw: string,
  settings: Pick<Settings, 'impactLevels' | 'confidenceLevels'>,
): ScaleLevel | undefined {
  const levels =
    field === 'impact'
      ? settings.impactLevels
      : field === 'confidence'
        ? settings.confidenceLevels
        : [];
  const wanted = raw.trim().toLowerCase();
  return levels.find((level) => level.label.trim().toLowerCase() === wanted);
}

function checkRange(field: RiceField, value: number): RiceInput {
  const { min, max } = RICE_LIMITS[field];
  switch (field) {
    case 'reach':
      if (value < 0) return { ok: false, reason: "Reach can't be negative" };
      if (value > max) return { ok: false, reason: `Reach can be at most ${formatGrouped(max)}` };
      break;
    case 'impact':
      if (value < 0) return { ok: false, reason: "Impact can't be negative" };
      if (value > max) return { ok: false, reason: `Impact can be at most ${formatGrouped(max)}` };
      break;
    case 'confidence':
      if (value < 0) return { ok: false, reason: "Confidence can't be negative" };
      if (value > max) return { ok: false, reason: "Confidence can't be more than 100%" };
      break;
    case 'effort':
      if (value <= 0) return { ok: false, reason: 'Effort must be more than 0 person-months' };
      if (value < min) {
        return { ok: false, reason: `Effort must be at least ${formatGrouped(min)} person-months` };
      }
      if (value > max) {
        return { ok: false, reason: `Effort can be at most ${formatGrouped(max)} person-months` };
      }
      break;
  }
  return { ok: true, value };
}
