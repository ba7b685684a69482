import type { BacklogItem, ScaleLevel } from '../workshop/schema';

/**
 * Named scales for impact and confidence (BRIEF: impact 3 / 2 / 1 / 0.5 / 0.25, confidence
 * 100 / 80 / 50 %). Items store the value, not the label, so a score never depends on a name;
 * when the workshop revalues a level, `revalueItems` carries every item along.
 */

export type ScaledField = 'impact' | 'confidence';

/** The level whose value is exactly `value`, to show "High (2)" next to a number. */
export function levelForValue(
  levels: readonly ScaleLevel[],
  value: number | null,
): ScaleLevel | undefined {
  if (value === null) return undefined;
  return levels.find((level) => level.value === value);
}

/**
 * Applies an edit of a scale to every item: an item holding the value of `before[i]` gets the
 * value of `after[i]` (levels are edited in place, so position identifies a level). Values that
 * matched no level were typed by hand and stay as they are; so do items of removed levels.
 * Unchanged items are returned as the same objects, so a store only re-renders changed rows.
 */
export function revalueItems(
  items: readonly BacklogItem[],
  field: ScaledField,
  before: readonly ScaleLevel[],
  after: readonly ScaleLevel[],
): BacklogItem[] {
  const newValueFor = new Map<number, number>();
  before.forEach((level, index) => {
    const next = after[index];
    // When two old levels shared a value, the first one decides, as `levelForValue` does.
    if (next !== undefined && !newValueFor.has(level.value))
      newValueFor.set(level.value, next.value);
  });
  return items.map((item) => {
    const current = item.rice[field];
    if (current === null) return item;
    const next = newValueFor.get(current);
    if (next === undefined || next === current) return item;
    return { ...item, rice: { ...item.rice, [field]: next } };
  });
}
