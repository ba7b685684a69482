import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../workshop/defaults';
import { emptyMapping, type ColumnMapping } from './mapping';
import type { CsvColumn } from './parse';
import { DESCRIPTION_MAX, TAG_MAX, TITLE_MAX, readRow } from './readRow';

const settings = defaultSettings();
const columns: CsvColumn[] = [
  'Title',
  'Notes',
  'Key',
  'Labels',
  'Labels',
  'Reach',
  'Confidence',
].map((header, index) => ({ index, header, name: header, occurrence: 1 }));
const mapping: ColumnMapping = {
  ...emptyMapping(),
  fields: { ...emptyMapping().fields, title: 0, description: 1, key: 2, reach: 5, confidence: 6 },
  tags: [3, 4],
};
const read = (...cells: string[]) => readRow({ number: 7, cells }, { columns }, mapping, settings);

describe('readRow', () => {
  it('reads a row into cleaned values, blank cells as "nothing said"', () => {
    expect(
      read('  Regional\r\nfailover ', '', ' PLAT-1 ', 'dr', 'DR, reliability', '1,200', ''),
    ).toEqual({
      ok: true,
      values: {
        title: 'Regional failover',
        description: null,
        key: 'PLAT-1',
        url: null,
        trackName: null,
        tags: ['dr', 'reliability'],
        rice: { reach: 1200 },
      },
      warnings: [],
    });
  });

  it('tells "no tag cells" apart from "tag cells present"', () => {
    const reading = read('A', '', '', '', '', '', '');
    expect(reading.ok && reading.values.tags).toBeNull();
  });

  it('shortens over-long text to what the file schema holds, with a warning', () => {
    const reading = read(
      't'.repeat(TITLE_MAX + 5),
      'd'.repeat(DESCRIPTION_MAX + 1),
      '',
      'x'.repeat(TAG_MAX + 3),
      '',
      '',
      '',
    );
    if (!reading.ok) throw new Error(reading.reasons.join());
    expect(reading.values.title).toHaveLength(TITLE_MAX);
    expect(reading.values.description).toHaveLength(DESCRIPTION_MAX);
    expect(reading.values.tags?.[0]).toHaveLength(TAG_MAX);
    expect(reading.warnings).toEqual([
      `title shortened to ${TITLE_MAX} characters`,
      'description shortened to 20,000 characters',
      `tags shortened to ${TAG_MAX} characters`,
    ]);
  });

  it('gives every reason a row is refused, naming the column and the value', () => {
    expect(read('', '', 'k'.repeat(121), '', '', 'many', '101%')).toEqual({
      ok: false,
      reasons: [
        'Missing title',
        'Key is longer than 120 characters',
        'Reach must be a number (Reach: "many")',
        `Confidence can't be more than 100% (Confidence: "101%")`,
      ],
    });
  });
});
