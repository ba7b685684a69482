import { newId as defaultNewId } from '../../ids';
import {
  type BacklogItem,
  BacklogItemSchema,
  type Rice,
  SettingsSchema,
  type Track,
  type Workshop,
} from '../../workshop/schema';
import { foldForSearch } from '../filter';
import { createBacklogItem } from '../items';
import { initialRanks, ranksAfter } from '../rankKeys';
import { manualOrder } from '../ranking';
import type { RankChange } from '../reorder';
import { RICE_FIELDS } from '../rice';
import { type ColumnMapping, mappingProblems } from './mapping';
import { CANCELLED, type CsvTable, type CsvWarning } from './parse';
import { type RowValues, readRow } from './readRow';
import { type Cooperation, runCooperatively, runToEnd } from './steps';

/**
 * Importing rows into a workshop in two steps, so that an import is all or nothing:
 * `planImport` works out everything (new items, updates matched by external key, unchanged
 * rows, refused rows with their reasons) without touching the document; after the user
 * confirms, `applyImportPlan` writes the whole plan at once or nothing at all.
 */

/** Fields an import may change on an existing item; blank cells never appear here. */
export type ItemChanges = Partial<
  Pick<BacklogItem, 'title' | 'description' | 'externalUrl' | 'trackId' | 'tags'>
> & { rice?: Partial<Rice> };

export interface ImportPlan {
  /** New items, in file order, ranked after the current last item. */
  added: { row: number; item: BacklogItem }[];
  /** Existing items (matched by external key) and what changes on them. */
  updated: { row: number; itemId: string; key: string; changes: ItemChanges }[];
  /** Rows matching an existing item that would change nothing. */
  skipped: { row: number; itemId: string; key: string }[];
  /** Rows that cannot be imported, with the reason in words. */
  errors: { row: number; reason: string }[];
  /** Things imported differently from the file (a shortened title, a dropped link…). */
  warnings: CsvWarning[];
  /** Tracks named in the file that the workshop does not have yet. */
  tracksToAdd: Track[];
  /** New keys for existing items, only when their keys were broken and had to be respaced. */
  rankChanges: RankChange[];
}

export interface PlanOptions {
  /** Id factory, injectable so tests are deterministic. */
  newId?: () => string;
  /** Rows read between two yields of `planImportInSteps`. */
  rowsPerStep?: number;
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; reason: string };

export interface PlanProgress {
  rowsRead: number;
  totalRows: number;
}

/** `SettingsSchema.tracks` holds at most this many (a test checks the two agree). */
export const MAX_TRACKS = 20;
const NEW_TRACK_COLORS = ['#7c3aed', '#db2777', '#0891b2', '#65a30d', '#dc2626', '#4f46e5'];

/** Plans the whole import at once (tests, a Web Worker, small files). */
export function planImport(
  doc: Pick<Workshop, 'items' | 'settings'>,
  table: CsvTable,
  mapping: ColumnMapping,
  options: PlanOptions = {},
): PlanResult {
  return runToEnd(planImportInSteps(doc, table, mapping, options));
}

/** Plans the import slice by slice, handing control back to the host between slices. */
export function planImportCooperatively(
  doc: Pick<Workshop, 'items' | 'settings'>,
  table: CsvTable,
  mapping: ColumnMapping,
  options: PlanOptions & Cooperation<PlanProgress>,
): Promise<PlanResult> {
  return runCooperatively(planImportInSteps(doc, table, mapping, options), options, {
    ok: false,
    reason: CANCELLED,
  });
}

/** `planImport`, yielding progress every `rowsPerStep` rows (default 2,000). */
export function* planImportInSteps(
  doc: Pick<Workshop, 'items' | 'settings'>,
  table: CsvTable,
  mapping: ColumnMapping,
  options: PlanOptions = {},
): Generator<PlanProgress, PlanResult, void> {
  const problems = mappingProblems(mapping, table);
  if (problems.length > 0) return { ok: false, reason: problems.join(' ') };
  const makeId = options.newId ?? defaultNewId;

  const plan: ImportPlan = {
    added: [],
    updated: [],
    skipped: [],
    errors: [],
    warnings: [...table.warnings],
    tracksToAdd: [],
    rankChanges: [],
  };
  const ordered = manualOrder(doc.items);
  const byKey = new Map<string, BacklogItem>();
  for (const item of ordered) {
    if (item.externalKey !== null && !byKey.has(item.externalKey))
      byKey.set(item.externalKey, item);
  }
  const tracks = new TrackResolver(doc.settings.tracks, plan, makeId);
  const rowOfKey = new Map<string, number>();
  const rowsPerStep = Math.max(1, options.rowsPerStep ?? 2_000);

  for (const [index, row] of table.rows.entries()) {
    if (index > 0 && index % rowsPerStep === 0) {
      yield { rowsRead: index, totalRows: table.rows.length };
    }
    const reading = readRow(row, table, mapping, doc.settings);
    if (!reading.ok) {
      plan.errors.push({ row: row.number, reason: reading.reasons.join('; ') });
      continue;
    }
    const { values } = reading;
    if (values.key !== null) {
      const earlier = rowOfKey.get(values.key);
      if (earlier !== undefined) {
        plan.errors.push({
          row: row.number,
          reason: `Key ${values.key} is also on row ${earlier}`,
        });
        continue;
      }
      rowOfKey.set(values.key, row.number);
    }
    for (const message of reading.warnings) {
      plan.warnings.push({ row: row.number, message: `Row ${row.number}: ${message}.` });
    }
    const trackId = tracks.resolve(values.trackName, row.number);
    const existing = values.key === null ? undefined : byKey.get(values.key);
    if (existing === undefined) {
      plan.added.push({ row: row.number, item: newItem(values, trackId, makeId) });
      continue;
    }
    const changes = changesTo(existing, values, trackId);
    const key = existing.externalKey ?? '';
    if (Object.keys(changes).length === 0) {
      plan.skipped.push({ row: row.number, itemId: existing.id, key });
    } else {
      plan.updated.push({ row: row.number, itemId: existing.id, key, changes });
    }
  }

  rankNewItems(plan, ordered);
  return { ok: true, plan };
}

