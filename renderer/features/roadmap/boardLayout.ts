import { boardColumns, columnSpan, type BoardColumn } from '../../../shared/roadmap/periods';
import { compareSlots } from '../../../shared/roadmap/placements';
import type { Placement, Roadmap, Track } from '../../../shared/workshop/schema';

/**
 * Where every card sits on the board's CSS grid. The board is one grid: the first column holds
 * the track names, then one column per board column; each track takes a band of rows, one row
 * ("lane") per card stacked in it plus a spacer row to drop below the last card.
 *
 * A card spanning periods is drawn across all its columns (issue 6: "show it honestly"), so
 * cards of a track are packed into lanes: in column order, then slot order, each card takes the
 * first lane free over all of its columns. Within a cell that keeps the slot order top to bottom.
 */

export interface CardPosition {
  placement: Placement;
  firstColumn: number;
  lastColumn: number;
  /** The work runs past the board's last quarter. */
  continuesPastEnd: boolean;
  /** 0-based row inside the track's band. */
  lane: number;
}

export interface TrackBand {
  track: Track;
  /** 1-based grid line where the band starts (row 1 is the column headers). */
  rowStart: number;
  /** Card rows in the band; the spacer row comes after them. */
  laneCount: number;
  /** Per board column, the cards starting in that cell, in slot order. */
  cells: CardPosition[][];
}

export interface BoardLayout {
  columns: BoardColumn[];
  bands: TrackBand[];
  /** `grid-template-rows` for the whole board. */
  gridRows: string;
  /** Placements the board cannot show: past its last quarter, or on a track that is gone. */
  offBoard: Placement[];
}

/** Grid rows of a band's last row, where a card dropped below every other card lands. */
export const SPACER_ROW = 'minmax(2rem, auto)';

export function boardLayout(roadmap: Roadmap, tracks: readonly Track[]): BoardLayout {
  const columns = boardColumns(roadmap);
  const byTrack = new Map<string, CardPosition[]>(tracks.map((t) => [t.id, []]));
  const offBoard: Placement[] = [];
  for (const placement of roadmap.placements) {
    const span = columnSpan(roadmap, placement);
    const cards = byTrack.get(placement.trackId);
    if (span === null || cards === undefined) {
      offBoard.push(placement);
      continue;
    }
    cards.push({ placement, ...span, lane: 0 });
  }

  const bands: TrackBand[] = [];
  const rows: string[] = ['auto'];
  let rowStart = 2;
  for (const track of tracks) {
    const cards = byTrack.get(track.id) ?? [];
    const laneCount = packLanes(cards, columns.length);
    const cells = columns.map(() => [] as CardPosition[]);
    for (const card of cards) cells[card.firstColumn]?.push(card);
    bands.push({ track, rowStart, laneCount, cells });
    for (let lane = 0; lane < laneCount; lane++) rows.push('auto');
    rows.push(SPACER_ROW);
    rowStart += laneCount + 1;
  }
  return { columns, bands, gridRows: rows.join(' '), offBoard };
}

/** Sorts `cards` into reading order, gives each its lane and returns how many lanes there are. */
function packLanes(cards: CardPosition[], columnCount: number): number {
  cards.sort((a, b) => a.firstColumn - b.firstColumn || compareSlots(a.placement, b.placement));
  const taken: boolean[][] = [];
  for (const card of cards) {
    let lane = 0;
    while (isTaken(taken[lane], card)) lane++;
    const row = (taken[lane] ??= new Array<boolean>(columnCount).fill(false));
    for (let c = card.firstColumn; c <= card.lastColumn; c++) row[c] = true;
    card.lane = lane;
  }
  return taken.length;
}

function isTaken(row: boolean[] | undefined, card: CardPosition): boolean {
  if (!row) return false;
  for (let c = card.firstColumn; c <= card.lastColumn; c++) if (row[c]) return true;
  return false;
}

/** The CSS grid placement of a card. */
export function cardGridArea(band: TrackBand, card: CardPosition) {
  return {
    gridRow: `${band.rowStart + card.lane}`,
    gridColumn: `${card.firstColumn + 2} / span ${card.lastColumn - card.firstColumn + 1}`,
  };
}

/** The CSS grid placement of a cell (the drop zone under its cards) or of a track's name. */
export function bandGridArea(band: TrackBand, column: number | 'name') {
  return {
    gridRow: `${band.rowStart} / span ${band.laneCount + 1}`,
    gridColumn: column === 'name' ? '1' : `${column + 2}`,
  };
}

/** A cell's key in ids and data attributes. */
export function cellKey(trackId: string, columnIndex: number): string {
  return `${trackId}|${columnIndex}`;
}
