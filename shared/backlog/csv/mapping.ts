import type { Settings } from '../../workshop/schema';
import { type NumberStyle, parseHumanNumber } from '../numbers';
import { type CsvSource, looksLikeDate, normalizeHeader } from './detect';
import type { CsvTable } from './parse';

/**
 * Which column feeds which field of an item. `proposeMapping` guesses one from the headers
 * (and, for plain spreadsheets, from the values of numeric columns); the mapping step shows
 * it with a preview and the user changes it with `assignColumn` / `setTagColumns`.
 */

export type SingleField =
  'title' | 'description' | 'key' | 'url' | 'track' | 'reach' | 'impact' | 'confidence' | 'effort';
export type ImportField = SingleField | 'tags';

export interface ImportFieldInfo {
  field: ImportField;
  label: string;
  /** Tags take several columns (Jira repeats `Labels`; components are tags too). */
  multiple: boolean;
  required: boolean;
}

export const IMPORT_FIELDS: readonly ImportFieldInfo[] = [
  { field: 'title', label: 'Title', multiple: false, required: true },
  { field: 'description', label: 'Description', multiple: false, required: false },
  { field: 'key', label: 'Key', multiple: false, required: false },
  { field: 'url', label: 'Link', multiple: false, required: false },
  { field: 'tags', label: 'Tags', multiple: true, required: false },
  { field: 'track', label: 'Track', multiple: false, required: false },
  { field: 'reach', label: 'Reach', multiple: false, required: false },
  { field: 'impact', label: 'Impact', multiple: false, required: false },
  { field: 'confidence', label: 'Confidence', multiple: false, required: false },
  { field: 'effort', label: 'Effort', multiple: false, required: false },
];

const SINGLE_FIELDS: readonly SingleField[] = [
  'title',
  'description',
  'key',
  'url',
  'track',
  'reach',
  'impact',
  'confidence',
  'effort',
];

export interface ColumnMapping {
  /** Column index per field, null when the field is not imported. */
  fields: Record<SingleField, number | null>;
  /** Every column whose cells become tags, in order. */
  tags: number[];
  /** How confidence is written: 80 or "80%" (`percent`), or 0.8 (`fraction`). */
  confidenceScale: 'percent' | 'fraction';
  /** How numbers are written (see `NumberStyle`). */
  numberStyle: NumberStyle;
}

/** Why a field got its column: a matching header, or values that look right. */
export type MappingReason = 'header' | 'values';

export interface MappingProposal {
  mapping: ColumnMapping;
  reasons: Partial<Record<ImportField, MappingReason>>;
}

interface HeaderRule {
  /** Normalized headers that mean the field, best first. */
  exact: readonly string[];
  /** Words that mean the field anywhere in a header, when no header matches exactly. */
  contains: readonly string[];
}

const HEADER_RULES: Readonly<Record<SingleField, HeaderRule>> = {
  title: {
    exact: ['summary', 'title', 'name', 'item', 'feature', 'story', 'idea', 'subject', 'epic name'],
    contains: ['title', 'summary', 'feature'],
  },
  description: {
    exact: ['description', 'details', 'detail', 'notes', 'note', 'body', 'desc'],
    contains: ['description'],
  },
  key: {
    exact: ['issue key', 'key', 'id', 'identifier', 'ref', 'reference', 'ticket', 'issue id'],
    contains: [],
  },
  url: { exact: ['url', 'link', 'issue url', 'web url', 'href'], contains: ['url'] },
  track: {
    exact: ['track', 'theme', 'workstream', 'stream', 'pillar', 'category', 'investment track'],
    contains: ['track', 'theme'],
  },
  reach: { exact: ['reach'], contains: ['reach'] },
  impact: { exact: ['impact'], contains: ['impact'] },
  confidence: { exact: ['confidence'], contains: ['confidence'] },
  effort: {
    exact: ['effort', 'person months', 'story points', 'estimate', 'points', 'size'],
    contains: ['effort', 'person months', 'person month', 'story points'],
  },
};

const RICE_COLUMNS: readonly SingleField[] = ['reach', 'impact', 'confidence', 'effort'];

const TAG_HEADERS = ['labels', 'label', 'tags', 'tag', 'component s', 'components', 'component'];

/** Headers about something else that merely mention a field ("Project description"). */
const FOREIGN_PREFIXES = ['project ', 'parent ', 'epic link'];

/** Numeric columns that are never RICE inputs, whatever their values. */
const NOT_RICE =
  /(^| )(id|key|no|number|rank|score|position|order|votes|watchers|sprint|year|date|created|updated|due|priority)( |$)/;

const SAMPLE_ROWS = 200;