function newItem(values: RowValues, trackId: string | null | undefined, makeId: () => string) {
  return createBacklogItem({
    id: makeId(),
    // A placeholder: `rankNewItems` gives every new item its key once the count is known.
    rank: 'a0',
    title: values.title,
    description: values.description ?? '',
    trackId: trackId ?? null,
    tags: values.tags ?? [],
    externalKey: values.key,
    externalUrl: values.url,
    rice: {
      reach: values.rice.reach ?? null,
      impact: values.rice.impact ?? null,
      confidence: values.rice.confidence ?? null,
      effort: values.rice.effort ?? null,
    },
  });
}

/** What the row would change on `item`; blank cells and equal values change nothing. */
function changesTo(
  item: BacklogItem,
  values: RowValues,
  trackId: string | null | undefined,
): ItemChanges {
  const changes: ItemChanges = {};
  if (values.title !== item.title) changes.title = values.title;
  if (values.description !== null && values.description !== item.description) {
    changes.description = values.description;
  }
  if (values.url !== null && values.url !== item.externalUrl) changes.externalUrl = values.url;
  if (trackId !== undefined && trackId !== item.trackId) changes.trackId = trackId;
  if (values.tags !== null && !sameList(values.tags, item.tags)) changes.tags = values.tags;
  const rice: Partial<Rice> = {};
  for (const field of RICE_FIELDS) {
    const value = values.rice[field];
    if (value !== undefined && value !== item.rice[field]) rice[field] = value;
  }
  if (Object.keys(rice).length > 0) changes.rice = rice;
  return changes;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Matches track names to the workshop's tracks (case- and accent-insensitively) and plans
 * new tracks for unknown names, as long as the workshop has room for them.
 * `resolve` returns undefined for "the file says nothing" and null for "no track".
 */
class TrackResolver {
  private readonly byName = new Map<string, string>();
  /** How many more tracks the workshop can take. */
  private room: number;
  /** New tracks continue the palette after the existing ones. */
  private readonly colorOffset: number;

  constructor(
    existing: readonly Track[],
    private readonly plan: ImportPlan,
    private readonly makeId: () => string,
  ) {
    for (const track of existing) this.byName.set(foldForSearch(track.name.trim()), track.id);
    this.room = MAX_TRACKS - existing.length;
    this.colorOffset = existing.length;
  }

  resolve(name: string | null, row: number): string | null | undefined {
    if (name === null || name.trim() === '') return undefined;
    const folded = foldForSearch(name.trim());
    const known = this.byName.get(folded);
    if (known !== undefined) return known;
    if (this.room <= 0) {
      this.plan.warnings.push({
        row,
        message: `Row ${row}: the workshop already has ${MAX_TRACKS} tracks, so "${name.trim()}" was not added and the item has no track.`,
      });
      return undefined;
    }
    const color =
      NEW_TRACK_COLORS[
        (this.colorOffset + this.plan.tracksToAdd.length) % NEW_TRACK_COLORS.length
      ] ?? '#6b7280';
    const track: Track = { id: this.makeId(), name: name.trim(), color };
    this.plan.tracksToAdd.push(track);
    this.byName.set(folded, track.id);
    this.room -= 1;
    return track.id;
  }
}

/**
 * New items go to the end of the manual order, in file order. If the current last key is
 * broken (a hand-edited file), the whole order is respaced instead, existing items first.
 */
function rankNewItems(plan: ImportPlan, ordered: readonly BacklogItem[]): void {
  if (plan.added.length === 0) return;
  const last = ordered[ordered.length - 1]?.rank ?? null;
  const keys = ranksAfter(last, plan.added.length) ?? respace(plan, ordered);
  // The new items were created by this plan and are not shared yet: set their keys in place
  // rather than copying 50,000 objects.
  plan.added.forEach((entry, index) => {
    entry.item.rank = keys[index] ?? entry.item.rank;
  });
}

/** Plans new keys for every existing item and returns the keys that follow them. */
function respace(plan: ImportPlan, ordered: readonly BacklogItem[]): string[] {
  const all = initialRanks(ordered.length + plan.added.length);
  ordered.forEach((item, index) => {
    const rank = all[index];
    if (rank !== undefined && rank !== item.rank) plan.rankChanges.push({ itemId: item.id, rank });
  });
  return all.slice(ordered.length);
}

export type ApplyResult = { ok: true; workshop: Workshop } | { ok: false; reason: string };

export const STALE_PLAN =
  'The backlog changed while the import was being prepared. Start the import again.';

/**
 * Writes a confirmed plan into the workshop: every new item, update, track and key at once,
 * or, if anything no longer fits (the backlog changed meanwhile, a value the file schema
 * refuses), nothing at all and a reason.
 */
export function applyImportPlan(doc: Workshop, plan: ImportPlan): ApplyResult {
  const byId = new Map(doc.items.map((item) => [item.id, item]));
  const existingKeys = new Set(
    doc.items.map((item) => item.externalKey).filter((key) => key !== null),
  );
  const stale =
    plan.updated.some((update) => byId.get(update.itemId)?.externalKey !== update.key) ||
    plan.added.some(
      ({ item }) =>
        byId.has(item.id) || (item.externalKey !== null && existingKeys.has(item.externalKey)),
    ) ||
    plan.rankChanges.some((change) => !byId.has(change.itemId)) ||
    plan.tracksToAdd.some((track) =>
      doc.settings.tracks.some((existing) => existing.id === track.id),
    );
  if (stale) return { ok: false, reason: STALE_PLAN };

  const changesById = new Map(plan.updated.map((update) => [update.itemId, update]));
  const rankById = new Map(plan.rankChanges.map((change) => [change.itemId, change.rank]));
  const items = doc.items.map((item) => {
    const update = changesById.get(item.id);
    const rank = rankById.get(item.id);
    if (update === undefined && rank === undefined) return item;
    const { rice, ...fields } = update?.changes ?? {};
    return {
      ...item,
      ...fields,
      rice: { ...item.rice, ...rice },
      rank: rank ?? item.rank,
    };
  });

  const rowOf = new Map<string, number>();
  for (const update of plan.updated) rowOf.set(update.itemId, update.row);
  for (const { row, item } of plan.added) rowOf.set(item.id, row);
  const written = items.filter((item) => changesById.has(item.id) || rankById.has(item.id));
  for (const item of [...written, ...plan.added.map((entry) => entry.item)]) {
    const checked = BacklogItemSchema.safeParse(item);
    if (!checked.success) {
      const row = rowOf.get(item.id);
      const where = row === undefined ? `Item "${item.title}"` : `Row ${row}`;
      return {
        ok: false,
        reason: `${where} can't be imported: ${checked.error.issues[0]?.message ?? 'invalid value'}.`,
      };
    }
  }
  const settings = { ...doc.settings, tracks: [...doc.settings.tracks, ...plan.tracksToAdd] };
  if (!SettingsSchema.safeParse(settings).success) {
    return { ok: false, reason: `The workshop can hold at most ${MAX_TRACKS} tracks.` };
  }
  return {
    ok: true,
    workshop: { ...doc, settings, items: [...items, ...plan.added.map((entry) => entry.item)] },
  };
}

/** "12 added, 3 updated, 40 unchanged; 2 rows can't be imported" for the confirm step. */
export function summarizeImportPlan(plan: ImportPlan): string {
  const counts = `${plan.added.length} added, ${plan.updated.length} updated, ${plan.skipped.length} unchanged`;
  if (plan.errors.length === 0) return counts;
  const rows = plan.errors.length === 1 ? "1 row can't" : `${plan.errors.length} rows can't`;
  return `${counts}; ${rows} be imported`;
}

export type PreviewRow =
  | { row: number; ok: true; values: RowValues; warnings: string[] }
  | { row: number; ok: false; reason: string };

/** The first rows as the import would read them, for the mapping step's preview. */
export function previewImport(
  table: CsvTable,
  mapping: ColumnMapping,
  settings: Pick<Workshop['settings'], 'impactLevels' | 'confidenceLevels'>,
  count = 5,
): PreviewRow[] {
  return table.rows.slice(0, count).map((row) => {
    const reading = readRow(row, table, mapping, settings);
    return reading.ok
      ? { row: row.number, ok: true, values: reading.values, warnings: reading.warnings }
      : { row: row.number, ok: false, reason: reading.reasons.join('; ') };
  });
}
