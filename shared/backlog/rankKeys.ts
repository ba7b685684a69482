import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Manual order is data (STYLE §9): every item carries a fractional-index key and the manual
 * order is the keys' order. Moving an item gives that one item a key between its new
 * neighbours, so a drag changes one field of one item.
 */

/**
 * Keys longer than this are not handed out: repeatedly dropping items into the same gap
 * halves it each time and adds a character about every six moves, and the file schema caps
 * a rank at 200 characters. Past this length the order is respaced instead (see reorder.ts).
 */
export const MAX_RANK_KEY_LENGTH = 48;

/** The alphabet of `fractional-indexing`'s default keys: a letter head, then base-62 digits. */
const KEY_SHAPE = /^[A-Za-z][0-9A-Za-z]*$/;

/**
 * Orders keys by UTF-16 code units, which is the order `fractional-indexing` keys are built
 * for. (`localeCompare` would put "a" and "B" the wrong way round.)
 */
export function compareRankKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `key` is a key this module can generate neighbours for. */
export function isValidRankKey(key: string): boolean {
  if (!KEY_SHAPE.test(key) || key.length > MAX_RANK_KEY_LENGTH) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * A key strictly between `before` and `after` (either may be null for "the start" / "the
 * end"), or null when none can be made: a neighbour is not a valid key, the two are equal or
 * out of order, or the result would be longer than `MAX_RANK_KEY_LENGTH`.
 */
export function rankKeyBetween(before: string | null, after: string | null): string | null {
  if (before !== null && !isValidRankKey(before)) return null;
  if (after !== null && !isValidRankKey(after)) return null;
  if (before !== null && after !== null && before >= after) return null;
  const key = generateKeyBetween(before, after);
  return key.length > MAX_RANK_KEY_LENGTH ? null : key;
}

/** `n` increasing keys from the start, for a new backlog or a respaced order. */
export function initialRanks(n: number): string[] {
  return n <= 0 ? [] : generateNKeysBetween(null, null, n);
}

/**
 * `n` increasing keys after `last` (new items go to the end of the manual order), or null
 * when `last` is not a valid key and the order must be respaced first.
 */
export function ranksAfter(last: string | null, n: number): string[] | null {
  if (last !== null && !isValidRankKey(last)) return null;
  return n <= 0 ? [] : generateNKeysBetween(last, null, n);
}
