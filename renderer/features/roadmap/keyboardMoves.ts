import type { CellTarget } from './dropTargets';

/**
 * Where the arrow keys take a picked-up card: ← and → to the previous or next period (keeping
 * its position as far as the cell allows), ↑ and ↓ through the positions of its cell and on into
 * the track above or below (arriving at the bottom of the cell above, the top of the cell
 * below), as reading the board column by column.
 */

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export function isArrowKey(key: string): key is ArrowKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';
}

export interface BoardShape {
  trackIds: readonly string[];
  columnCount: number;
  /** How many cards the cell holds besides the one being moved. */
  othersIn(trackId: string, columnIndex: number): number;
}

/** The next target, or null at the edge of the board (nothing moves). */
export function nextCellTarget(
  key: ArrowKey,
  from: CellTarget,
  board: BoardShape,
): CellTarget | null {
  const { trackId, columnIndex, index } = from;
  const track = board.trackIds.indexOf(trackId);
  const at = (t: string, c: number, i: number): CellTarget => ({
    kind: 'cell',
    trackId: t,
    columnIndex: c,
    index: i,
  });
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const column = columnIndex + (key === 'ArrowLeft' ? -1 : 1);
      if (column < 0 || column >= board.columnCount) return null;
      return at(trackId, column, Math.min(index, board.othersIn(trackId, column)));
    }
    case 'ArrowUp': {
      if (index > 0) return at(trackId, columnIndex, index - 1);
      const above = board.trackIds[track - 1];
      return track > 0 && above !== undefined
        ? at(above, columnIndex, board.othersIn(above, columnIndex))
        : null;
    }
    case 'ArrowDown': {
      if (index < board.othersIn(trackId, columnIndex)) return at(trackId, columnIndex, index + 1);
      const below = board.trackIds[track + 1];
      return track >= 0 && below !== undefined ? at(below, columnIndex, 0) : null;
    }
  }
}
