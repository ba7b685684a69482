import type { BacklogItem, Workshop } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';

/**
 * Items by id, built once per items array: the store replaces the array on every edit, and
 * every mounted row looks its item up in the same map.
 */
const indexes = new WeakMap<readonly BacklogItem[], Map<string, BacklogItem>>();

export function itemIndex(items: readonly BacklogItem[]): Map<string, BacklogItem> {
  let index = indexes.get(items);
  if (index === undefined) {
    index = new Map(items.map((item) => [item.id, item]));
    indexes.set(items, index);
  }
  return index;
}

export function findItem(doc: Workshop | null, itemId: string): BacklogItem | undefined {
  return doc === null ? undefined : itemIndex(doc.items).get(itemId);
}

/**
 * One item, for its row: the row re-renders when this item changes (an edit makes a new
 * object), not when another one does.
 */
export function useBacklogItem(itemId: string): BacklogItem | undefined {
  return useDocument((s) => findItem(s.doc, itemId));
}
