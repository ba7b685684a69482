import { newId } from '../ids';
import type { Criterion, Roadmap, Settings, Track, Workshop } from './schema';

/** BRIEF: three parallel tracks so stakeholders see investment in all of them. */
export function defaultTracks(): Track[] {
  return [
    { id: 'track-new-services', name: 'New services', color: '#2563eb' },
    { id: 'track-reliability', name: 'Reliability / performance', color: '#d97706' },
    { id: 'track-devex', name: 'Developer experience', color: '#059669' },
  ];
}

/** BRIEF: Impact 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal; Confidence 100/80/50 %. */
export function defaultSettings(): Settings {
  return {
    reachUnit: 'customers per quarter',
    impactLevels: [
      { label: 'Massive', value: 3 },
      { label: 'High', value: 2 },
      { label: 'Medium', value: 1 },
      { label: 'Low', value: 0.5 },
      { label: 'Minimal', value: 0.25 },
    ],
    confidenceLevels: [
      { label: 'High', value: 100 },
      { label: 'Medium', value: 80 },
      { label: 'Low', value: 50 },
    ],
    currency: 'USD',
    tracks: defaultTracks(),
  };
}

/** BRIEF: typical criteria for a platform team; cost-like criteria count inverted. */
export function defaultCriteria(): Criterion[] {
  const scale = { min: 1, max: 5 } as const;
  const c = (name: string, direction: Criterion['direction'], weight: number): Criterion => ({
    id: newId(),
    name,
    direction,
    scale,
    weight,
    locked: false,
  });
  return [
    c('Reliability impact', 'benefit', 20),
    c('Customer reach', 'benefit', 20),
    c('Revenue / consumption impact', 'benefit', 20),
    c('Customer cost impact', 'cost', 15),
    c('Strategic fit', 'benefit', 15),
    c('Effort', 'cost', 10),
  ];
}

/** BRIEF: plan 2–3 quarters ahead; the board starts at the quarter after `today`. */
export function defaultRoadmap(today: Date): Roadmap {
  const quarter = Math.floor(today.getUTCMonth() / 3) + 1;
  const startYear = quarter === 4 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
  const startQuarter = quarter === 4 ? 1 : quarter + 1;
  return {
    layout: 'quarters',
    startYear,
    startQuarter,
    periodCount: 4,
    scoreBasis: 'rice',
    capacity: [12, 12, 12, 12],
    placements: [],
  };
}

export function createWorkshop(today: Date = new Date()): Workshop {
  return {
    meta: { title: 'Untitled workshop', facilitator: '', date: today.toISOString().slice(0, 10) },
    settings: defaultSettings(),
    items: [],
    criteria: defaultCriteria(),
    weightPresets: [],
    markets: [],
    growthModels: [],
    roadmap: defaultRoadmap(today),
  };
}
