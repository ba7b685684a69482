import { describe, expect, it } from 'vitest';
import jiraExport from '../../../test/fixtures/csv/jira-export.csv?raw';
import linearExport from '../../../test/fixtures/csv/linear-export.csv?raw';
import semicolonSheet from '../../../test/fixtures/csv/spreadsheet-semicolon.csv?raw';
import tabSheet from '../../../test/fixtures/csv/spreadsheet-tab.tsv?raw';
import { defaultSettings } from '../../workshop/defaults';
import { detectSource } from './detect';
import {
  type ColumnMapping,
  assignColumn,
  columnSamples,
  emptyMapping,
  mappingProblems,
  proposeMapping,
  setTagColumns,
} from './mapping';
import { type CsvTable, parseCsvText } from './parse';

const settings = defaultSettings();

function load(text: string): CsvTable {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.table;
}

function propose(text: string) {
  const t = load(text);
  return { table: t, ...proposeMapping(t, detectSource(t).source, settings) };
}

/** The mapping with column names instead of indexes, as the mapping step shows it. */
function byName(t: CsvTable, mapping: ColumnMapping) {
  const name = (index: number | null) => (index === null ? null : t.columns[index]?.name);
  return {
    ...Object.fromEntries(
      Object.entries(mapping.fields).map(([field, index]) => [field, name(index)]),
    ),
    tags: mapping.tags.map(name),
    confidenceScale: mapping.confidenceScale,
    numberStyle: mapping.numberStyle,
  };
}

describe('proposeMapping', () => {
  it('maps a Jira export: summary, key, description, labels and components, story points', () => {
    const { table, mapping, reasons } = propose(jiraExport);
    expect(byName(table, mapping)).toEqual({
      title: 'Summary',
      description: 'Description',
      key: 'Issue key',
      url: null,
      track: null,
      reach: null,
      impact: null,
      confidence: null,
      effort: 'Custom field (Story Points)',
      tags: ['Component/s', 'Component/s (2)', 'Labels', 'Labels (2)', 'Labels (3)'],
      confidenceScale: 'percent',
      numberStyle: 'auto',
    });
    expect(reasons).toEqual({
      title: 'header',
      description: 'header',
      key: 'header',
      effort: 'header',
      tags: 'header',
    });
  });

  it('maps a Linear export: title, ID, labels, estimate', () => {
    const { table, mapping } = propose(linearExport);
    expect(byName(table, mapping)).toMatchObject({
      title: 'Title',
      description: 'Description',
      key: 'ID',
      effort: 'Estimate',
      tags: ['Labels'],
      track: null,
    });
  });

  it('maps a European semicolon sheet, sniffing the reach column from its values', () => {
    const { table, mapping, reasons } = propose(semicolonSheet);
    expect(byName(table, mapping)).toEqual({
      title: 'Feature',
      description: 'Details',
      key: null,
      url: null,
      track: 'Track',
      reach: 'Customers per quarter',
      impact: 'Impact',
      confidence: 'Confidence',
      effort: 'Person-months',
      tags: ['Labels'],
      confidenceScale: 'percent',
      numberStyle: 'decimal-comma',
    });
    expect(reasons.reach).toBe('values');
    expect(reasons.effort).toBe('header');
  });

  it('maps a tab-separated sheet with fractions for confidence and a theme for the track', () => {
    const { table, mapping } = propose(tabSheet);
    expect(byName(table, mapping)).toEqual({
      title: 'Name',
      description: 'Notes',
      key: null,
      url: 'Link',
      track: 'Theme',
      reach: 'Reach',
      impact: 'Impact',
      confidence: 'Confidence',
      effort: 'Effort',
      tags: ['Tags'],
      confidenceScale: 'fraction',
      numberStyle: 'auto',
    });
  });

  it('sniffs every RICE column of a sheet whose headers say nothing', () => {
    const t = load(
      [
        'Item,Users / qtr,Gain,Sure,PM',
        'A,1200,2,80%,3',
        'B,400,0.5,50%,1.5',
        'C,9000,1,100%,8',
      ].join('\n'),
    );
    const { mapping, reasons } = proposeMapping(t, 'spreadsheet', settings);
    expect(byName(t, mapping)).toMatchObject({
      title: 'Item',
      reach: 'Users / qtr',
      impact: 'Gain',
      confidence: 'Sure',
      effort: 'PM',
    });
    expect(reasons).toMatchObject({ reach: 'values', impact: 'values', confidence: 'values' });
  });

  it('never sniffs ids, ranks, scores or dates as RICE inputs', () => {
    const t = load(
      ['Title,ID,Rank,Score,Created', 'A,101,1,300,2024-01-02', 'B,102,2,200,2024-01-03'].join(
        '\n',
      ),
    );
    const { mapping } = proposeMapping(t, 'spreadsheet', settings);
    expect(mapping.fields).toMatchObject({
      reach: null,
      impact: null,
      confidence: null,
      effort: null,
    });
  });
});

describe('changing the mapping', () => {
  const t = load(tabSheet);
  const { mapping } = proposeMapping(t, 'spreadsheet', settings);

  it('moves a column from one field to another instead of feeding both', () => {
    const notes = t.columns.findIndex((column) => column.name === 'Notes');
    const next = assignColumn(t, mapping, 'title', notes);
    expect(next.fields.title).toBe(notes);
    expect(next.fields.description).toBeNull();
    expect(mapping.fields.description).toBe(notes);
  });

  it('re-reads the confidence scale when the confidence column changes', () => {
    const reach = t.columns.findIndex((column) => column.name === 'Reach');
    const confidence = t.columns.findIndex((column) => column.name === 'Confidence');
    expect(assignColumn(t, mapping, 'confidence', reach).confidenceScale).toBe('percent');
    expect(assignColumn(t, mapping, 'confidence', confidence).confidenceScale).toBe('fraction');
  });

  it('takes tag columns away from single fields', () => {
    const theme = t.columns.findIndex((column) => column.name === 'Theme');
    const next = setTagColumns(mapping, [theme, ...mapping.tags]);
    expect(next.fields.track).toBeNull();
    expect(next.tags).toContain(theme);
  });
});

describe('mappingProblems', () => {
  it('requires a title column and columns that exist', () => {
    const t = load(tabSheet);
    expect(mappingProblems(emptyMapping(), t)).toEqual([
      "Choose the column that holds each item's title.",
    ]);
    const broken = { ...emptyMapping(), fields: { ...emptyMapping().fields, title: 0, reach: 42 } };
    expect(mappingProblems(broken, t)).toEqual(['Column 43 is not in this file.']);
  });
});

describe('columnSamples', () => {
  it('shows the first non-blank values on one line, shortened', () => {
    const t = load(jiraExport);
    const description = t.columns.findIndex((column) => column.name === 'Description');
    const [first] = columnSamples(t, description, 1);
    expect(first).toMatch(/^When eu-west-1 is down, customers cannot create or scale/);
    expect(first).not.toMatch(/\n/);
    expect(first?.endsWith('…')).toBe(true);
    expect(first?.length).toBe(60);
  });
});
