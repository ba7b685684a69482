import { describe, expect, it } from 'vitest';
import { createWorkshop } from './defaults';
import { parseWorkshopText, readDeclaredVersion } from './load';
import type { MigrationStep } from './migrations';
import { serializeWorkshop } from './serialize';
import type { Workshop } from './schema';

function workshopWithItems(): Workshop {
  const doc = createWorkshop(new Date('2025-11-26T10:00:00Z'));
  doc.items = [0, 1, 2, 3].map((n) => ({
    id: `item-${n}`,
    title: `Item ${n}`,
    description: '',
    trackId: null,
    tags: [],
    externalKey: null,
    externalUrl: null,
    rice: { reach: 100, impact: 1, confidence: 80, effort: 2 },
    rank: `a${n}`,
    scores: {},
    marketModelId: null,
  }));
  return doc;
}

const valid = serializeWorkshop(workshopWithItems(), '0.1.0');

function edit(mutate: (file: Record<string, unknown> & { workshop: Workshop }) => void): string {
  const file = JSON.parse(valid) as Record<string, unknown> & { workshop: Workshop };
  mutate(file);
  return JSON.stringify(file);
}

describe('parseWorkshopText: files that open', () => {
  it('opens a current file', () => {
    const outcome = parseWorkshopText(valid);
    expect(outcome).toMatchObject({ status: 'ok', migratedFrom: null, schemaVersion: 1 });
  });

  it('accepts a UTF-8 byte-order mark written by some editors', () => {
    expect(parseWorkshopText(`\uFEFF${valid}`).status).toBe('ok');
  });

  it('drops keys it does not know instead of failing', () => {
    const text = edit((f) => Object.assign(f.workshop, { futureSection: [] }));
    const outcome = parseWorkshopText(text);
    expect(outcome.status).toBe('ok');
    expect(outcome.status === 'ok' && 'futureSection' in outcome.doc).toBe(false);
  });

  it('upgrades an older file through the migration chain and says from which version', () => {
    const renameTitle: Record<number, MigrationStep> = {
      1: {
        describe: 'synthetic: meta.name becomes meta.title',
        up: (raw) => {
          const w = raw as { meta: { name: string } };
          const { name, ...meta } = w.meta;
          return { ...w, meta: { ...meta, title: name } };
        },
      },
    };
    const v1 = edit((f) => {
      const meta = f.workshop.meta as unknown as Record<string, unknown>;
      meta.name = meta.title;
      delete meta.title;
    });
    const outcome = parseWorkshopText(v1, { migrations: renameTitle, currentVersion: 2 });
    expect(outcome).toMatchObject({ status: 'ok', migratedFrom: 1 });
    expect(outcome.status === 'ok' && outcome.doc.meta.title).toBe('Untitled workshop');
  });

  it('opens a newer file read-only when its workshop still reads, naming both versions', () => {
    const text = edit((f) => {
      f.schemaVersion = 4;
      f.appVersion = '3.0.0';
      Object.assign(f.workshop, { retro: {} });
    });
    const outcome = parseWorkshopText(text, { fileName: 'Q3.tradeoff' });
    expect(outcome.status).toBe('read-only');
    if (outcome.status !== 'read-only') return;
    expect(outcome.message).toMatch(/“Q3\.tradeoff” was saved by a newer Tradeoff \(3\.0\.0\)/);
    expect(outcome.message).toContain('file format version 4');
    expect(outcome.message).toContain('reads versions up to 1');
    expect(outcome.schemaVersion).toBe(4);
  });
});

