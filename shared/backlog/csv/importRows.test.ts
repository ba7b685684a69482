import { describe, expect, it } from 'vitest';
import badRows from '../../../test/fixtures/csv/bad-rows.csv?raw';
import jiraExport from '../../../test/fixtures/csv/jira-export.csv?raw';
import linearExport from '../../../test/fixtures/csv/linear-export.csv?raw';
import semicolonSheet from '../../../test/fixtures/csv/spreadsheet-semicolon.csv?raw';
import tabSheet from '../../../test/fixtures/csv/spreadsheet-tab.tsv?raw';
import { createWorkshop } from '../../workshop/defaults';
import { BacklogItemSchema, SettingsSchema, type Workshop } from '../../workshop/schema';
import { createBacklogItem } from '../items';
import { compareRankKeys, isValidRankKey } from '../rankKeys';
import { manualOrder } from '../ranking';
import { detectSource } from './detect';
import {
  type ImportPlan,
  MAX_TRACKS,
  STALE_PLAN,
  applyImportPlan,
  planImport,
  planImportCooperatively,
  planImportInSteps,
  previewImport,
  summarizeImportPlan,
} from './importRows';
import { type ColumnMapping, proposeMapping } from './mapping';
import { type CsvTable, parseCsvText } from './parse';
import { MAX_TAGS } from './readRow';

const emptyWorkshop = () => createWorkshop(new Date('2024-03-01T00:00:00Z'));

