/**
 * Where the scoring matrix's cursor goes on a key, like a spreadsheet: arrows move one cell,
 * Tab / Shift+Tab move along the row and wrap to the next / previous row, Enter / Shift+Enter
 * move down / up, Home / End go to the row's ends (with Ctrl: the grid's corners), Page Up /
 * Page Down move a screenful. Pure, so the rules are tested as a table.
 */

export interface CellPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows in one screenful, for Page Up / Page Down. */
  page: number;
}

export interface NavigationKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The next position, `'leave'` when the key should take focus out of the grid (Tab past the
 * last cell, Shift+Tab before the first), or null when the key does not navigate.
 */
export function nextCell(
  at: CellPosition,
  key: NavigationKey,
  size: GridSize,
): CellPosition | 'leave' | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const clampRow = (row: number) => Math.min(lastRow, Math.max(0, row));
  const clampCol = (col: number) => Math.min(lastCol, Math.max(0, col));
  const corner = key.ctrlKey || key.metaKey;
  switch (key.key) {
    case 'ArrowUp':
      return { row: clampRow(at.row - 1), col: at.col };
    case 'ArrowDown':
      return { row: clampRow(at.row + 1), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clampCol(at.col - 1) };
    case 'ArrowRight':
      return { row: at.row, col: clampCol(at.col + 1) };
    case 'Enter':
      return { row: clampRow(at.row + (key.shiftKey ? -1 : 1)), col: at.col };
    case 'Tab':
      if (key.shiftKey) {
        if (at.col > 0) return { row: at.row, col: at.col - 1 };
        return at.row > 0 ? { row: at.row - 1, col: lastCol } : 'leave';
      }
      if (at.col < lastCol) return { row: at.row, col: at.col + 1 };
      return at.row < lastRow ? { row: at.row + 1, col: 0 } : 'leave';
    case 'Home':
      return corner ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return corner ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    case 'PageUp':
      return { row: clampRow(at.row - size.page), col: at.col };
    case 'PageDown':
      return { row: clampRow(at.row + size.page), col: at.col };
    default:
      return null;
  }
}
