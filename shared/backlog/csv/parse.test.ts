import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import badRows from '../../../test/fixtures/csv/bad-rows.csv?raw';
import jiraExport from '../../../test/fixtures/csv/jira-export.csv?raw';
import linearExport from '../../../test/fixtures/csv/linear-export.csv?raw';
import binaryFile from '../../../test/fixtures/csv/not-a-csv.bin?raw';
import semicolonSheet from '../../../test/fixtures/csv/spreadsheet-semicolon.csv?raw';
import tabSheet from '../../../test/fixtures/csv/spreadsheet-tab.tsv?raw';
import {
  CANCELLED,
  type CsvParseResult,
  type CsvProgress,
  type CsvTable,
  EMPTY_FILE,
  NOT_A_CSV,
  NO_ROWS,
  parseCsvCooperatively,
  parseCsvInSteps,
  parseCsvText,
} from './parse';

function table(result: CsvParseResult): CsvTable {
  if (!result.ok) throw new Error(`expected a table, got: ${result.reason}`);
  return result.table;
}

const cellOf = (t: CsvTable, row: number, name: string) => {
  const column = t.columns.find((candidate) => candidate.name === name);
  return column === undefined ? undefined : t.rows[row]?.cells[column.index];
};

describe('parseCsvText on the fixtures', () => {
  it('reads the Jira export: BOM stripped, repeated headers kept apart, multi-line values whole', () => {
    const t = table(parseCsvText(jiraExport));
    expect(t.delimiter).toBe(',');
    expect(t.columns[0]?.name).toBe('Summary');
    expect(t.rows).toHaveLength(12);
    expect(t.warnings).toEqual([]);
    const names = t.columns.map((column) => column.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Sprint',
        'Sprint (2)',
        'Labels',
        'Labels (2)',
        'Labels (3)',
        'Component/s',
        'Component/s (2)',
        'Custom field (Story Points)',
      ]),
    );
    const labels2 = t.columns.find((column) => column.name === 'Labels (2)');
    expect(labels2).toMatchObject({ header: 'Labels', occurrence: 2 });
    expect(cellOf(t, 0, 'Description')).toBe(
      'When eu-west-1 is down, customers cannot create or scale clusters.\r\n\r\n' +
        'Goal: fail over the control plane to a second region in under 5 minutes, with "no data loss" (RPO = 0).\r\n\r\n' +
        '* active/passive first, active/active later\r\n* runbook, game day',
    );
    expect(cellOf(t, 0, 'Created')).toBe('30/Jul/23 23:33');
    expect(cellOf(t, 11, 'Comment')).toContain('see "ACME, Inc." thread');
    expect(t.rows.map((row) => row.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('reads the Linear export', () => {
    const t = table(parseCsvText(linearExport));
    expect(t.delimiter).toBe(',');
    expect(t.rows).toHaveLength(8);
    expect(cellOf(t, 0, 'Labels')).toBe('Reliability, Database');
  });

  it('detects the semicolon of a European spreadsheet, even with commas in its values', () => {
    const t = table(parseCsvText(semicolonSheet));
    expect(t.delimiter).toBe(';');
    expect(t.columns).toHaveLength(8);
    expect(cellOf(t, 2, 'Details')).toBe('P99 from 2,3 s to 0,5 s');
    expect(cellOf(t, 0, 'Details')).toBe('Fail over within 5 minutes; no data loss');
  });

  it('detects the tab of a tab-separated sheet', () => {
    const t = table(parseCsvText(tabSheet));
    expect(t.delimiter).toBe('\t');
    expect(cellOf(t, 0, 'Notes')).toBe('RPO 0, RTO 5 min');
  });

  it('skips blank lines but keeps spreadsheet row numbers', () => {
    const t = table(parseCsvText(badRows));
    expect(t.rows.map((row) => row.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 11]);
  });

  it('refuses a binary file with a clear message', () => {
    expect(parseCsvText(binaryFile)).toEqual({ ok: false, reason: NOT_A_CSV });
  });
});

describe('parseCsvText edge cases', () => {
  it.each([
    ['an empty file', '', EMPTY_FILE],
    ['only blank lines', '\r\n\n  \n', EMPTY_FILE],
    ['only a BOM', '\ufeff', EMPTY_FILE],
    ['a header without rows', 'Title,Reach\r\n', NO_ROWS],
    ['text full of replacement characters', `Title\n${'\ufffd'.repeat(200)}`, NOT_A_CSV],
  ])('refuses %s', (_name, text, reason) => {
    expect(parseCsvText(text)).toEqual({ ok: false, reason });
  });

  it('names blank and clashing headers so every column is distinct', () => {
    const t = table(parseCsvText('Title,,Sprint,Sprint (2),Sprint\nA,b,c,d,e\n'));
    expect(t.columns.map((column) => column.name)).toEqual([
      'Title',
      'Column 2',
      'Sprint',
      'Sprint (2)',
      'Sprint (3)',
    ]);
  });

  it('pads short rows and warns about extra values', () => {
    const t = table(parseCsvText('A,B,C\n1\n1,2,3,4\n1,2,3,\n'));
    expect(t.rows.map((row) => row.cells)).toEqual([
      ['1', '', ''],
      ['1', '2', '3'],
      ['1', '2', '3'],
    ]);
    expect(t.warnings).toEqual([
      { row: 3, message: 'Row 3 has 4 values for 3 columns; the extra values were left out.' },
    ]);
  });

  it("honours Excel's sep= line", () => {
    const t = table(parseCsvText('sep=;\r\nTitle;Reach,Effort\r\nA;1,5\r\n'));
    expect(t.delimiter).toBe(';');
    expect(t.columns.map((column) => column.name)).toEqual(['Title', 'Reach,Effort']);
    expect(t.rows[0]?.number).toBe(2);
  });

  it('finds the header after leading blank lines', () => {
    const t = table(parseCsvText('\n,,\nTitle,Reach\nA,1\n'));
    expect(t.columns.map((column) => column.name)).toEqual(['Title', 'Reach']);
    expect(t.rows).toEqual([{ number: 4, cells: ['A', '1'] }]);
  });

  it('reads a single-column list of titles', () => {
    const t = table(parseCsvText('Title\nRegional failover\nGPU instances\n'));
    expect(t.columns).toHaveLength(1);
    expect(t.rows.map((row) => row.cells[0])).toEqual(['Regional failover', 'GPU instances']);
  });

  it('warns about a quoted value that never ends', () => {
    const t = table(parseCsvText('Title,Notes\nA,"never closed\nB,x\n'));
    expect(t.warnings[0]?.message).toMatch(/never ends/);
  });
});

describe('chunked parsing', () => {
  it('gives the same table whatever the chunk size, and reports progress', () => {
    const whole = table(parseCsvText(jiraExport));
    for (const chunkChars of [64, 100, 333, 1024]) {
      const steps = parseCsvInSteps(jiraExport, { chunkChars });
      const progress: CsvProgress[] = [];
      let step = steps.next();
      while (step.done !== true) {
        progress.push(step.value);
        step = steps.next();
      }
      expect(table(step.value)).toEqual(whole);
      expect(progress.length).toBeGreaterThan(1);
      const reads = progress.map((p) => p.charsRead);
      expect(reads).toEqual([...reads].sort((a, b) => a - b));
    }
  });

  it('reads back any table Papa.unparse writes, in any chunk size', () => {
    const cellText = fc.string({
      unit: fc.oneof(
        fc.constantFrom(',', ';', '\t', '"', '\n', '\r\n', ' ', "'", 'é'),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 12,
    });
    const shape = fc.integer({ min: 2, max: 5 }).chain((width) =>
      fc.record({
        header: fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,8}[A-Za-z]$/), {
          minLength: width,
          maxLength: width,
        }),
        rows: fc.array(fc.array(cellText, { minLength: width, maxLength: width }), {
          minLength: 1,
          maxLength: 8,
        }),
        delimiter: fc.constantFrom(',', ';', '\t'),
        chunkChars: fc.integer({ min: 64, max: 400 }),
      }),
    );
    fc.assert(
      fc.property(shape, ({ header, rows, delimiter, chunkChars }) => {
        // A row whose cells are all blank is skipped by design; keep one visible cell per row.
        const data = rows.map((row) => ['x', ...row.slice(1)]);
        const text = Papa.unparse({ fields: header, data }, { delimiter, newline: '\r\n' });
        const t = table(parseCsvText(text, { chunkChars }));
        expect(t.columns.map((column) => column.header)).toEqual(header);
        expect(t.rows.map((row) => row.cells)).toEqual(data);
      }),
    );
  });

  it('hands control back to the host between chunks and can be cancelled', async () => {
    let pauses = 0;
    const result = await parseCsvCooperatively(jiraExport, {
      chunkChars: 512,
      yieldToHost: () => {
        pauses += 1;
        return Promise.resolve();
      },
    });
    expect(table(result).rows).toHaveLength(12);
    expect(pauses).toBeGreaterThan(3);

    const cancelled = await parseCsvCooperatively(jiraExport, {
      chunkChars: 512,
      yieldToHost: () => Promise.resolve(),
      isCancelled: () => true,
    });
    expect(cancelled).toEqual({ ok: false, reason: CANCELLED });
  });
});
