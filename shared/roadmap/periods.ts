import type { Placement, Roadmap } from '../workshop/schema';

/**
 * Periods and board columns. A placement stores the index of its first quarter from the
 * roadmap's start (periodIndex); the layout only decides how indices group into columns:
 *
 * - 'quarters': one column per quarter, periodCount of them (issue 6: 2–8). A placement whose
 *   index is at or past periodCount is out of range: kept in the file, shown nowhere on the board,
 *   reported so the UI can list it.
 * - 'now-next-later': index 0 is Now, 1 is Next, everything from 2 on is Later, so every
 *   placement has a column and switching layouts never loses or moves one.
 */

export const MIN_PERIODS = 2;
export const MAX_PERIODS = 8;
/** RoadmapSchema.capacity holds at most this many entries. */
export const MAX_CAPACITY_ENTRIES = 64;

export interface Quarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

/** The quarter `offset` quarters after `start`, rolling over years (2027 Q4 + 1 → 2028 Q1). */
export function addQuarters(start: Quarter, offset: number): Quarter {
  const absolute = start.year * 4 + (start.quarter - 1) + offset;
  return { year: Math.floor(absolute / 4), quarter: (((absolute % 4) + 4) % 4) + 1 };
}

export function formatQuarter(q: Quarter): string {
  return `${q.year} Q${q.quarter}`;
}

/** "2027 Q1" for period `index` of a roadmap. */
export function quarterLabel(
  roadmap: Pick<Roadmap, 'startYear' | 'startQuarter'>,
  index: number,
): string {
  return formatQuarter(
    addQuarters({ year: roadmap.startYear, quarter: roadmap.startQuarter }, index),
  );
}

export type Bucket = 'now' | 'next' | 'later';

export const BUCKET_LABELS: Record<Bucket, string> = { now: 'Now', next: 'Next', later: 'Later' };

/** 0 → Now, 1 → Next, 2 and beyond → Later. */
export function bucketOf(periodIndex: number): Bucket {
  if (periodIndex <= 0) return 'now';
  return periodIndex === 1 ? 'next' : 'later';
}

/** The period a card dropped into a bucket gets: Now 0, Next 1, Later 2. */
export function bucketStart(bucket: Bucket): number {
  return { now: 0, next: 1, later: 2 }[bucket];
}

export interface BoardColumn {
  key: string;
  /** "2027 Q1", or "Now" / "Next" / "Later". */
  label: string;
  /** The quarters behind the column: "2027 Q1" for Now, "2027 Q3 onward" for Later. */
  detail: string;
  firstPeriod: number;
  /** Inclusive; Infinity for Later, which holds every period from 2 on. */
  lastPeriod: number;
}

export function boardColumns(roadmap: Roadmap): BoardColumn[] {
  if (roadmap.layout === 'now-next-later') {
    return (['now', 'next', 'later'] as const).map((bucket) => {
      const first = bucketStart(bucket);
      const quarter = quarterLabel(roadmap, first);
      return {
        key: bucket,
        label: BUCKET_LABELS[bucket],
        detail: bucket === 'later' ? `${quarter} onward` : quarter,
        firstPeriod: first,
        lastPeriod: bucket === 'later' ? Infinity : first,
      };
    });
  }
  return Array.from({ length: roadmap.periodCount }, (_, index) => {
    const label = quarterLabel(roadmap, index);
    return { key: `q${index}`, label, detail: label, firstPeriod: index, lastPeriod: index };
  });
}

/** The column showing a period in the current layout, or null when it is off the board. */
export function columnIndexOf(
  roadmap: Pick<Roadmap, 'layout' | 'periodCount'>,
  periodIndex: number,
): number | null {
  if (periodIndex < 0) return null;
  if (roadmap.layout === 'now-next-later') return Math.min(periodIndex, 2);
  return periodIndex < roadmap.periodCount ? periodIndex : null;
}

/**
 * The period a card gets when dropped into a column. A card already inside the column (moved
 * within Later, say) keeps its period; otherwise it takes the column's first period, so dropping
 * into Later puts it at index 2.
 */
