import { newId } from '../ids';
import type { BacklogItem, Rice } from '../workshop/schema';

/** A fresh item is unscored: nothing in it may look like a deliberate 0. */
export const EMPTY_RICE: Readonly<Rice> = Object.freeze({
  reach: null,
  impact: null,
  confidence: null,
  effort: null,
});

export type NewItemFields = { rank: string } & Partial<Omit<BacklogItem, 'rank'>>;

/**
 * A backlog item with every field present: what "Add item", duplicate and the CSV import
 * build on. `rank` is required because only the caller knows where the item goes
 * (see `initialRanks` and the move functions).
 */
export function createBacklogItem(fields: NewItemFields): BacklogItem {
  return {
    id: fields.id ?? newId(),
    title: fields.title ?? '',
    description: fields.description ?? '',
    trackId: fields.trackId ?? null,
    tags: fields.tags ?? [],
    externalKey: fields.externalKey ?? null,
    externalUrl: fields.externalUrl ?? null,
    rice: fields.rice ?? { ...EMPTY_RICE },
    rank: fields.rank,
    scores: fields.scores ?? {},
    marketModelId: fields.marketModelId ?? null,
  };
}

export const UNTITLED_ITEM = 'Untitled item';

/** What an item is called wherever it is shown: its trimmed title, or "Untitled item". */
export function displayTitle(item: Pick<BacklogItem, 'title'>): string {
  const title = item.title.trim();
  return title === '' ? UNTITLED_ITEM : title;
}
