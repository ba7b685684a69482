import {
  applyImportPlan,
  type ApplyResult,
  type ImportPlan,
} from '../../../shared/backlog/csv/importRows';
import { createBacklogItem } from '../../../shared/backlog/items';
import { initialRanks, ranksAfter } from '../../../shared/backlog/rankKeys';
import { manualOrder } from '../../../shared/backlog/ranking';
import { applyReorder, moveItem, type ReorderResult } from '../../../shared/backlog/reorder';
import type { RiceField } from '../../../shared/backlog/rice';
import { revalueItems } from '../../../shared/backlog/scale';
import type { BacklogItem, ScaleLevel, Settings, Workshop } from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';

/** The fields of an item edited from its row and its details, one at a time. */
export type ItemPatch = Partial<
  Pick<BacklogItem, 'title' | 'description' | 'trackId' | 'tags' | 'externalKey' | 'externalUrl'>
>;

/**
 * An edit of a named scale: the levels as they were, and what each surviving one became, in
 * the same order (`revalueItems` matches them by position). Removed levels are in neither list.
 */
export interface ScaleEdit {
  levels: ScaleLevel[];
  before: ScaleLevel[];
  after: ScaleLevel[];
}

export interface BacklogSettingsEdit {
  reachUnit: string;
  tracks: Settings['tracks'];
  impact: ScaleEdit;
  confidence: ScaleEdit;
}

/**
 * Named edits of the backlog section of the document. Each call is one undo entry; a recipe that
 * returns the same document records none.
 */
export interface BacklogActions {
  /** Applies a pure change made with the domain functions in `shared/` as one undo entry. */
  applyBacklogChange(recipe: (doc: Workshop) => Workshop): void;
  /** Adds an item at the end of the room's order; returns its id. */
  addBacklogItem(fields?: Partial<Omit<BacklogItem, 'id' | 'rank'>>): string | null;
  updateBacklogItem(itemId: string, patch: ItemPatch): void;
  setRiceValue(itemId: string, field: RiceField, value: number | null): void;
  /** A copy right below the original, without its external key and link; returns its id. */
  duplicateBacklogItem(itemId: string): string | null;
  /** Removes the item and its roadmap placements (which would point at nothing). */
  deleteBacklogItem(itemId: string): void;
  /** Writes the result of a move (`shared/backlog/reorder.ts`). */
  reorderBacklog(result: ReorderResult): void;
  /** Writes a confirmed import all at once, or nothing and the reason. */
  importBacklogPlan(plan: ImportPlan): ApplyResult;
  /** Reach unit, tracks and scales together; a revalued level carries every item along. */
  updateBacklogSettings(edit: BacklogSettingsEdit): void;
}

export function backlogActions(edit: Edit): BacklogActions {
  const editItem = (itemId: string, change: (item: BacklogItem) => BacklogItem) =>
    edit((doc) => {
      let changed = false;
      const items = doc.items.map((item) => {
        if (item.id !== itemId) return item;
        const next = change(item);
        changed = next !== item;
        return next;
      });
      return changed ? { ...doc, items } : doc;
    });

  return {
    applyBacklogChange: (recipe) => edit(recipe),

    addBacklogItem: (fields = {}) => {
      let id: string | null = null;
      edit((doc) => {
        const item = newItem(fields);
        id = item.id;
        return { ...doc, items: placeLast(doc.items, item) };
      });
      return id;
    },

    updateBacklogItem: (itemId, patch) =>
      editItem(itemId, (item) => {
        const entries = Object.entries(patch) as [keyof ItemPatch, unknown][];
        const differs = entries.some(([key, value]) => !sameValue(item[key], value));
        return differs ? { ...item, ...patch } : item;
      }),

    setRiceValue: (itemId, field, value) =>
      editItem(itemId, (item) =>
        item.rice[field] === value ? item : { ...item, rice: { ...item.rice, [field]: value } },
      ),

    duplicateBacklogItem: (itemId) => {
      let id: string | null = null;
      edit((doc) => {
        const ordered = manualOrder(doc.items);
        const index = ordered.findIndex((item) => item.id === itemId);
        const original = ordered[index];
        if (original === undefined) return doc;
        const { id: _id, rank: _rank, ...fields } = original;
        const copy = newItem({
          ...fields,
          title: `${original.title} (copy)`,
          externalKey: null,
          externalUrl: null,
          tags: [...original.tags],
          rice: { ...original.rice },
          scores: { ...original.scores },
        });
        id = copy.id;
        const withCopy = placeLast(doc.items, copy);
        const items = applyReorder(withCopy, moveItem(withCopy, copy.id, index + 1));
        return { ...doc, items };
      });
      return id;
    },

    deleteBacklogItem: (itemId) =>
      edit((doc) => {
        if (!doc.items.some((item) => item.id === itemId)) return doc;
        const placements = doc.roadmap.placements.filter((p) => p.itemId !== itemId);
        return {
          ...doc,
          items: doc.items.filter((item) => item.id !== itemId),
          roadmap:
            placements.length === doc.roadmap.placements.length
              ? doc.roadmap
              : { ...doc.roadmap, placements },
        };
      }),

    reorderBacklog: (result) =>
      edit((doc) =>
        result.kind === 'unchanged' ? doc : { ...doc, items: applyReorder(doc.items, result) },
      ),

    importBacklogPlan: (plan) => {
      let outcome: ApplyResult = { ok: false, reason: 'No workshop is open.' };
      edit((doc) => {
        outcome = applyImportPlan(doc, plan);
        return outcome.ok ? outcome.workshop : doc;
      });
      return outcome;
    },

    updateBacklogSettings: (change) =>
      edit((doc) => {
        const trackIds = new Set(change.tracks.map((track) => track.id));
        let items = revalueItems(doc.items, 'impact', change.impact.before, change.impact.after);
        items = revalueItems(
          items,
          'confidence',
          change.confidence.before,
          change.confidence.after,
        );
        items = items.map((item) =>
          item.trackId !== null && !trackIds.has(item.trackId) ? { ...item, trackId: null } : item,
        );
        return {
          ...doc,
          items,
          settings: {
            ...doc.settings,
            reachUnit: change.reachUnit,
            tracks: change.tracks,
            impactLevels: change.impact.levels,
            confidenceLevels: change.confidence.levels,
          },
        };
      }),
  };
}

function newItem(fields: Partial<Omit<BacklogItem, 'id' | 'rank'>>): BacklogItem {
  // A placeholder key: `placeLast` gives the item its real one.
  return createBacklogItem({ ...fields, rank: 'a0' });
}

/**
 * Puts `item` after the last item of the manual order. A broken last key (a hand-edited file)
 * gets the whole order respaced, keeping it as it was.
 */
function placeLast(items: readonly BacklogItem[], item: BacklogItem): BacklogItem[] {
  const ordered = manualOrder(items);
  const [rank] = ranksAfter(ordered.at(-1)?.rank ?? null, 1) ?? [];
  if (rank !== undefined) return [...items, { ...item, rank }];
  const keys = initialRanks(ordered.length + 1);
  const respaced = new Map(ordered.map((existing, index) => [existing.id, keys[index]]));
  return [
    ...items.map((existing) => {
      const next = respaced.get(existing.id);
      return next === undefined || next === existing.rank ? existing : { ...existing, rank: next };
    }),
    { ...item, rank: keys[ordered.length] ?? item.rank },
  ];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => value === b[index]);
  }
  return a === b;
}