export function emptyMapping(): ColumnMapping {
  return {
    fields: {
      title: null,
      description: null,
      key: null,
      url: null,
      track: null,
      reach: null,
      impact: null,
      confidence: null,
      effort: null,
    },
    tags: [],
    confidenceScale: 'percent',
    numberStyle: 'auto',
  };
}

/** The mapping the mapping step starts from. */
export function proposeMapping(
  table: CsvTable,
  source: CsvSource,
  settings: Pick<Settings, 'impactLevels'>,
): MappingProposal {
  const mapping = emptyMapping();
  const reasons: MappingProposal['reasons'] = {};
  const headers = table.columns.map((column) => normalizeHeader(column.header));
  const used = new Set<number>();

  const take = (field: SingleField, index: number, reason: MappingReason) => {
    mapping.fields[field] = index;
    reasons[field] = reason;
    used.add(index);
  };

  headers.forEach((header, index) => {
    if (TAG_HEADERS.includes(header)) {
      mapping.tags.push(index);
      used.add(index);
    }
  });
  if (mapping.tags.length > 0) reasons.tags = 'header';

  for (const field of SINGLE_FIELDS) {
    const index = findByHeader(headers, HEADER_RULES[field], used);
    if (index !== null) take(field, index, 'header');
  }

  // Numbers are read from the RICE columns found so far and, in a plain spreadsheet, from
  // every column still free (the ones sniffing may pick); text columns are not looked at.
  const numberColumns = RICE_COLUMNS.map((field) => mapping.fields[field]).filter(
    (index): index is number => index !== null,
  );
  if (source === 'spreadsheet') {
    for (const column of table.columns)
      if (!used.has(column.index)) numberColumns.push(column.index);
  }
  mapping.numberStyle = guessNumberStyle(table, numberColumns);
  if (source === 'spreadsheet') {
    for (const [field, index] of sniffRiceColumns(table, mapping, used, settings)) {
      take(field, index, 'values');
    }
  }
  mapping.confidenceScale = guessConfidenceScale(
    table,
    mapping.fields.confidence,
    mapping.numberStyle,
  );
  return { mapping, reasons };
}

function findByHeader(
  headers: readonly string[],
  rule: HeaderRule,
  used: ReadonlySet<number>,
): number | null {
  for (const wanted of rule.exact) {
    const index = headers.findIndex((header, i) => header === wanted && !used.has(i));
    if (index !== -1) return index;
  }
  for (const word of rule.contains) {
    const index = headers.findIndex(
      (header, i) =>
        !used.has(i) &&
        !FOREIGN_PREFIXES.some((prefix) => header.startsWith(prefix)) &&
        ` ${header} `.includes(` ${word} `),
    );
    if (index !== -1) return index;
  }
  return null;
}

function sampleCells(table: CsvTable, index: number): string[] {
  const cells: string[] = [];
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const cell = row.cells[index]?.trim() ?? '';
    if (cell !== '') cells.push(cell);
  }
  return cells;
}

/**
 * `decimal-comma` when some number in `columns` is unmistakably written with a decimal comma
 * ("0,5", "2,25") and none with a decimal point. "1,200" and "1.200" decide nothing.
 */
function guessNumberStyle(table: CsvTable, columns: readonly number[]): NumberStyle {
  let commaDecimals = 0;
  let pointDecimals = 0;
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    for (const index of columns) {
      const cell = row.cells[index] ?? '';
      const match = /^\s*[+-]?(\d+)([.,])(\d+)\s*%?\s*$/.exec(cell);
      if (match === null) continue;
      const [, whole = '', mark, fraction = ''] = match;
      const unambiguous = fraction.length !== 3 || /^0+$/.test(whole);
      if (!unambiguous) continue;
      if (mark === ',') commaDecimals += 1;
      else pointDecimals += 1;
    }
  }
  return commaDecimals > 0 && pointDecimals === 0 ? 'decimal-comma' : 'auto';
}

/** `fraction` when every confidence value is at most 1 and none is written with "%". */
function guessConfidenceScale(
  table: CsvTable,
  index: number | null,
  style: NumberStyle,
): ColumnMapping['confidenceScale'] {
  if (index === null) return 'percent';
  const cells = sampleCells(table, index);
  const values = cells.map((cell) => parseHumanNumber(cell, style));
  const fraction =
    values.length > 0 && values.every((value) => value.ok && !value.percent && value.value <= 1);
  return fraction ? 'fraction' : 'percent';
}

interface NumericColumn {
  index: number;
  values: number[];
  percentShare: number;
}

