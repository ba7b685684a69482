import Papa from 'papaparse';
import { type Cooperation, runCooperatively, runToEnd } from './steps';

/**
 * Reading a CSV export into a table of text cells: Jira, Linear or any spreadsheet, comma,
 * semicolon or tab separated, with or without a UTF-8 byte order mark, with quoted values
 * spanning several lines. Nothing here knows about backlog items; `mapping.ts` and
 * `importRows.ts` give the cells their meaning.
 *
 * Large files: `parseCsvInSteps` parses a chunk at a time and yields between chunks, and
 * `parseCsvCooperatively` drives it with a pause the host provides, so a 20 MB export never
 * blocks the window for more than one chunk. Everything is pure and runs in a Web Worker too.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvColumn {
  /** Position in the file, 0-based: what a mapping refers to. */
  index: number;
  /** The header as written, trimmed. Repeated headers (Jira's `Sprint`, `Labels`) share it. */
  header: string;
  /** The header as shown to people, unique in the table: "Sprint", "Sprint (2)", … */
  name: string;
  /** 1 for the first column with this header, 2 for the second, … */
  occurrence: number;
}

export interface CsvRow {
  /** The row number a spreadsheet shows: the header is row 1, the first data row is row 2. */
  number: number;
  /** One cell per column, '' where the file had none. */
  cells: string[];
}

export interface CsvWarning {
  /** Spreadsheet row number, or null for the whole file. */
  row: number | null;
  message: string;
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  columns: CsvColumn[];
  /** Data rows; rows with every cell blank are left out (their numbers are skipped). */
  rows: CsvRow[];
  warnings: CsvWarning[];
}

export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; reason: string };

export interface CsvProgress {
  charsRead: number;
  totalChars: number;
  rowsRead: number;
}

export interface CsvParseOptions {
  /** Characters parsed per step; about 10 ms of work each at the default. */
  chunkChars?: number;
}

const DEFAULT_CHUNK_CHARS = 256 * 1024;
const SAMPLE_CHARS = 64 * 1024;
/** A file with more warnings than this is summarised rather than listed. */
const MAX_WARNINGS = 50;

export const NOT_A_CSV =
  "This file doesn't look like a CSV: it contains binary data. Export the backlog from Jira, " +
  'Linear or your spreadsheet as CSV (comma, semicolon or tab separated) and choose that file.';
export const EMPTY_FILE = 'The file is empty.';
export const NO_ROWS = 'The file has a header row but no rows to import.';

/** Parses the whole text at once. Fine for small files, tests and Web Workers. */
export function parseCsvText(text: string, options: CsvParseOptions = {}): CsvParseResult {
  return runToEnd(parseCsvInSteps(text, options));
}

/**
 * Parses `text` one chunk per `next()`: each step yields progress, and the generator returns
 * the result. The caller decides what happens between chunks (paint a progress bar, let the
 * window handle input); `parseCsvCooperatively` is the usual driver.
 */
export function* parseCsvInSteps(
  text: string,
  options: CsvParseOptions = {},
): Generator<CsvProgress, CsvParseResult, void> {
  const body = stripByteOrderMark(text);
  if (looksBinary(body)) return { ok: false, reason: NOT_A_CSV };
  if (body.trim() === '') return { ok: false, reason: EMPTY_FILE };

  const { delimiter: declared, start } = readSeparatorLine(body);
  const newline = guessNewline(body.slice(start, start + SAMPLE_CHARS));
  const delimiter = declared ?? guessDelimiter(body.slice(start, start + SAMPLE_CHARS), newline);
  const parser = new Papa.Parser({ delimiter, newline });
  const chunkChars = Math.max(64, options.chunkChars ?? DEFAULT_CHUNK_CHARS);

  const builder = new TableBuilder();
  let cursor = start;
  let size = chunkChars;
  while (cursor < body.length) {
    const end = Math.min(body.length, cursor + size);
    const isLast = end === body.length;
    const result = readParserResult(parser.parse(body.slice(cursor, end), cursor, !isLast));
    builder.add(result.rows, result.errors);
    if (isLast) break;
    if (result.cursor > cursor) {
      cursor = result.cursor;
      size = chunkChars;
    } else {
      // One record (a long quoted value) is larger than the chunk: read more at once.
      size *= 2;
    }
    yield { charsRead: cursor, totalChars: body.length, rowsRead: builder.rowCount };
  }
  return builder.finish(delimiter);
}

export type CooperativeParseOptions = CsvParseOptions & Cooperation<CsvProgress>;

export const CANCELLED = 'The import was cancelled.';

/** Parses `text` chunk by chunk, handing control back to the host between chunks. */
export function parseCsvCooperatively(
  text: string,
  options: CooperativeParseOptions,
): Promise<CsvParseResult> {
  return runCooperatively(parseCsvInSteps(text, options), options, {
    ok: false,
    reason: CANCELLED,
  });
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Text decoded from a binary file is full of NUL and other control characters, or U+FFFD
 * replacement characters; a real export has none of them (beyond the odd broken character).
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.includes('\u0000')) return true;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    // C1 controls are what binary bytes 0x80–0x9F become when decoded as Windows-1252.
    if (control || (code >= 0x80 && code <= 0x9f) || code === 0xfffd) {
      suspicious += 1;
    }
  }
  return suspicious > Math.max(4, sample.length * 0.02);
}

/** Excel's `sep=;` first line names the delimiter and is not part of the table. */
function readSeparatorLine(text: string): { delimiter: CsvDelimiter | null; start: number } {
  const match = /^sep=(.)\r?\n/i.exec(text);
  const delimiter = match?.[1];
  if (match === null || !isDelimiter(delimiter)) return { delimiter: null, start: 0 };
  return { delimiter, start: match[0].length };
}

