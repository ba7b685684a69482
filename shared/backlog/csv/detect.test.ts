import { describe, expect, it } from 'vitest';
import jiraExport from '../../../test/fixtures/csv/jira-export.csv?raw';
import linearExport from '../../../test/fixtures/csv/linear-export.csv?raw';
import semicolonSheet from '../../../test/fixtures/csv/spreadsheet-semicolon.csv?raw';
import tabSheet from '../../../test/fixtures/csv/spreadsheet-tab.tsv?raw';
import { detectSource, looksLikeDate, normalizeHeader } from './detect';
import { parseCsvText } from './parse';

function detect(text: string) {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return detectSource(parsed.table);
}

describe('detectSource', () => {
  it('recognises a Jira export by its columns and dates', () => {
    expect(detect(jiraExport)).toEqual({
      source: 'jira',
      label: 'Jira export',
      evidence: [
        'has Summary and Issue key columns',
        'has "Custom field (…)" columns',
        'dates are written like 30/Jul/18 23:33',
      ],
    });
  });

  it('recognises a Linear export by its columns and ids', () => {
    const detection = detect(linearExport);
    expect(detection.source).toBe('linear');
    expect(detection.label).toBe('Linear export');
  });

  it.each([
    ['a semicolon sheet', semicolonSheet],
    ['a tab-separated sheet', tabSheet],
    ['a sheet with ID and Title but numeric ids', 'ID,Title,Status,Team\n1,A,Open,Core\n'],
  ])('treats %s as a spreadsheet', (_name, text) => {
    expect(detect(text).source).toBe('spreadsheet');
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['Custom field (Story Points)', 'story points'],
    ['Component/s', 'component s'],
    ['  Person-months ', 'person months'],
    ['Σ Original Estimate', 'σ original estimate'],
    ['Catégorie', 'categorie'],
  ])('normalizes %j to %j', (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe('looksLikeDate', () => {
  it.each([
    '30/Jul/18 23:33',
    '12/Mar/2024',
    '2024-03-12',
    '2024-03-12T09:15:42.000Z',
    '12.03.2024',
    '3/12/24 9:15',
  ])('sees a date in %j', (value) => {
    expect(looksLikeDate(value)).toBe(true);
  });

  it.each(['1200', '0,5', '80%', 'PLAT-412', '1.200.000'])('sees no date in %j', (value) => {
    expect(looksLikeDate(value)).toBe(false);
  });
});