export function periodIndexForColumn(
  roadmap: Roadmap,
  columnIndex: number,
  currentPeriodIndex: number | null = null,
): number {
  const column = boardColumns(roadmap)[columnIndex];
  if (!column) throw new RangeError(`No column ${columnIndex} on this board`);
  if (
    currentPeriodIndex !== null &&
    currentPeriodIndex >= column.firstPeriod &&
    currentPeriodIndex <= column.lastPeriod
  ) {
    return currentPeriodIndex;
  }
  return column.firstPeriod;
}

export interface ColumnSpan {
  firstColumn: number;
  lastColumn: number;
  /** The card runs past the board's last column (a quarters board shorter than the work). */
  continuesPastEnd: boolean;
}

/**
 * The columns a card covers in the current layout, so a spanning card is drawn across all of
 * them (issue 6: "show it honestly"); null when its first period is off the board. On Now /
 * Next / Later a card from Next spanning three quarters covers Next and Later.
 */
export function columnSpan(
  roadmap: Pick<Roadmap, 'layout' | 'periodCount'>,
  placement: Pick<Placement, 'periodIndex' | 'span'>,
): ColumnSpan | null {
  const firstColumn = columnIndexOf(roadmap, placement.periodIndex);
  if (firstColumn === null) return null;
  const lastPeriod = placement.periodIndex + placement.span - 1;
  if (roadmap.layout === 'now-next-later') {
    return { firstColumn, lastColumn: Math.min(lastPeriod, 2), continuesPastEnd: false };
  }
  return {
    firstColumn,
    lastColumn: Math.min(lastPeriod, roadmap.periodCount - 1),
    continuesPastEnd: lastPeriod >= roadmap.periodCount,
  };
}

/** Switching layouts changes only the layout: placements stay as they are. */
export function setLayout(roadmap: Roadmap, layout: Roadmap['layout']): Roadmap {
  return roadmap.layout === layout ? roadmap : { ...roadmap, layout };
}

export interface BeyondEnd {
  /** Start at or after the last period: off a quarters board. */
  outOfRange: Placement[];
  /** Start on the board but run past its last period. */
  overhanging: Placement[];
}

/** Placements reaching past the last period (by index, whatever the layout). */
export function placementsBeyondEnd(
  roadmap: Pick<Roadmap, 'periodCount' | 'placements'>,
): BeyondEnd {
  const count = roadmap.periodCount;
  return {
    outOfRange: roadmap.placements.filter((p) => p.periodIndex >= count),
    overhanging: roadmap.placements.filter(
      (p) => p.periodIndex < count && p.periodIndex + p.span > count,
    ),
  };
}

/**
 * Changes the number of periods (clamped to 2–8). Placements are never deleted: those now past
 * the end are returned so the UI can say "3 items are beyond 2028 Q2". Capacity entries past the
 * end are kept too (growing the board again restores them); new periods inherit the capacity of
 * the last one that had a value.
 */
export function setPeriodCount(
  roadmap: Roadmap,
  count: number,
): { roadmap: Roadmap; beyondEnd: BeyondEnd } {
  const periodCount = Math.min(MAX_PERIODS, Math.max(MIN_PERIODS, Math.round(count)));
  const capacity = [...roadmap.capacity];
  const fill = capacity.length > 0 ? (capacity[capacity.length - 1] ?? 0) : 0;
  while (capacity.length < periodCount) capacity.push(fill);
  const next = { ...roadmap, periodCount, capacity };
  return { roadmap: next, beyondEnd: placementsBeyondEnd(next) };
}

/** Sets one period's capacity in person-months (negative or non-finite values become 0). */
export function setCapacity(roadmap: Roadmap, periodIndex: number, personMonths: number): Roadmap {
  if (!Number.isInteger(periodIndex) || periodIndex < 0 || periodIndex >= MAX_CAPACITY_ENTRIES) {
    throw new RangeError(`No period ${periodIndex}`);
  }
  const capacity = [...roadmap.capacity];
  const fill = capacity.length > 0 ? (capacity[capacity.length - 1] ?? 0) : 0;
  while (capacity.length <= periodIndex) capacity.push(fill);
  capacity[periodIndex] = Number.isFinite(personMonths) ? Math.max(0, personMonths) : 0;
  return { ...roadmap, capacity };
}
