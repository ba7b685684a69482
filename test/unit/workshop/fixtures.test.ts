import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText } from '../../../shared/workshop/load';
import { FIXTURES } from '../harness';

/**
 * Every file under test/fixtures/workshops/ opens (or fails) as recorded here. A fixture of each
 * older schema version must be added with its migration and listed below with `ok`: old files
 * must open forever.
 */
const expected: Record<string, Record<string, unknown>> = {
  'platform-team-v1.tradeoff': { status: 'ok', migratedFrom: null },
  'pdf-roadmap.tradeoff': { status: 'ok', migratedFrom: null },
  'criteria-platform.tradeoff': { status: 'ok', migratedFrom: null },
  'market-storage.tradeoff': { status: 'ok', migratedFrom: null },
  'roadmap-board-v1.tradeoff': { status: 'ok', migratedFrom: null },
  'roadmap-unplanned-v1.tradeoff': { status: 'ok', migratedFrom: null },
  'newer-readable.tradeoff': { status: 'read-only', schemaVersion: 2 },
  'newer-unreadable.tradeoff': { status: 'failed', problem: 'newer-unreadable' },
  'empty.tradeoff': { status: 'failed', problem: 'empty' },
  'truncated.tradeoff': { status: 'failed', problem: 'truncated' },
  'not-json.tradeoff': { status: 'failed', problem: 'not-json' },
  'foreign.tradeoff': { status: 'failed', problem: 'foreign' },
  'bad-field.tradeoff': {
    status: 'failed',
    problem: 'invalid',
    fieldPath: 'workshop.items[3].rice.effort',
  },
};

describe('workshop fixtures', () => {
  it('has an expectation for every fixture file', async () => {
    const files = (await readdir(FIXTURES)).filter((name) => name.endsWith('.tradeoff'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, outcome) => {
    const text = await readFile(path.join(FIXTURES, name), 'utf8');
    const result = parseWorkshopText(text, { fileName: name });
    expect(result).toMatchObject(outcome);
    if (result.status !== 'ok') expect(result.message).toContain(`“${name}”`);
  });

  it('the platform-team file holds a realistic workshop', async () => {
    const text = await readFile(path.join(FIXTURES, 'platform-team-v1.tradeoff'), 'utf8');
    const result = parseWorkshopText(text);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    const { doc } = result;
    expect(doc.items).toHaveLength(8);
    expect(doc.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(doc.markets[0]?.segments.length).toBeGreaterThan(0);
    expect(doc.growthModels).toHaveLength(1);
    const ids = new Set(doc.items.map((i) => i.id));
    expect(doc.roadmap.placements.every((p) => ids.has(p.itemId))).toBe(true);
  });
});
