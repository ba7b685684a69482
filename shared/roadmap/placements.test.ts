import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../workshop/schema';
import { PlacementSchema } from '../workshop/schema';
import {
  cellPlacements,
  MAX_SLOT_LENGTH,
  moveItem,
  placeItem,
  placementOf,
  removeMissingItems,
  resizeItem,
  suggestedSpan,
  unplaceItem,
} from './placements';
import { boardColumns } from './periods';
import { placement, roadmap } from './testRoadmap';

const idsIn = (board: Roadmap, trackId: string, column: number) =>
  cellPlacements(board, trackId, column).map((p) => p.itemId);

describe('placeItem', () => {
  it('puts a card in a cell with a valid slot key', () => {
    const board = placeItem(roadmap(), 'a', { trackId: 't1', columnIndex: 2 }, 1);
    const placed = placementOf(board, 'a');
    expect(placed).toMatchObject({ itemId: 'a', trackId: 't1', periodIndex: 2, span: 1 });
    expect(PlacementSchema.safeParse(placed).success).toBe(true);
  });

  it('orders cards in a cell by where they were dropped', () => {
    let board = roadmap();
    board = placeItem(board, 'a', { trackId: 't1', columnIndex: 0 }, 1);
    board = placeItem(board, 'b', { trackId: 't1', columnIndex: 0 }, 1);
    board = placeItem(board, 'c', { trackId: 't1', columnIndex: 0, index: 0 }, 1);
    board = placeItem(board, 'd', { trackId: 't1', columnIndex: 0, index: 2 }, 1);
    expect(idsIn(board, 't1', 0)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('keeps one placement per item: placing again moves the card', () => {
    let board = placeItem(roadmap(), 'a', { trackId: 't1', columnIndex: 0 }, 1);
    board = placeItem(board, 'a', { trackId: 't2', columnIndex: 3 }, 2);
    expect(board.placements).toHaveLength(1);
    expect(placementOf(board, 'a')).toMatchObject({ trackId: 't2', periodIndex: 3, span: 2 });
  });

  it('clamps the span to 1–16', () => {
    expect(
      placementOf(placeItem(roadmap(), 'a', { trackId: 't1', columnIndex: 0 }, 40), 'a')?.span,
    ).toBe(16);
    expect(
      placementOf(placeItem(roadmap(), 'a', { trackId: 't1', columnIndex: 0 }, 0), 'a')?.span,
    ).toBe(1);
  });

  it('drops into Later at period 2 on a Now / Next / Later board', () => {
    const board = placeItem(
      roadmap({ layout: 'now-next-later' }),
      'a',
      { trackId: 't1', columnIndex: 2 },
      1,
    );
    expect(placementOf(board, 'a')?.periodIndex).toBe(2);
  });

  it('repairs duplicate slot keys from a damaged file by re-keying the cell in order', () => {
    const damaged = roadmap({
      placements: [
        placement('x', { slot: 'a0' }),
        placement('y', { slot: 'a0' }),
        placement('z', { slot: '!' }),
      ],
    });
    const board = placeItem(damaged, 'new', { trackId: 't1', columnIndex: 0, index: 1 }, 1);
    expect(idsIn(board, 't1', 0)).toEqual(['z', 'new', 'x', 'y']);
    const slots = cellPlacements(board, 't1', 0).map((p) => p.slot);
    expect(new Set(slots).size).toBe(4);
  });

  it('keeps slot keys short when cards keep landing in the same gap', () => {
    let board = placeItem(roadmap(), 'first', { trackId: 't1', columnIndex: 0 }, 1);
    board = placeItem(board, 'last', { trackId: 't1', columnIndex: 0 }, 1);
    for (let i = 0; i < 400; i++)
      board = placeItem(board, `n${i}`, { trackId: 't1', columnIndex: 0, index: 1 }, 1);
    const cell = cellPlacements(board, 't1', 0);
    expect(cell.map((p) => p.itemId).slice(0, 3)).toEqual(['first', 'n399', 'n398']);
    expect(cell.at(-1)?.itemId).toBe('last');
    expect(Math.max(...cell.map((p) => p.slot.length))).toBeLessThanOrEqual(MAX_SLOT_LENGTH);
  });
});

describe('moveItem', () => {
  const base = roadmap({
    placements: [
      placement('a', { periodIndex: 0, slot: 'a0', span: 3 }),
      placement('b', { periodIndex: 0, slot: 'a1' }),
      placement('c', { periodIndex: 1, slot: 'a0' }),
    ],
  });

  it('moves a card to another cell, keeping its span', () => {
    const board = moveItem(base, 'a', { trackId: 't2', columnIndex: 1 });
    expect(placementOf(board, 'a')).toMatchObject({ trackId: 't2', periodIndex: 1, span: 3 });
    expect(board.placements).toHaveLength(3);
  });

  it('reorders inside a cell, counting positions among the other cards', () => {
    expect(
      idsIn(moveItem(base, 'a', { trackId: 't1', columnIndex: 0, index: 1 }), 't1', 0),
    ).toEqual(['b', 'a']);
    expect(
      idsIn(moveItem(base, 'b', { trackId: 't1', columnIndex: 0, index: 0 }), 't1', 0),
    ).toEqual(['b', 'a']);
  });

  it('keeps the period of a card reordered inside Later', () => {
    const later = roadmap({
      layout: 'now-next-later',
      placements: [
        placement('a', { periodIndex: 5, slot: 'a0' }),
        placement('b', { periodIndex: 2, slot: 'a1' }),
      ],
    });
    const board = moveItem(later, 'a', { trackId: 't1', columnIndex: 2, index: 1 });
    expect(placementOf(board, 'a')?.periodIndex).toBe(5);
    expect(idsIn(board, 't1', 2)).toEqual(['b', 'a']);
  });

  it('leaves an item that is not on the board off it', () => {
    expect(moveItem(base, 'ghost', { trackId: 't1', columnIndex: 0 })).toBe(base);
  });
});

describe('unplaceItem, resizeItem, removeMissingItems', () => {
  const base = roadmap({ placements: [placement('a'), placement('b', { slot: 'a1' })] });

  it('takes a card off the board', () => {
    expect(unplaceItem(base, 'a').placements.map((p) => p.itemId)).toEqual(['b']);
    expect(unplaceItem(base, 'ghost')).toBe(base);
  });

  it('sets a span by hand, within 1–16', () => {
    expect(placementOf(resizeItem(base, 'a', 3), 'a')?.span).toBe(3);
    expect(placementOf(resizeItem(base, 'a', 99), 'a')?.span).toBe(16);
    expect(resizeItem(base, 'a', 1)).toBe(base);
  });

  it('drops placements of deleted items', () => {
    expect(removeMissingItems(base, new Set(['b'])).placements.map((p) => p.itemId)).toEqual(['b']);
  });
});

describe('suggestedSpan', () => {
  // Capacity 12 per quarter over 3 tracks: each track's share is 4 person-months a quarter.
  const board = roadmap({ capacity: [12, 12, 0, 12] });
  it.each([
    { effort: 4, periodIndex: 0, expected: 1 },
    { effort: 4.5, periodIndex: 0, expected: 2 },
    { effort: 18, periodIndex: 0, expected: 5 },
    { effort: 12.000000000001, periodIndex: 0, expected: 3 },
    { effort: 0.5, periodIndex: 0, expected: 1 },
    { effort: 1000, periodIndex: 0, expected: 16 },
    { effort: null, periodIndex: 0, expected: 1 },
    { effort: 18, periodIndex: 2, expected: 1 },
    { effort: 18, periodIndex: 9, expected: 1 },
  ])('effort $effort at period $periodIndex → $expected', ({ effort, periodIndex, expected }) => {
    expect(suggestedSpan(board, periodIndex, effort, 3)).toBe(expected);
  });
});

type BoardOp =
  | { kind: 'place'; item: number; track: number; column: number; index: number; span: number }
  | { kind: 'move'; item: number; track: number; column: number; index: number }
  | { kind: 'unplace'; item: number };

const boardOp: fc.Arbitrary<BoardOp> = fc.oneof(
  fc.record({
    kind: fc.constant('place' as const),
    item: fc.nat(5),
    track: fc.nat(2),
    column: fc.nat(3),
    index: fc.nat(6),
    span: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    item: fc.nat(5),
    track: fc.nat(2),
    column: fc.nat(3),
    index: fc.nat(6),
  }),
  fc.record({ kind: fc.constant('unplace' as const), item: fc.nat(5) }),
);

describe('board invariants under any sequence of moves (property)', () => {
  it('keeps one placement per item, valid distinct slots, and the card where it was dropped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('quarters' as const, 'now-next-later' as const),
        fc.array(boardOp, { maxLength: 40 }),
        (layout, ops) => {
          let board = roadmap({ layout });
          const columnCount = boardColumns(board).length;
          for (const op of ops) {
            const itemId = `i${op.item}`;
            if (op.kind === 'unplace') {
              board = unplaceItem(board, itemId);
              expect(placementOf(board, itemId)).toBeUndefined();
              continue;
            }
            if (op.kind === 'move' && !placementOf(board, itemId)) continue;
            const target = {
              trackId: `t${op.track}`,
              columnIndex: op.column % columnCount,
              index: op.index,
            };
            const others = idsIn(board, target.trackId, target.columnIndex).filter(
              (id) => id !== itemId,
            );
            board =
              op.kind === 'place'
                ? placeItem(board, itemId, target, op.span)
                : moveItem(board, itemId, target);
            const cell = idsIn(board, target.trackId, target.columnIndex);
            expect(cell.indexOf(itemId)).toBe(Math.min(op.index, others.length));
            expect(cell.filter((id) => id !== itemId)).toEqual(others);
          }
          const itemIds = board.placements.map((p) => p.itemId);
          expect(new Set(itemIds).size).toBe(itemIds.length);
          for (const p of board.placements) expect(PlacementSchema.safeParse(p).success).toBe(true);
          for (let track = 0; track < 3; track++) {
            for (let column = 0; column < columnCount; column++) {
              const slots = cellPlacements(board, `t${track}`, column).map((p) => p.slot);
              expect(new Set(slots).size).toBe(slots.length);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
