import { createWorkshop } from '../../../shared/workshop/defaults';
import type { BacklogItem, Placement, Workshop } from '../../../shared/workshop/schema';

/**
 * A small workshop for the print view's tests: three tracks, a board of four quarters from
 * 2027 Q1 with 12 person-months each, and items whose RICE scores are easy to work out.
 */
export const [NEW_SERVICES, RELIABILITY, DEVEX] = [
  'track-new-services',
  'track-reliability',
  'track-devex',
] as const;

export function item(
  id: string,
  rice: Partial<BacklogItem['rice']> = {},
  fields: Partial<BacklogItem> = {},
): BacklogItem {
  return {
    id,
    title: `Item ${id}`,
    description: '',
    trackId: NEW_SERVICES,
    tags: [],
    externalKey: null,
    externalUrl: null,
    rice: { reach: 100, impact: 1, confidence: 100, effort: 2, ...rice },
    rank: `a${id}`,
    scores: {},
    marketModelId: null,
    ...fields,
  };
}

export function placed(
  itemId: string,
  trackId: string,
  periodIndex: number,
  span = 1,
  slot = 'a0',
): Placement {
  return { itemId, trackId, periodIndex, span, slot };
}

export function printDoc(edit: (doc: Workshop) => void = () => undefined): Workshop {
  const doc = createWorkshop(new Date('2026-11-20T09:00:00Z'));
  doc.meta = {
    title: 'Platform team — 2027 roadmap',
    facilitator: 'Dana Okafor',
    date: '2026-11-20',
  };
  doc.roadmap = {
    layout: 'quarters',
    startYear: 2027,
    startQuarter: 1,
    periodCount: 4,
    scoreBasis: 'rice',
    capacity: [12, 12, 12, 12],
    placements: [],
  };
  edit(doc);
  return doc;
}
