import { describe, expect, it } from 'vitest';
import { placement, roadmap } from '../../../shared/roadmap/testRoadmap';
import type { Track } from '../../../shared/workshop/schema';
import { bandGridArea, boardLayout, cardGridArea, SPACER_ROW } from './boardLayout';

const tracks: Track[] = [
  { id: 't1', name: 'New services', color: '#2563eb' },
  { id: 't2', name: 'Reliability / performance', color: '#d97706' },
];

const lanes = (board: ReturnType<typeof boardLayout>, trackIndex: number) =>
  (board.bands[trackIndex]?.cells ?? []).flat().map((c) => [c.placement.itemId, c.lane]);

describe('boardLayout', () => {
  it('stacks the cards of a cell in slot order, one lane each', () => {
    const board = boardLayout(
      roadmap({
        placements: [
          placement('b', { slot: 'a1' }),
          placement('a', { slot: 'a0' }),
          placement('c', { slot: 'a2', periodIndex: 1 }),
        ],
      }),
      tracks,
    );
    expect(lanes(board, 0)).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(board.bands[0]?.laneCount).toBe(2);
  });

  it('draws a spanning card across its columns and keeps the next card off its lane', () => {
    const board = boardLayout(
      roadmap({
        placements: [
          placement('wide', { span: 3 }),
          placement('later', { periodIndex: 2 }),
          placement('after', { periodIndex: 3 }),
        ],
      }),
      tracks,
    );
    const cards = board.bands[0]?.cells.flat() ?? [];
    expect(cards.map((c) => [c.placement.itemId, c.firstColumn, c.lastColumn, c.lane])).toEqual([
      ['wide', 0, 2, 0],
      ['later', 2, 2, 1],
      ['after', 3, 3, 0],
    ]);
    const band = board.bands[0];
    const wide = cards[0];
    if (!band || !wide) throw new Error('no band');
    expect(cardGridArea(band, wide)).toEqual({ gridRow: '2', gridColumn: '2 / span 3' });
  });

  it('clips a card at the last quarter and says it continues', () => {
    const board = boardLayout(
      roadmap({ placements: [placement('long', { periodIndex: 2, span: 4 })] }),
      tracks,
    );
    expect(board.bands[0]?.cells[2]?.[0]).toMatchObject({
      firstColumn: 2,
      lastColumn: 3,
      continuesPastEnd: true,
    });
  });

  it('gives every track a band of rows, with a spacer row to drop below the last card', () => {
    const board = boardLayout(
      roadmap({
        placements: [
          placement('a'),
          placement('b', { slot: 'a1' }),
          placement('c', { trackId: 't2' }),
        ],
      }),
      tracks,
    );
    expect(board.gridRows).toBe(`auto auto auto ${SPACER_ROW} auto ${SPACER_ROW}`);
    expect(board.bands.map((b) => [b.rowStart, b.laneCount])).toEqual([
      [2, 2],
      [5, 1],
    ]);
    const second = board.bands[1];
    if (!second) throw new Error('no band');
    expect(bandGridArea(second, 1)).toEqual({ gridRow: '5 / span 2', gridColumn: '3' });
    expect(bandGridArea(second, 'name')).toEqual({ gridRow: '5 / span 2', gridColumn: '1' });
  });

  it('keeps an empty track one spacer-high band', () => {
    const board = boardLayout(roadmap(), tracks);
    expect(board.gridRows).toBe(`auto ${SPACER_ROW} ${SPACER_ROW}`);
  });

  it('lists cards it cannot show: past the last quarter or on a removed track', () => {
    const past = placement('past', { periodIndex: 5 });
    const orphan = placement('orphan', { trackId: 'gone' });
    const board = boardLayout(roadmap({ placements: [past, orphan, placement('shown')] }), tracks);
    expect(board.offBoard).toEqual([past, orphan]);
  });

  it('groups quarters into Now, Next and Later without losing a card', () => {
    const board = boardLayout(
      roadmap({
        layout: 'now-next-later',
        placements: [
          placement('q1'),
          placement('q2', { periodIndex: 1 }),
          placement('q3', { periodIndex: 2 }),
          placement('q4', { periodIndex: 3, slot: 'a1' }),
        ],
      }),
      tracks,
    );
    expect(board.columns.map((c) => c.label)).toEqual(['Now', 'Next', 'Later']);
    expect(board.bands[0]?.cells.map((cell) => cell.map((c) => c.placement.itemId))).toEqual([
      ['q1'],
      ['q2'],
      ['q3', 'q4'],
    ]);
    expect(board.offBoard).toEqual([]);
  });
});