describe('parseWorkshopText: files that do not open, each with one clear sentence', () => {
  const cases: [string, string, string, RegExp, string | null][] = [
    ['an empty file', '', 'empty', /is empty/, null],
    ['a file of blank lines', ' \n\n\t', 'empty', /is empty/, null],
    ['a cut-off file', valid.slice(0, 400), 'truncated', /ends early/, null],
    ['a cut-off file inside a string', valid.slice(0, 90), 'truncated', /ends early/, null],
    [
      'a CSV file',
      'key,title\nA-1,Login\n',
      'not-json',
      /not JSON \(unexpected "k" at line 1, column 1\)/,
      null,
    ],
    ['a JSON array', '[1, 2, 3]', 'foreign', /not a Tradeoff workshop/, null],
    [
      'another app’s JSON',
      '{"type":"excalidraw","version":2}',
      'foreign',
      /"format": "tradeoff"/,
      null,
    ],
    ['JSON null', 'null', 'foreign', /not a Tradeoff workshop/, null],
    [
      'no schemaVersion',
      '{"format":"tradeoff","workshop":{}}',
      'invalid',
      /schemaVersion is missing/,
      'schemaVersion',
    ],
    [
      'a text schemaVersion',
      '{"format":"tradeoff","schemaVersion":"1"}',
      'invalid',
      /schemaVersion/,
      'schemaVersion',
    ],
    [
      'no workshop',
      '{"format":"tradeoff","schemaVersion":1}',
      'invalid',
      /at workshop: it is missing/,
      'workshop',
    ],
  ];

  it.each(cases)('%s', (_name, text, problem, message, fieldPath) => {
    const outcome = parseWorkshopText(text);
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.problem).toBe(problem);
    expect(outcome.message).toMatch(message);
    expect(outcome.fieldPath).toBe(fieldPath);
  });

  it.each([
    [
      (f: { workshop: Workshop }) =>
        ((f.workshop.items[3]!.rice as { effort: unknown }).effort = 0),
      'workshop.items[3].rice.effort',
      'should be greater than 0, but it is 0',
    ],
    [
      (f: { workshop: Workshop }) =>
        ((f.workshop.items[1]!.rice as { reach: unknown }).reach = 'lots'),
      'workshop.items[1].rice.reach',
      'should be a number, but it is the text "lots"',
    ],
    [
      (f: { workshop: Workshop }) =>
        delete (f.workshop.items[2] as Partial<Workshop['items'][0]>).rank,
      'workshop.items[2].rank',
      'is missing',
    ],
    [
      (f: { workshop: Workshop }) =>
        ((f.workshop.settings as { currency: unknown }).currency = 'usd'),
      'workshop.settings.currency',
      'does not have the expected format, but it is the text "usd"',
    ],
    [
      (f: { workshop: Workshop }) => ((f.workshop.roadmap as { layout: unknown }).layout = 'gantt'),
      'workshop.roadmap.layout',
      'should be "quarters" or "now-next-later", but it is the text "gantt"',
    ],
    [
      (f: { workshop: Workshop }) => ((f.workshop.criteria[0]!.scale as { max: unknown }).max = 7),
      'workshop.criteria[0].scale.max',
      'should be 5 or 10, but it is 7',
    ],
    [
      (f: { workshop: Workshop }) =>
        ((f.workshop.items[0]!.scores as Record<string, unknown>)['crit a'] = 'x'),
      'workshop.items[0].scores["crit a"]',
      'should be a number',
    ],
  ])('names the first bad field and what is wrong with it (%#)', (mutate, path, what) => {
    const outcome = parseWorkshopText(edit(mutate), { fileName: 'Q3.tradeoff' });
    expect(outcome).toMatchObject({ status: 'failed', problem: 'invalid', fieldPath: path });
    expect(outcome.status === 'failed' && outcome.message).toContain(
      `“Q3.tradeoff” has a problem at ${path}: it ${what}`,
    );
  });

  it('fails a newer file whose workshop no longer reads, naming both versions', () => {
    const text = edit((f) => {
      f.schemaVersion = 3;
      delete (f.workshop as Partial<Workshop>).items;
    });
    const outcome = parseWorkshopText(text);
    expect(outcome).toMatchObject({ status: 'failed', problem: 'newer-unreadable' });
    expect(outcome.status === 'failed' && outcome.message).toMatch(
      /newer Tradeoff.*version 3.*up to 1.*update Tradeoff/,
    );
  });

  it('fails an older file whose upgrade fails, naming the versions', () => {
    const failing: Record<number, MigrationStep> = {
      1: {
        describe: 'synthetic failure',
        up: () => {
          throw new Error('boom');
        },
      },
    };
    const outcome = parseWorkshopText(valid, { migrations: failing, currentVersion: 2 });
    expect(outcome).toMatchObject({ status: 'failed', problem: 'migration-failed' });
    expect(outcome.status === 'failed' && outcome.message).toMatch(
      /version 1 and could not be upgraded to version 2: the upgrade from file format version 1 to 2 failed: boom/,
    );
  });

  it('says "This file" when no name is given', () => {
    expect(parseWorkshopText('')).toMatchObject({
      message: 'This file is empty: it holds no workshop.',
    });
  });
});

describe('readDeclaredVersion', () => {
  it.each([
    [valid, 1],
    ['{"format":"tradeoff","schemaVersion":7}', 7],
    ['{"format":"other","schemaVersion":7}', null],
    ['not json', null],
    ['', null],
  ])('%#', (text, version) => {
    expect(readDeclaredVersion(text)).toBe(version);
  });
});
