import { describe, expect, it } from 'vitest';
import { laneCells, ORPHAN_TRACK, packLanes, printBoard, type BoardCard } from './boardLayout';
import { DEVEX, item, NEW_SERVICES, placed, printDoc, RELIABILITY } from './printTesting';

const span = (id: string, firstColumn: number, lastColumn = firstColumn) => ({
  id,
  firstColumn,
  lastColumn,
});

describe('packLanes', () => {
  it.each([
    { name: 'no cards', cards: [], lanes: [] },
    {
      name: 'cards of one cell, one under the other in their order',
      cards: [span('a', 0), span('b', 0), span('c', 0)],
      lanes: [['a'], ['b'], ['c']],
    },
    {
      name: 'a card after a short one shares its lane',
      cards: [span('a', 0), span('b', 1), span('c', 3)],
      lanes: [['a', 'b', 'c']],
    },
    {
      name: 'a spanning card keeps its lane until it ends',
      cards: [span('long', 0, 2), span('b', 1), span('c', 3)],
      lanes: [['long', 'c'], ['b']],
    },
    {
      name: 'a freed upper lane is used again before a new one',
      cards: [span('a', 0), span('b', 0, 2), span('c', 1), span('d', 3)],
      lanes: [['a', 'c', 'd'], ['b']],
    },
  ])('$name', ({ cards, lanes }) => {
    expect(packLanes(cards).map((lane) => lane.map((c) => c.id))).toEqual(lanes);
  });

  it('never uses more lanes than the most cards over one column', () => {
    const cards = [span('a', 0, 1), span('b', 0), span('c', 1, 3), span('d', 2), span('e', 3)];
    expect(packLanes(cards)).toHaveLength(2);
  });
});

describe('laneCells', () => {
  const card = (itemId: string, firstColumn: number, lastColumn: number) =>
    ({ itemId, firstColumn, lastColumn }) as BoardCard;

  it('fills the columns around cards with one gap cell each', () => {
    const cells = laneCells([card('a', 1, 2)], 4);
    expect(
      cells.map((c) => (c.kind === 'card' ? `${c.card.itemId}×${c.columnCount}` : '·')),
    ).toEqual(['·', 'a×2', '·']);
  });

  it('cuts a card running past the last column at the board’s edge', () => {
    const cells = laneCells([card('a', 2, 5)], 4);
    expect(cells).toHaveLength(3);
    expect(cells[2]).toMatchObject({ kind: 'card', columnCount: 2 });
  });

  it('is one gap per column for an empty lane', () => {
    expect(laneCells([], 3).map((c) => c.kind)).toEqual(['gap', 'gap', 'gap']);
  });
});

