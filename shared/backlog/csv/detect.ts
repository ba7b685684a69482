import type { CsvColumn, CsvTable } from './parse';

/**
 * Which tool wrote a CSV: a Jira export, a Linear export, or some other spreadsheet. The
 * source decides how boldly the mapping guesses (a Jira export has known columns; a
 * spreadsheet's numeric columns are sniffed) and what the mapping step says to the user.
 */

export type CsvSource = 'jira' | 'linear' | 'spreadsheet';

export interface SourceDetection {
  source: CsvSource;
  /** "Jira export", "Linear export", "Spreadsheet". */
  label: string;
  /** Why, in words, for the mapping step ("has Summary and Issue key columns"). */
  evidence: string[];
}

/**
 * Lower case, accents dropped, Jira's `Custom field (…)` wrapper removed, punctuation turned
 * into single spaces: "Custom field (Story Points)" → "story points", "Component/s" →
 * "component s".
 */
export function normalizeHeader(header: string): string {
  const unwrapped = /^custom field \((.*)\)$/i.exec(header.trim())?.[1] ?? header;
  return unwrapped
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const JIRA_DATE = /^\d{1,2}\/[A-Za-z]{3}\/\d{2}(\d{2})?( \d{1,2}:\d{2}( ?[AP]M)?)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?)?$/;

/** Dates as exports write them ("30/Jul/18 23:33", "2024-03-12T09:15:00.000Z", "12.03.2024"). */
export function looksLikeDate(value: string): boolean {
  const text = value.trim();
  return JIRA_DATE.test(text) || ISO_DATE.test(text) || NUMERIC_DATE.test(text);
}

const LINEAR_ID = /^[A-Z][A-Z0-9]{0,9}-\d+$/;
const LINEAR_COLUMNS = [
  'team',
  'status',
  'estimate',
  'priority',
  'labels',
  'cycle name',
  'project',
];

export function detectSource(table: Pick<CsvTable, 'columns' | 'rows'>): SourceDetection {
  const byName = new Map<string, CsvColumn>();
  for (const column of table.columns) {
    const key = normalizeHeader(column.header);
    if (!byName.has(key)) byName.set(key, column);
  }
  const has = (name: string) => byName.has(name);
  const sample = (name: string) => {
    const column = byName.get(name);
    if (column === undefined) return [];
    return table.rows
      .slice(0, 50)
      .map((row) => row.cells[column.index]?.trim() ?? '')
      .filter((cell) => cell !== '');
  };

  if (has('summary') && (has('issue key') || has('issue id'))) {
    const evidence = ['has Summary and Issue key columns'];
    if (table.columns.some((column) => /^custom field \(/i.test(column.header))) {
      evidence.push('has "Custom field (…)" columns');
    }
    const created = sample('created');
    if (created.length > 0 && created.every((cell) => JIRA_DATE.test(cell))) {
      evidence.push('dates are written like 30/Jul/18 23:33');
    }
    return { source: 'jira', label: 'Jira export', evidence };
  }

  const linearColumns = LINEAR_COLUMNS.filter(has);
  const ids = sample('id');
  if (
    has('id') &&
    has('title') &&
    linearColumns.length >= 2 &&
    ids.every((id) => LINEAR_ID.test(id))
  ) {
    return {
      source: 'linear',
      label: 'Linear export',
      evidence: [
        'has ID and Title columns',
        `has Linear's ${linearColumns.join(', ')} columns`,
        'IDs look like ENG-123',
      ],
    };
  }

  return { source: 'spreadsheet', label: 'Spreadsheet', evidence: ['no Jira or Linear columns'] };
}
