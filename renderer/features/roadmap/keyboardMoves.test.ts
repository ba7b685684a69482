import { describe, expect, it } from 'vitest';
import type { CellTarget } from './dropTargets';
import { nextCellTarget, type BoardShape } from './keyboardMoves';

/** Tracks a, b, c over 4 columns; cell (b, 1) holds 2 other cards, every other cell none. */
const board: BoardShape = {
  trackIds: ['a', 'b', 'c'],
  columnCount: 4,
  othersIn: (trackId, column) => (trackId === 'b' && column === 1 ? 2 : 0),
};
const at = (trackId: string, columnIndex: number, index = 0): CellTarget => ({
  kind: 'cell',
  trackId,
  columnIndex,
  index,
});

describe('nextCellTarget', () => {
  it.each([
    ['ArrowRight', at('a', 0), at('a', 1)],
    ['ArrowLeft', at('a', 2), at('a', 1)],
    ['ArrowLeft', at('a', 0), null],
    ['ArrowRight', at('a', 3), null],
    ['ArrowDown', at('b', 1, 0), at('b', 1, 1)],
    ['ArrowDown', at('b', 1, 2), at('c', 1, 0)],
    ['ArrowUp', at('b', 1, 1), at('b', 1, 0)],
    ['ArrowUp', at('b', 1, 0), at('a', 1, 0)],
    ['ArrowUp', at('c', 1, 0), at('b', 1, 2)],
    ['ArrowUp', at('a', 0), null],
    ['ArrowDown', at('c', 2), null],
    ['ArrowLeft', at('b', 2, 0), at('b', 1, 0)],
    ['ArrowRight', at('b', 1, 2), at('b', 2, 0)],
  ] as const)('%s from %o goes to %o', (key, from, expected) => {
    expect(nextCellTarget(key, from, board)).toEqual(expected);
  });
});
