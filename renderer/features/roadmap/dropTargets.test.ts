import { describe, expect, it } from 'vitest';
import { cellPlacements, placementOf } from '../../../shared/roadmap/placements';
import { placement, roadmap } from '../../../shared/roadmap/testRoadmap';
import {
  applyTarget,
  BACKLOG_TARGET,
  currentTarget,
  dialogStart,
  indexAtPointer,
  sameTarget,
} from './dropTargets';

const sizing = { effort: 12, trackCount: 3 };

describe('drop targets', () => {
  it('finds where an item is: its cell and position, or the backlog', () => {
    const board = roadmap({
      placements: [
        placement('a', { slot: 'a0' }),
        placement('b', { slot: 'a1' }),
        placement('far', { periodIndex: 9 }),
      ],
    });
    expect(currentTarget(board, 'b')).toEqual({
      kind: 'cell',
      trackId: 't1',
      columnIndex: 0,
      index: 1,
    });
    expect(currentTarget(board, 'nowhere')).toEqual(BACKLOG_TARGET);
    expect(currentTarget(board, 'far')).toEqual(BACKLOG_TARGET);
  });

  it('places a new item with the span its effort needs: 12 pm over 4 pm a track is 3 quarters', () => {
    const board = applyTarget(
      roadmap(),
      'x',
      { kind: 'cell', trackId: 't2', columnIndex: 1, index: 0 },
      sizing,
    );
    expect(placementOf(board, 'x')).toMatchObject({ trackId: 't2', periodIndex: 1, span: 3 });
  });

  it('moves a placed card keeping its span, at the position asked for', () => {
    const start = roadmap({
      placements: [
        placement('a', { slot: 'a0', span: 2 }),
        placement('b', { trackId: 't2', slot: 'a0' }),
        placement('c', { trackId: 't2', slot: 'a1' }),
      ],
    });
    const board = applyTarget(
      start,
      'a',
      { kind: 'cell', trackId: 't2', columnIndex: 0, index: 1 },
      sizing,
    );
    expect(cellPlacements(board, 't2', 0).map((p) => p.itemId)).toEqual(['b', 'a', 'c']);
    expect(placementOf(board, 'a')?.span).toBe(2);
  });

  it('takes a card off the board when dropped on the backlog', () => {
    const board = applyTarget(
      roadmap({ placements: [placement('a')] }),
      'a',
      BACKLOG_TARGET,
      sizing,
    );
    expect(board.placements).toEqual([]);
  });

  it('compares targets by cell and position', () => {
    const cell = { kind: 'cell', trackId: 't1', columnIndex: 0, index: 0 } as const;
    expect(sameTarget(cell, { ...cell })).toBe(true);
    expect(sameTarget(cell, { ...cell, index: 1 })).toBe(false);
    expect(sameTarget(BACKLOG_TARGET, { kind: 'backlog' })).toBe(true);
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget(cell, null)).toBe(false);
  });

  it.each([
    [[], 500, 0],
    [[100, 200, 300], 50, 0],
    [[100, 200, 300], 150, 1],
    [[100, 200, 300], 250, 2],
    [[100, 200, 300], 999, 3],
  ])('with card middles %o a pointer at %d drops at %d', (middles, y, index) => {
    expect(indexAtPointer(middles, y)).toBe(index);
  });

  it('starts the Move dialog at the card, or at its own track in the first period', () => {
    const board = roadmap({ placements: [placement('a', { trackId: 't2', periodIndex: 3 })] });
    expect(dialogStart(board, 'a', 't1', ['t1', 't2'])).toEqual({ trackId: 't2', columnIndex: 3 });
    expect(dialogStart(board, 'b', 't2', ['t1', 't2'])).toEqual({ trackId: 't2', columnIndex: 0 });
    expect(dialogStart(board, 'b', 'gone', ['t1', 't2'])).toEqual({
      trackId: 't1',
      columnIndex: 0,
    });
  });
});
