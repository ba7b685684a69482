import type { Placement, Roadmap } from '../workshop/schema';

/** A quarters roadmap from 2027 Q1 with 4 periods of 12 person-months, for tests. */
export function roadmap(overrides: Partial<Roadmap> = {}): Roadmap {
  return {
    layout: 'quarters',
    startYear: 2027,
    startQuarter: 1,
    periodCount: 4,
    scoreBasis: 'rice',
    capacity: [12, 12, 12, 12],
    placements: [],
    ...overrides,
  };
}

export function placement(
  itemId: string,
  overrides: Partial<Omit<Placement, 'itemId'>> = {},
): Placement {
  return { itemId, trackId: 't1', periodIndex: 0, span: 1, slot: 'a0', ...overrides };
}

/** Item shape the capacity functions read. */
export const sized = (id: string, effort: number | null) => ({ id, rice: { effort } });
