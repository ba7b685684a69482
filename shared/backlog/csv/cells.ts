/**
 * Reading and writing single CSV cells, shared by the import and the export so that what one
 * writes the other reads back unchanged.
 */

/**
 * Characters that make a spreadsheet treat a cell as a formula (CSV injection: a title such as
 * `=HYPERLINK(...)` from an imported export would run when the CSV is opened in Excel). The
 * apostrophe is listed so that a text which really starts with one survives the round trip.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

/** Prefixes an apostrophe to text a spreadsheet would run as a formula. */
export function escapeCellText(text: string): string {
  return text !== '' && FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

/** Undoes `escapeCellText` (and the same protection added by other tools). */
export function unescapeCellText(text: string): string {
  return text.charAt(0) === "'" && FORMULA_START.has(text.charAt(1)) ? text.slice(1) : text;
}

/** Separators between several tags in one cell: Linear writes "Bug, Backend", sheets use ";". */
const TAG_SEPARATORS = /[,;|]/;

/** The tags in one cell, trimmed, empty ones dropped. */
export function splitTags(cell: string): string[] {
  return unescapeCellText(cell.trim())
    .split(TAG_SEPARATORS)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** Tags as one cell; `splitTags` reads it back as long as no tag contains a separator. */
export function joinTags(tags: readonly string[]): string {
  return escapeCellText(tags.join(', '));
}

/** Tags without blanks and without repeats that differ only by case; first spelling wins. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/**
 * Only web links are kept: the app opens them in the browser, and a `javascript:` or `file:`
 * link from someone else's export must never be one click away.
 */
export function isWebLink(text: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(text);
}
