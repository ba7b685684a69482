import type { BacklogItem, Placement, Roadmap, Track } from '../workshop/schema';
import { boardColumns, columnIndexOf, quarterLabel } from './periods';

/**
 * Capacity and balance (issue 6): planned effort per period against its capacity in
 * person-months, over-capacity periods, and each track's share of planned effort so
 * stakeholders see investment in all three tracks (BRIEF).
 *
 * Effort is the item's RICE effort in person-months (BRIEF). A card spanning several periods
 * spreads its effort evenly over them: an 18 person-month item over 3 quarters plans 6 in each.
 * Items without an effort plan nothing and are listed as unsized, so the board can say its sums
 * are incomplete rather than pretend an unsized item is free.
 */

type EffortItem = Pick<BacklogItem, 'id'> & { rice: Pick<BacklogItem['rice'], 'effort'> };

/** Planned effort beyond this counts as over capacity (absorbs floating-point noise). */
const OVER_TOLERANCE = 1e-9;

export interface Load {
  label: string;
  /** Person-months planned. */
  planned: number;
  /** Person-months available, null when no capacity is set for it. */
  capacity: number | null;
  over: boolean;
  /** planned ÷ capacity, null without a positive capacity. */
  utilization: number | null;
}

export interface PeriodLoad extends Load {
  periodIndex: number;
}

export interface ColumnLoad extends Load {
  columnIndex: number;
}

export interface CapacityReport {
  /** One per period on the board's calendar, 0 … periodCount − 1. */
  periods: PeriodLoad[];
  /** One per board column in the current layout. Later sums periods 2 … periodCount − 1 of
   * capacity and every period from 2 on of planned effort, since it shows every card from 2 on. */
  columns: ColumnLoad[];
  /** Person-months planned after the last period (cards past the end of a quarters board). */
  beyondEnd: number;
  /** Placed items without an effort. */
  unsizedItemIds: string[];
  /** Placements whose item no longer exists. */
  missingItemIds: string[];
}

function load(label: string, planned: number, capacity: number | null): Load {
  return {
    label,
    planned,
    capacity,
    over: capacity !== null && planned > capacity + OVER_TOLERANCE,
    utilization: capacity !== null && capacity > 0 ? planned / capacity : null,
  };
}

interface Spread {
  placement: Placement;
  /** Person-months in each period the card covers. */
  perPeriod: number;
}

function spreadEfforts(roadmap: Pick<Roadmap, 'placements'>, items: readonly EffortItem[]) {
  const effortOf = new Map(items.map((i) => [i.id, i.rice.effort]));
  const spreads: Spread[] = [];
  const unsizedItemIds: string[] = [];
  const missingItemIds: string[] = [];
  for (const placement of roadmap.placements) {
    if (!effortOf.has(placement.itemId)) {
      missingItemIds.push(placement.itemId);
      continue;
    }
    const effort = effortOf.get(placement.itemId) ?? null;
    if (effort === null || !Number.isFinite(effort) || effort <= 0) {
      unsizedItemIds.push(placement.itemId);
      continue;
    }
    spreads.push({ placement, perPeriod: effort / placement.span });
  }
  return { spreads, unsizedItemIds, missingItemIds };
}

export function capacityReport(roadmap: Roadmap, items: readonly EffortItem[]): CapacityReport {
  const { spreads, unsizedItemIds, missingItemIds } = spreadEfforts(roadmap, items);
  const planned = new Array<number>(roadmap.periodCount).fill(0);
  let beyondEnd = 0;
  for (const { placement, perPeriod } of spreads) {
    for (let p = placement.periodIndex; p < placement.periodIndex + placement.span; p++) {
      if (p < roadmap.periodCount) planned[p] = (planned[p] ?? 0) + perPeriod;
      else beyondEnd += perPeriod;
    }
  }
  const capacityAt = (p: number) => roadmap.capacity[p] ?? null;

  const periods = planned.map((value, periodIndex) => ({
    periodIndex,
    ...load(quarterLabel(roadmap, periodIndex), value, capacityAt(periodIndex)),
  }));

  const columns = boardColumns(roadmap).map((column, columnIndex): ColumnLoad => {
    let plannedSum = 0;
    let capacitySum: number | null = null;
    const last = Math.min(column.lastPeriod, roadmap.periodCount - 1);
    for (let p = column.firstPeriod; p <= last; p++) {
      plannedSum += planned[p] ?? 0;
      const capacity = capacityAt(p);
      if (capacity !== null) capacitySum = (capacitySum ?? 0) + capacity;
    }
    if (column.lastPeriod === Infinity) plannedSum += beyondEnd;
    return { columnIndex, ...load(column.label, plannedSum, capacitySum) };
  });

  return { periods, columns, beyondEnd, unsizedItemIds, missingItemIds };
}

export interface TrackInvestment {
  trackId: string;
  name: string;
  color: string;
  /** Person-months planned on the board in this track. */
  effort: number;
  /** Share of all planned effort on the board, 0–1 (0 when nothing is planned). */
  share: number;
  /** Cards on the board in this track, sized or not. */
  cardCount: number;
  unsizedCount: number;
}

export interface BalanceReport {
  tracks: TrackInvestment[];
  /** Person-months planned on the board, all tracks. */
  totalEffort: number;
  /** Tracks without a single card on the board: the balance strip's warning. */
  uninvestedTrackIds: string[];
  /** Cards on the board whose track no longer exists. */
  unknownTrackPlacements: Placement[];
}

/**
 * Each track's share of the effort planned on the board. Only what the board shows counts: on a
 * quarters board, periods past the end are left out (of an item spanning past the end, only its
 * periods on the board count); on Now / Next / Later every period is shown.
 */
export function trackBalance(
  roadmap: Roadmap,
  tracks: readonly Track[],
  items: readonly EffortItem[],
): BalanceReport {
  const { spreads, unsizedItemIds, missingItemIds } = spreadEfforts(roadmap, items);
  const unsized = new Set(unsizedItemIds);
  const missing = new Set(missingItemIds);
  const byTrack = new Map(
    tracks.map((t) => [
      t.id,
      {
        trackId: t.id,
        name: t.name,
        color: t.color,
        effort: 0,
        share: 0,
        cardCount: 0,
        unsizedCount: 0,
      },
    ]),
  );
  const onBoard = (periodIndex: number) => columnIndexOf(roadmap, periodIndex) !== null;
  const unknownTrackPlacements: Placement[] = [];

  for (const placement of roadmap.placements) {
    if (!onBoard(placement.periodIndex) || missing.has(placement.itemId)) continue;
    const track = byTrack.get(placement.trackId);
    if (!track) {
      unknownTrackPlacements.push(placement);
      continue;
    }
    track.cardCount += 1;
    if (unsized.has(placement.itemId)) track.unsizedCount += 1;
  }
  for (const { placement, perPeriod } of spreads) {
    const track = byTrack.get(placement.trackId);
    if (!track) continue;
    for (let p = placement.periodIndex; p < placement.periodIndex + placement.span; p++) {
      if (onBoard(p)) track.effort += perPeriod;
    }
  }

  const result = [...byTrack.values()];
  const totalEffort = result.reduce((sum, t) => sum + t.effort, 0);
  for (const t of result) t.share = totalEffort > 0 ? t.effort / totalEffort : 0;
  return {
    tracks: result,
    totalEffort,
    uninvestedTrackIds: result.filter((t) => t.cardCount === 0).map((t) => t.trackId),
    unknownTrackPlacements,
  };
}