function counter(prefix = 'id') {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

function load(text: string): { table: CsvTable; mapping: ColumnMapping } {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { table } = parsed;
  const { mapping } = proposeMapping(table, detectSource(table).source, emptyWorkshop().settings);
  return { table, mapping };
}

function plan(doc: Workshop, text: string, newId = counter()): ImportPlan {
  const { table, mapping } = load(text);
  const result = planImport(doc, table, mapping, { newId });
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

function importInto(doc: Workshop, text: string, newId = counter()): Workshop {
  const result = applyImportPlan(doc, plan(doc, text, newId));
  if (!result.ok) throw new Error(result.reason);
  return result.workshop;
}

const byKey = (doc: Workshop, key: string) => doc.items.find((item) => item.externalKey === key);

describe('importing a Jira export', () => {
  const doc = importInto(emptyWorkshop(), jiraExport);

  it('adds every issue in file order with its fields', () => {
    expect(doc.items).toHaveLength(12);
    expect(manualOrder(doc.items).map((item) => item.externalKey)).toEqual([
      'PLAT-412',
      'PLAT-415',
      'PLAT-420',
      'DX-88',
      'DX-91',
      'PLAT-431',
      'PLAT-433',
      'DX-95',
      'PLAT-440',
      'PLAT-442',
      'DX-97',
      'PLAT-447',
    ]);
    const failover = byKey(doc, 'PLAT-412');
    expect(failover).toMatchObject({
      title: 'Regional failover for the control plane',
      tags: ['Control plane', 'reliability', 'dr'],
      trackId: null,
      externalUrl: null,
      rice: { reach: null, impact: null, confidence: null, effort: 13 },
    });
    expect(failover?.description).toContain('\r\n* runbook, game day');
    expect(byKey(doc, 'DX-95')?.rice.effort).toBeNull();
    expect(byKey(doc, 'PLAT-420')?.tags).toEqual([
      'Messaging',
      'Billing',
      'new-service',
      'streaming',
    ]);
  });

  it('writes items the file schema accepts, with valid increasing rank keys', () => {
    for (const item of doc.items) expect(BacklogItemSchema.safeParse(item).success).toBe(true);
    const ranks = doc.items.map((item) => item.rank);
    expect(ranks.every(isValidRankKey)).toBe(true);
    expect([...ranks].sort(compareRankKeys)).toEqual(ranks);
  });
});

describe('re-importing', () => {
  const first = importInto(emptyWorkshop(), jiraExport);
  // The room scores one item and retitles nothing; Jira renames one issue and adds one.
  const scored = {
    ...first,
    items: first.items.map((item) =>
      item.externalKey === 'PLAT-433'
        ? { ...item, rice: { reach: 900, impact: 2, confidence: 80, effort: 13 } }
        : item,
    ),
  };
  const newerExport = jiraExport
    .replace(
      'Cut P99 latency of the metadata API below 50 ms',
      'Cut P99 latency of the metadata API below 40 ms',
    )
    .concat(
      'Private link for the managed database,PLAT-450,10450,Story,To Do,PLAT,Platform,software,Medium,,,,,' +
        '01/Mar/24 10:00,01/Mar/24 10:00,,,,Networking,,,0,network,,,,,,,,,,,,5,,,\n',
    );

  it('updates items matched by key, adds new ones and counts the unchanged', () => {
    const p = plan(scored, newerExport);
    expect(p.added.map((entry) => entry.item.externalKey)).toEqual(['PLAT-450']);
    expect(p.updated).toEqual([
      {
        row: 3,
        itemId: byKey(scored, 'PLAT-415')?.id,
        key: 'PLAT-415',
        changes: { title: 'Cut P99 latency of the metadata API below 40 ms' },
      },
    ]);
    expect(p.skipped).toHaveLength(11);
    expect(p.errors).toEqual([]);
    expect(summarizeImportPlan(p)).toBe('1 added, 1 updated, 11 unchanged');
  });

  it("keeps the room's scores, ids and order, and appends new items at the end", () => {
    const after = importInto(scored, newerExport, counter('again'));
    expect(after.items).toHaveLength(13);
    expect(byKey(after, 'PLAT-433')?.rice).toEqual({
      reach: 900,
      impact: 2,
      confidence: 80,
      effort: 13,
    });
    expect(byKey(after, 'PLAT-415')?.id).toBe(byKey(scored, 'PLAT-415')?.id);
    expect(manualOrder(after.items).at(-1)?.externalKey).toBe('PLAT-450');
  });

  it('is a no-op when the same file comes in again', () => {
    const p = plan(first, jiraExport);
    expect([p.added.length, p.updated.length, p.skipped.length]).toEqual([0, 0, 12]);
  });

  it('never erases a value with a blank cell', () => {
    const withDescriptionsGone = importInto(
      emptyWorkshop(),
      'Key,Title,Description,Reach\nK-1,Alpha,Long story,100\n',
    );
    const p = plan(withDescriptionsGone, 'Key,Title,Description,Reach\nK-1,Alpha,,\n');
    expect(p.skipped).toHaveLength(1);
  });
});

describe('rows that cannot be imported', () => {
  const p = plan(emptyWorkshop(), badRows);

  it('are listed with their spreadsheet row number and the reason', () => {
    expect(p.errors).toEqual([
      { row: 3, reason: `Reach can't be negative (Reach: "-50")` },
      { row: 4, reason: 'Effort must be more than 0 person-months (Effort: "0")' },
      { row: 5, reason: 'Reach must be a number (Reach: "lots")' },
      { row: 6, reason: 'Missing title' },
      { row: 7, reason: `Confidence can't be more than 100% (Confidence: "150%")` },
      { row: 8, reason: 'Key BAD-1 is also on row 2' },
      {
        row: 9,
        reason:
          `Reach can't be negative (Reach: "-1"); Impact must be a number (Impact: "x"); ` +
          'Effort must be more than 0 person-months (Effort: "0")',
      },
    ]);
    expect(summarizeImportPlan(p)).toBe(
      "2 added, 0 updated, 0 unchanged; 7 rows can't be imported",
    );
  });

  it('do not stop the good rows', () => {
    expect(p.added.map(({ row, item }) => [row, item.title, item.rice])).toEqual([
      [2, 'Good row', { reach: 500, impact: 2, confidence: 80, effort: 4 }],
      [11, 'Another good row', { reach: null, impact: null, confidence: null, effort: null }],
    ]);
  });
});

describe('importing spreadsheets', () => {
  it('reads decimal commas, thousands dots and existing tracks from a European sheet', () => {
    const doc = importInto(emptyWorkshop(), semicolonSheet);
    const failover = doc.items.find((item) => item.title === 'Regional failover');
    expect(failover).toMatchObject({
      description: 'Fail over within 5 minutes; no data loss',
      trackId: 'track-reliability',
      tags: ['reliability', 'dr'],
      rice: { reach: 1200, impact: 2, confidence: 80, effort: 6 },
    });
    expect(doc.items.find((item) => item.title === 'CLI auto-completion')?.rice).toEqual({
      reach: 4500,
      impact: 0.5,
      confidence: 100,
      effort: 0.5,
    });
    expect(doc.items.find((item) => item.title === 'Chaos testing')?.rice.confidence).toBeNull();
    expect(doc.settings.tracks).toHaveLength(3);
  });

  it('reads level labels and fractions, matches tracks loosely and adds unknown ones', () => {
    const p = plan(emptyWorkshop(), tabSheet, counter('new'));
    expect(p.tracksToAdd).toEqual([{ id: 'new-4', name: 'Security', color: expect.any(String) }]);
    const doc = applyImportPlan(emptyWorkshop(), p);
    if (!doc.ok) throw new Error(doc.reason);
    const items = doc.workshop.items;
    expect(items.find((item) => item.title === 'GPU inference')?.rice).toEqual({
      reach: 150,
      impact: 3,
      confidence: 50,
      effort: 12,
    });
    expect(items.find((item) => item.title === 'CLI completion')).toMatchObject({
      trackId: 'track-devex',
      externalUrl: 'https://jira.example.com/browse/DX-91',
      rice: { impact: 0.5, confidence: 100 },
    });
    expect(items.find((item) => item.title === 'SBOM for every image')?.trackId).toBe('new-4');
    expect(doc.workshop.settings.tracks.map((track) => track.name)).toContain('Security');
  });

  it('reads a Linear export with its comma-separated labels', () => {
    const doc = importInto(emptyWorkshop(), linearExport);
    expect(byKey(doc, 'INF-102')).toMatchObject({
      title: 'Autoscaling for the build runners',
      tags: ['Performance', 'CI'],
      rice: { effort: 5 },
    });
  });

  it('undoes formula protection and refuses links that are not web links', () => {
    const p = plan(
      emptyWorkshop(),
      "Title,Link\n'=1+1 is not a formula,javascript:alert(1)\nSafe,https://example.com/a\n",
    );
    expect(p.added.map(({ item }) => [item.title, item.externalUrl])).toEqual([
      ['=1+1 is not a formula', null],
      ['Safe', 'https://example.com/a'],
    ]);
    expect(p.warnings).toEqual([
      {
        row: 2,
        message:
          'Row 2: link left out: only http and https links of up to 2000 characters are kept.',
      },
    ]);
  });

  it('keeps at most as many tags as the file schema allows', () => {
    const tags = Array.from({ length: 150 }, (_, index) => `t${index}`).join(';');
    const p = plan(emptyWorkshop(), `Title,Tags\nMany,"${tags}"\n`);
    expect(p.added[0]?.item.tags).toHaveLength(MAX_TAGS);
    expect(BacklogItemSchema.shape.tags.safeParse(Array(MAX_TAGS).fill('x')).success).toBe(true);
    expect(BacklogItemSchema.shape.tags.safeParse(Array(MAX_TAGS + 1).fill('x')).success).toBe(
      false,
    );
  });

  it('stops adding tracks when the workshop has as many as the schema allows', () => {
    const names = Array.from({ length: 25 }, (_, index) => `Row ${index},Track ${index}`).join(
      '\n',
    );
    const p = plan(emptyWorkshop(), `Title,Track\n${names}\n`);
    expect(p.tracksToAdd).toHaveLength(MAX_TRACKS - 3);
    expect(p.warnings).toHaveLength(25 - (MAX_TRACKS - 3));
    const doc = applyImportPlan(emptyWorkshop(), p);
    expect(doc.ok).toBe(true);
    const tooMany = {
      ...emptyWorkshop().settings,
      tracks: Array(MAX_TRACKS + 1).fill({ id: 'x', name: 'x', color: '#000' }),
    };
    expect(SettingsSchema.safeParse(tooMany).success).toBe(false);
  });
});

describe('ranks of imported items', () => {
  it('come after the existing items', () => {
    const doc = emptyWorkshop();
    doc.items = [createBacklogItem({ id: 'old', rank: 'a5', title: 'Existing' })];
    const after = importInto(doc, 'Title\nNew one\nNew two\n');
    expect(manualOrder(after.items).map((item) => item.title)).toEqual([
      'Existing',
      'New one',
      'New two',
    ]);
  });

  it('respace the whole order when the existing keys are broken', () => {
    const doc = emptyWorkshop();
    doc.items = [
      createBacklogItem({ id: 'x', rank: '2', title: 'Second' }),
      createBacklogItem({ id: 'y', rank: '1', title: 'First' }),
    ];
    const p = plan(doc, 'Title\nThird\n');
    expect(p.rankChanges).toHaveLength(2);
    const after = applyImportPlan(doc, p);
    if (!after.ok) throw new Error(after.reason);
    expect(manualOrder(after.workshop.items).map((item) => item.title)).toEqual([
      'First',
      'Second',
      'Third',
    ]);
    expect(after.workshop.items.every((item) => isValidRankKey(item.rank))).toBe(true);
  });
});

describe('applyImportPlan', () => {
  it('applies nothing when the backlog changed since the plan was made', () => {
    const doc = importInto(emptyWorkshop(), jiraExport);
    const p = plan(doc, jiraExport.replace('Docs: runnable quick-starts', 'Docs: quick-starts'));
    const changed = { ...doc, items: doc.items.filter((item) => item.externalKey !== 'DX-97') };
    expect(applyImportPlan(changed, p)).toEqual({ ok: false, reason: STALE_PLAN });

    const fresh = plan(emptyWorkshop(), 'Key,Title\nK-1,A\n');
    const meanwhile = importInto(emptyWorkshop(), 'Key,Title\nK-1,A\n');
    expect(applyImportPlan(meanwhile, fresh)).toEqual({ ok: false, reason: STALE_PLAN });
  });

  it('applies nothing when one item would break the file schema', () => {
    const doc = emptyWorkshop();
    const p = plan(doc, 'Title\nFine\nAlso fine\n');
    const broken: ImportPlan = {
      ...p,
      added: p.added.map((entry, index) =>
        index === 1 ? { ...entry, item: { ...entry.item, tags: ['x'.repeat(500)] } } : entry,
      ),
    };
    const result = applyImportPlan(doc, broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^Row 3 can't be imported: /);
    expect(doc.items).toEqual([]);
  });

  it('does not touch the document it is given', () => {
    const doc = emptyWorkshop();
    const snapshot = structuredClone(doc);
    const result = applyImportPlan(doc, plan(doc, tabSheet));
    expect(result.ok).toBe(true);
    expect(doc).toEqual(snapshot);
  });
});

describe('planImport', () => {
  it('refuses a mapping without a title column', () => {
    const { table, mapping } = load(tabSheet);
    const noTitle = { ...mapping, fields: { ...mapping.fields, title: null } };
    expect(planImport(emptyWorkshop(), table, noTitle)).toEqual({
      ok: false,
      reason: "Choose the column that holds each item's title.",
    });
  });
});

describe('planning a large import', () => {
  const rows = Array.from({ length: 250 }, (_, index) => `K-${index},Item ${index},${index}`);
  const { table, mapping } = load(`Key,Title,Reach\n${rows.join('\n')}\n`);

  it('yields between slices of rows and plans the same as in one go', () => {
    const steps = planImportInSteps(emptyWorkshop(), table, mapping, {
      newId: counter(),
      rowsPerStep: 40,
    });
    const progress: number[] = [];
    let step = steps.next();
    while (step.done !== true) {
      progress.push(step.value.rowsRead);
      step = steps.next();
    }
    expect(progress).toEqual([40, 80, 120, 160, 200, 240]);
    expect(step.value).toEqual(planImport(emptyWorkshop(), table, mapping, { newId: counter() }));
  });

  it('hands control back to the host and can be cancelled', async () => {
    let pauses = 0;
    const done = await planImportCooperatively(emptyWorkshop(), table, mapping, {
      rowsPerStep: 50,
      yieldToHost: () => {
        pauses += 1;
        return Promise.resolve();
      },
    });
    expect(done.ok && done.plan.added.length).toBe(250);
    expect(pauses).toBe(4);
    const cancelled = await planImportCooperatively(emptyWorkshop(), table, mapping, {
      rowsPerStep: 50,
      yieldToHost: () => Promise.resolve(),
      isCancelled: () => true,
    });
    expect(cancelled).toEqual({ ok: false, reason: 'The import was cancelled.' });
  });
});

describe('previewImport', () => {
  it('shows the first rows as they would be imported, refused ones with their reason', () => {
    const { table, mapping } = load(badRows);
    const preview = previewImport(table, mapping, emptyWorkshop().settings, 3);
    expect(preview.map((row) => [row.row, row.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
    ]);
    const [first] = preview;
    if (first?.ok !== true) throw new Error('expected a readable first row');
    expect(first.values).toMatchObject({ title: 'Good row', key: 'BAD-1', rice: { reach: 500 } });
  });
});
