import { displayTitle } from '../../../shared/backlog/items';
import {
  boardColumns,
  columnSpan,
  quarterLabel,
  type BoardColumn,
} from '../../../shared/roadmap/periods';
import { compareSlots } from '../../../shared/roadmap/placements';
import type { BacklogItem, Placement, Workshop } from '../../../shared/workshop/schema';
import { itemFacts, type ScoreLabel } from '../roadmap/itemFacts';

/**
 * The printed board (issue 6): one row group per track, one column per period, and inside a
 * track as many rows ("lanes") as its cards need, so a card spanning three quarters is one cell
 * three columns wide (spans shown honestly) and every row is exactly one card tall. Rows are
 * what the printer breaks between, so a card never splits across pages, and a long board
 * continues on the next page under the repeated table header.
 */

export interface BoardCard {
  itemId: string;
  title: string;
  /** The item's key in the team's tracker (PLAT-101), printed beside the title. */
  externalKey: string | null;
  /** The roadmap's chosen basis: RICE or the weighted total, as the screen's card shows it. */
  score: { basis: ScoreLabel; value: string };
  /** "6 pm" (person-months, as the legend says), or "no effort" when the item has none yet. */
  effort: string;
  firstColumn: number;
  lastColumn: number;
  /** The work runs past the board's last quarter. */
  continuesPastEnd: boolean;
  /** "2027 Q1 – 2027 Q3" for a card over several quarters, null for one quarter. */
  periods: string | null;
}

export type LaneCell =
  { kind: 'card'; card: BoardCard; columnCount: number } | { kind: 'gap'; column: number };

export interface BoardTrack {
  trackId: string;
  name: string;
  color: string;
  /** At least one lane, so a track without cards still shows as an empty row. */
  lanes: LaneCell[][];
  /** Few enough lanes to keep the track on one page: it moves to the next page whole. */
  keepTogether: boolean;
  cardCount: number;
}

export interface OffBoardCard {
  itemId: string;
  title: string;
  /** Where the card sits, e.g. "2028 Q3". */
  where: string;
}

export interface PrintBoard {
  columns: BoardColumn[];
  tracks: BoardTrack[];
  /** Cards of a quarters board placed after its last quarter: listed, not drawn. */
  offBoard: OffBoardCard[];
  /** Placements whose item is no longer in the backlog. */
  missingItemCount: number;
}

/** Cards of tracks that were deleted still print, in a row of their own. */
/** About what fits on half a page: a taller track may break between its lanes instead. */
export const KEEP_TOGETHER_LANES = 5;

export const ORPHAN_TRACK = { trackId: '', name: 'No longer a track', color: '#7d8596' } as const;

interface Span {
  firstColumn: number;
  lastColumn: number;
}

/**
 * Puts cards into as few rows as possible without overlaps: each card goes into the first row
 * that is free from its first column on. Cards must come sorted by first column (and by their
 * order inside a cell), which keeps a cell's cards in their order from top to bottom; for
 * intervals sorted by start, first fit never uses more rows than the most cards over one column.
 */
export function packLanes<T extends Span>(cards: readonly T[]): T[][] {
  const lanes: T[][] = [];
  const lastColumnOf: number[] = [];
  for (const card of cards) {
    const free = lastColumnOf.findIndex((last) => last < card.firstColumn);
    if (free === -1) {
      lanes.push([card]);
      lastColumnOf.push(card.lastColumn);
    } else {
      lanes[free]?.push(card);
      lastColumnOf[free] = card.lastColumn;
    }
  }
  return lanes;
}

/** One lane as table cells: each card over its columns, a gap cell for every empty column. */
export function laneCells(lane: readonly BoardCard[], columnCount: number): LaneCell[] {
  const cells: LaneCell[] = [];
  let column = 0;
  for (const card of lane) {
    for (; column < card.firstColumn && column < columnCount; column++) {
      cells.push({ kind: 'gap', column });
    }
    const last = Math.min(card.lastColumn, columnCount - 1);
    cells.push({ kind: 'card', card, columnCount: last - card.firstColumn + 1 });
    column = last + 1;
  }
  for (; column < columnCount; column++) cells.push({ kind: 'gap', column });
  return cells;
}

function periodsText(doc: Workshop, placement: Placement): string | null {
  if (placement.span <= 1) return null;
  const first = quarterLabel(doc.roadmap, placement.periodIndex);
  const last = quarterLabel(doc.roadmap, placement.periodIndex + placement.span - 1);
  return `${first} – ${last}`;
}

function cardFor(doc: Workshop, item: BacklogItem, placement: Placement): BoardCard | null {
  const span = columnSpan(doc.roadmap, placement);
  if (span === null) return null;
  // The same facts the screen's card shows (roadmap/itemFacts.ts), so print and screen agree.
  const facts = itemFacts(item, doc.roadmap.scoreBasis, doc.criteria);
  return {
    itemId: item.id,
    title: displayTitle(item),
    externalKey: item.externalKey,
    score: { basis: facts.scoreLabel, value: facts.score },
    effort: facts.effort,
    firstColumn: span.firstColumn,
    lastColumn: span.lastColumn,
    continuesPastEnd: span.continuesPastEnd,
    periods: periodsText(doc, placement),
  };
}

interface Positioned {
  placement: Placement;
  card: BoardCard;
}

function byColumnThenSlot(a: Positioned, b: Positioned): number {
  return a.card.firstColumn - b.card.firstColumn || compareSlots(a.placement, b.placement);
}

function trackRows(
  track: { trackId: string; name: string; color: string },
  cards: Positioned[],
  columnCount: number,
): BoardTrack {
  const lanes = packLanes([...cards].sort(byColumnThenSlot).map((p) => p.card)).map((lane) =>
    laneCells(lane, columnCount),
  );
  return {
    ...track,
    lanes: lanes.length > 0 ? lanes : [laneCells([], columnCount)],
    keepTogether: lanes.length <= KEEP_TOGETHER_LANES,
    cardCount: cards.length,
  };
}

export function printBoard(doc: Workshop): PrintBoard {
  const columns = boardColumns(doc.roadmap);
  const itemsById = new Map(doc.items.map((item) => [item.id, item]));
  const knownTracks = new Set(doc.settings.tracks.map((t) => t.id));
  const byTrack = new Map<string, Positioned[]>();
  const offBoard: OffBoardCard[] = [];
  let missingItemCount = 0;

  for (const placement of doc.roadmap.placements) {
    const item = itemsById.get(placement.itemId);
    if (!item) {
      missingItemCount += 1;
      continue;
    }
    const card = cardFor(doc, item, placement);
    if (card === null) {
      offBoard.push({
        itemId: item.id,
        title: displayTitle(item),
        where: quarterLabel(doc.roadmap, placement.periodIndex),
      });
      continue;
    }
    const trackId = knownTracks.has(placement.trackId) ? placement.trackId : ORPHAN_TRACK.trackId;
    const list = byTrack.get(trackId) ?? [];
    list.push({ placement, card });
    byTrack.set(trackId, list);
  }

  const tracks = doc.settings.tracks.map((t) =>
    trackRows(
      { trackId: t.id, name: t.name, color: t.color },
      byTrack.get(t.id) ?? [],
      columns.length,
    ),
  );
  const orphans = byTrack.get(ORPHAN_TRACK.trackId);
  if (orphans) tracks.push(trackRows(ORPHAN_TRACK, orphans, columns.length));
  return { columns, tracks, offBoard, missingItemCount };
}