describe('printBoard', () => {
  it('puts each card in its track, from its first quarter over the quarters it spans', () => {
    const doc = printDoc((d) => {
      d.items = [
        item('a', { reach: 1000, impact: 2, confidence: 80, effort: 4 }),
        item('b'),
        item('c'),
      ];
      d.roadmap.placements = [
        placed('a', RELIABILITY, 1, 2),
        placed('b', NEW_SERVICES, 0),
        placed('c', NEW_SERVICES, 0, 1, 'a1'),
      ];
    });
    const board = printBoard(doc);
    expect(board.columns.map((c) => c.label)).toEqual(['2027 Q1', '2027 Q2', '2027 Q3', '2027 Q4']);
    const [newServices, reliability, devex] = board.tracks;
    expect(newServices?.lanes.map((lane) => lane.map((c) => c.kind))).toEqual([
      ['card', 'gap', 'gap', 'gap'],
      ['card', 'gap', 'gap', 'gap'],
    ]);
    expect(reliability?.lanes[0]?.[1]).toMatchObject({
      kind: 'card',
      columnCount: 2,
      card: {
        itemId: 'a',
        score: { basis: 'RICE', value: '400' },
        effort: '4 pm',
        periods: '2027 Q2 – 2027 Q3',
        continuesPastEnd: false,
      },
    });
    expect(devex).toMatchObject({ trackId: DEVEX, cardCount: 0, keepTogether: true });
    expect(devex?.lanes).toHaveLength(1);
  });

  it('keeps the order of a cell’s cards from top to bottom', () => {
    const doc = printDoc((d) => {
      d.items = [item('x'), item('y'), item('z')];
      d.roadmap.placements = [
        placed('x', NEW_SERVICES, 2, 1, 'a2'),
        placed('y', NEW_SERVICES, 2, 1, 'a0'),
        placed('z', NEW_SERVICES, 2, 1, 'a1'),
      ];
    });
    const lanes = printBoard(doc).tracks[0]?.lanes ?? [];
    const ids = lanes.map((lane) =>
      lane.flatMap((c) => (c.kind === 'card' ? [c.card.itemId] : [])),
    );
    expect(ids).toEqual([['y'], ['z'], ['x']]);
  });

  it('marks work running past the last quarter', () => {
    const doc = printDoc((d) => {
      d.items = [item('a')];
      d.roadmap.placements = [placed('a', DEVEX, 3, 3)];
    });
    const cell = printBoard(doc).tracks[2]?.lanes[0]?.[3];
    expect(cell).toMatchObject({
      kind: 'card',
      columnCount: 1,
      card: { continuesPastEnd: true, periods: '2027 Q4 – 2028 Q2' },
    });
  });

  it('shows the weighted total when the board is scored by weights', () => {
    const doc = printDoc((d) => {
      const [first] = d.criteria;
      d.criteria = first ? [{ ...first, weight: 100 }] : [];
      d.items = [item('a', {}, { scores: first ? { [first.id]: 4 } : {} })];
      d.roadmap.scoreBasis = 'weighted';
      d.roadmap.placements = [placed('a', NEW_SERVICES, 0)];
    });
    const cell = printBoard(doc).tracks[0]?.lanes[0]?.[0];
    expect(cell).toMatchObject({ card: { score: { basis: 'Weighted', value: '75.0' } } });
  });

  it('prints an item without scores or effort as the screen shows it', () => {
    const doc = printDoc((d) => {
      d.items = [item('a', { reach: null, impact: null, confidence: null, effort: null })];
      d.roadmap.scoreBasis = 'weighted';
      d.roadmap.placements = [placed('a', NEW_SERVICES, 0)];
    });
    const cell = printBoard(doc).tracks[0]?.lanes[0]?.[0];
    expect(cell).toMatchObject({
      card: { score: { basis: 'Weighted', value: 'unscored' }, effort: 'no effort' },
    });
  });

  it('lists cards after the last quarter and counts cards of deleted items, drawing neither', () => {
    const doc = printDoc((d) => {
      d.items = [item('late', {}, { title: 'Quotas v2' })];
      d.roadmap.placements = [placed('late', NEW_SERVICES, 5), placed('gone', NEW_SERVICES, 0)];
    });
    const board = printBoard(doc);
    expect(board.offBoard).toEqual([{ itemId: 'late', title: 'Quotas v2', where: '2028 Q2' }]);
    expect(board.missingItemCount).toBe(1);
    expect(board.tracks.every((t) => t.cardCount === 0)).toBe(true);
  });

  it('prints cards of a deleted track in a row of their own', () => {
    const doc = printDoc((d) => {
      d.items = [item('a')];
      d.roadmap.placements = [placed('a', 'track-removed', 1)];
    });
    const board = printBoard(doc);
    expect(board.tracks).toHaveLength(4);
    expect(board.tracks[3]).toMatchObject({ name: ORPHAN_TRACK.name, cardCount: 1 });
  });

  it('has Now, Next and Later as columns on that layout, Later holding every later quarter', () => {
    const doc = printDoc((d) => {
      d.roadmap.layout = 'now-next-later';
      d.items = [item('a'), item('b')];
      d.roadmap.placements = [placed('a', NEW_SERVICES, 6), placed('b', NEW_SERVICES, 1, 3)];
    });
    const board = printBoard(doc);
    expect(board.columns.map((c) => c.label)).toEqual(['Now', 'Next', 'Later']);
    expect(board.offBoard).toEqual([]);
    const cells = board.tracks[0]?.lanes.map((lane) =>
      lane.map((c) =>
        c.kind === 'card' ? `${c.card.itemId}@${c.card.firstColumn}×${c.columnCount}` : '·',
      ),
    );
    expect(cells).toEqual([
      ['·', 'b@1×2'],
      ['·', '·', 'a@2×1'],
    ]);
  });

  it('lets a track of many lanes break across pages', () => {
    const doc = printDoc((d) => {
      d.items = Array.from({ length: 7 }, (_, n) => item(`i${n}`));
      d.roadmap.placements = d.items.map((it, n) => placed(it.id, NEW_SERVICES, 0, 1, `a${n}`));
    });
    expect(printBoard(doc).tracks[0]).toMatchObject({ keepTogether: false, cardCount: 7 });
  });
});