/** For a plain spreadsheet: RICE fields the headers did not name, guessed from the values. */
function sniffRiceColumns(
  table: CsvTable,
  mapping: ColumnMapping,
  used: ReadonlySet<number>,
  settings: Pick<Settings, 'impactLevels'>,
): [SingleField, number][] {
  const candidates: NumericColumn[] = [];
  table.columns.forEach((column) => {
    if (used.has(column.index) || NOT_RICE.test(normalizeHeader(column.header))) return;
    const numeric = readNumericColumn(table, column.index, mapping.numberStyle);
    if (numeric !== null) candidates.push(numeric);
  });
  const found: [SingleField, number][] = [];
  const takeFirst = (field: SingleField, fits: (column: NumericColumn) => boolean) => {
    if (mapping.fields[field] !== null) return;
    const index = candidates.findIndex(fits);
    const column = candidates[index];
    if (column === undefined) return;
    candidates.splice(index, 1);
    found.push([field, column.index]);
  };

  const levels = new Set(settings.impactLevels.map((level) => level.value));
  takeFirst('confidence', (column) => column.percentShare >= 0.9);
  takeFirst(
    'impact',
    (column) =>
      column.values.every((value) => levels.has(value)) && new Set(column.values).size > 1,
  );
  if (mapping.fields.reach === null) {
    const counts = candidates
      .filter((column) => column.values.every((value) => value >= 0 && Number.isInteger(value)))
      .filter((column) => median(column.values) >= 10)
      .sort((a, b) => median(b.values) - median(a.values));
    const [largest] = counts;
    if (largest !== undefined) takeFirst('reach', (column) => column === largest);
  }
  takeFirst(
    'effort',
    (column) => column.values.every((value) => value > 0) && median(column.values) <= 120,
  );
  return found;
}

/** A column is numeric when at least 90% of its non-blank cells are numbers and none are dates. */
function readNumericColumn(
  table: CsvTable,
  index: number,
  style: NumberStyle,
): NumericColumn | null {
  const cells = sampleCells(table, index);
  if (cells.length === 0 || cells.some(looksLikeDate)) return null;
  const values: number[] = [];
  let percents = 0;
  for (const cell of cells) {
    const parsed = parseHumanNumber(cell, style);
    if (!parsed.ok) continue;
    values.push(parsed.value);
    if (parsed.percent) percents += 1;
  }
  if (values.length < cells.length * 0.9) return null;
  return { index, values, percentShare: percents / values.length };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Points `field` at `column` (or at nothing). A column feeds one field at most, so it is
 * taken away from any other field or the tag columns. Choosing a confidence column re-reads
 * how its values are written.
 */
export function assignColumn(
  table: CsvTable,
  mapping: ColumnMapping,
  field: SingleField,
  column: number | null,
): ColumnMapping {
  const fields = { ...mapping.fields };
  if (column !== null) {
    for (const other of SINGLE_FIELDS) if (fields[other] === column) fields[other] = null;
  }
  fields[field] = column;
  const next: ColumnMapping = {
    ...mapping,
    fields,
    tags: mapping.tags.filter((index) => index !== column),
  };
  if (field === 'confidence') {
    next.confidenceScale = guessConfidenceScale(table, column, mapping.numberStyle);
  }
  return next;
}

/** Sets the tag columns, taking them away from any single field. */
export function setTagColumns(mapping: ColumnMapping, columns: readonly number[]): ColumnMapping {
  const tags = [...new Set(columns)].sort((a, b) => a - b);
  const fields = { ...mapping.fields };
  for (const field of SINGLE_FIELDS) {
    const index = fields[field];
    if (index !== null && tags.includes(index)) fields[field] = null;
  }
  return { ...mapping, fields, tags };
}

/** What stops an import with this mapping, in words; empty when it can go ahead. */
export function mappingProblems(
  mapping: ColumnMapping,
  table: Pick<CsvTable, 'columns'>,
): string[] {
  const problems: string[] = [];
  if (mapping.fields.title === null)
    problems.push("Choose the column that holds each item's title.");
  const known = (index: number) =>
    Number.isInteger(index) && index >= 0 && index < table.columns.length;
  const mapped = [...Object.values(mapping.fields), ...mapping.tags];
  for (const index of mapped) {
    if (index !== null && !known(index)) problems.push(`Column ${index + 1} is not in this file.`);
  }
  return problems;
}

/** The first non-blank values of a column, shortened, for the mapping step's column list. */
export function columnSamples(table: CsvTable, index: number, count = 3): string[] {
  return sampleCells(table, index)
    .slice(0, count)
    .map((cell) => {
      const line = cell.replace(/\s+/g, ' ');
      return line.length > 60 ? `${line.slice(0, 59)}…` : line;
    });
}