function isDelimiter(value: string | undefined): value is CsvDelimiter {
  return value === ',' || value === ';' || value === '\t';
}

/** The record separator: the first line break outside quoted values. */
type Newline = '\r\n' | '\n' | '\r';

function guessNewline(sample: string): Newline {
  const outsideQuotes = sample.replace(/"[^"]*"/g, '');
  const match = /\r\n|\n|\r/.exec(outsideQuotes);
  const found = match?.[0];
  return found === '\r\n' || found === '\r' ? found : '\n';
}

/**
 * The delimiter that splits the header into the most columns while giving (nearly) every row
 * the same number of cells as the header. Ties go to the comma.
 */
function guessDelimiter(sample: string, newline: Newline): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; consistency: number; width: number } | null = null;
  for (const delimiter of [',', ';', '\t'] as const) {
    const { data } = Papa.parse<string[]>(sample, { delimiter, newline, preview: 40 });
    // The sample may end in the middle of a row; leave that row out.
    const rows = sample.length < SAMPLE_CHARS ? data : data.slice(0, -1);
    const width = rows[0]?.length ?? 0;
    const dataRows = rows.slice(1).filter((row) => row.some((cell) => cell.trim() !== ''));
    const consistent = dataRows.filter((row) => row.length === width).length;
    const consistency = dataRows.length === 0 ? 1 : consistent / dataRows.length;
    if (width < 2) continue;
    const better =
      best === null ||
      (consistency >= 0.8 && best.consistency < 0.8) ||
      (consistency >= 0.8 === best.consistency >= 0.8 && width > best.width);
    if (better) best = { delimiter, consistency, width };
  }
  return best?.delimiter ?? ',';
}

interface ParserResult {
  rows: string[][];
  errors: { row: number; code: string }[];
  cursor: number;
}

/** Papa's low-level parser is typed `any`: read its result as data from outside. */
function readParserResult(value: unknown): ParserResult {
  const result: ParserResult = { rows: [], errors: [], cursor: 0 };
  if (typeof value !== 'object' || value === null) return result;
  const data: unknown = Reflect.get(value, 'data');
  const errors: unknown = Reflect.get(value, 'errors');
  const meta: unknown = Reflect.get(value, 'meta');
  if (Array.isArray(data)) {
    for (const row of data) {
      if (Array.isArray(row))
        result.rows.push(row.map((cell) => (typeof cell === 'string' ? cell : String(cell))));
    }
  }
  if (Array.isArray(errors)) {
    for (const error of errors) {
      if (typeof error !== 'object' || error === null) continue;
      const row: unknown = Reflect.get(error, 'row');
      const code: unknown = Reflect.get(error, 'code');
      result.errors.push({
        row: typeof row === 'number' ? row : 0,
        code: typeof code === 'string' ? code : 'Unknown',
      });
    }
  }
  if (typeof meta === 'object' && meta !== null) {
    const cursor: unknown = Reflect.get(meta, 'cursor');
    if (typeof cursor === 'number') result.cursor = cursor;
  }
  return result;
}

/**
 * Builds the table as records arrive, chunk by chunk, so that no single step has to walk the
 * whole file. The header is the first record that is not blank.
 */
class TableBuilder {
  private columns: CsvColumn[] | null = null;
  private readonly rows: CsvRow[] = [];
  private readonly warnings: CsvWarning[] = [];
  /** Records seen so far, blank ones included: the spreadsheet row number of the last one. */
  private records = 0;

  get rowCount(): number {
    return this.rows.length;
  }

  add(records: readonly string[][], problems: readonly { row: number; code: string }[]): void {
    for (const problem of problems) this.noteProblem(this.records + problem.row + 1, problem.code);
    for (const cells of records) {
      this.records += 1;
      if (cells.every((cell) => cell.trim() === '')) continue;
      if (this.columns === null) this.columns = nameColumns(cells);
      else this.rows.push(this.fit(cells, this.columns.length));
    }
  }

  finish(delimiter: CsvDelimiter): CsvParseResult {
    if (this.columns === null) return { ok: false, reason: EMPTY_FILE };
    if (this.rows.length === 0) return { ok: false, reason: NO_ROWS };
    return {
      ok: true,
      table: { delimiter, columns: this.columns, rows: this.rows, warnings: this.warnings },
    };
  }

  /** Pads a short row, and drops (with a warning) values beyond the last column. */
  private fit(cells: string[], width: number): CsvRow {
    const number = this.records;
    if (cells.length > width) {
      if (cells.slice(width).some((cell) => cell.trim() !== '')) {
        this.warn(
          number,
          `Row ${number} has ${cells.length} values for ${width} columns; the extra values were left out.`,
        );
      }
      cells.length = width;
    }
    while (cells.length < width) cells.push('');
    return { number, cells };
  }

  private noteProblem(row: number, code: string): void {
    this.warn(
      row,
      code === 'MissingQuotes'
        ? `Row ${row}: a quoted value never ends, so the rest of the file was read into it.`
        : `Row ${row}: a quote in the middle of a value was read as text.`,
    );
  }

  private warn(row: number | null, message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push({ row, message });
  }
}

/** Unique display names: repeated headers get " (2)", " (3)"; blank ones "Column 4". */
function nameColumns(headerCells: readonly string[]): CsvColumn[] {
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  return headerCells.map((cell, index) => {
    const header = cell.trim() === '' ? `Column ${index + 1}` : cell.trim();
    const occurrence = (seen.get(header) ?? 0) + 1;
    seen.set(header, occurrence);
    let name = occurrence === 1 ? header : `${header} (${occurrence})`;
    for (let extra = occurrence + 1; taken.has(name); extra += 1) name = `${header} (${extra})`;
    taken.add(name);
    return { index, header, name, occurrence };
  });
}
