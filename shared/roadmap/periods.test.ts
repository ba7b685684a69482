import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  boardColumns,
  bucketOf,
  bucketStart,
  columnIndexOf,
  columnSpan,
  periodIndexForColumn,
  placementsBeyondEnd,
  quarterLabel,
  setCapacity,
  setLayout,
  setPeriodCount,
} from './periods';
import { placement, roadmap } from './testRoadmap';

describe('quarter arithmetic', () => {
  it.each([
    { start: { year: 2027, quarter: 1 }, offset: 0, expected: '2027 Q1' },
    { start: { year: 2027, quarter: 1 }, offset: 3, expected: '2027 Q4' },
    { start: { year: 2027, quarter: 1 }, offset: 4, expected: '2028 Q1' },
    { start: { year: 2027, quarter: 3 }, offset: 2, expected: '2028 Q1' },
    { start: { year: 2027, quarter: 4 }, offset: 7, expected: '2029 Q3' },
    { start: { year: 2027, quarter: 2 }, offset: -2, expected: '2026 Q4' },
  ])('$start.year Q$start.quarter + $offset → $expected', ({ start, offset, expected }) => {
    expect(quarterLabel({ startYear: start.year, startQuarter: start.quarter }, offset)).toBe(
      expected,
    );
  });

  it('keeps the quarter in 1–4 whatever the offset', () => {
    for (let offset = -20; offset <= 20; offset++) {
      const q = addQuarters({ year: 2030, quarter: 2 }, offset);
      expect(q.quarter).toBeGreaterThanOrEqual(1);
      expect(q.quarter).toBeLessThanOrEqual(4);
      expect(q.year * 4 + q.quarter).toBe(2030 * 4 + 2 + offset);
    }
  });
});

describe('Now / Next / Later', () => {
  it.each([
    { index: 0, bucket: 'now' },
    { index: 1, bucket: 'next' },
    { index: 2, bucket: 'later' },
    { index: 7, bucket: 'later' },
  ] as const)('period $index is $bucket', ({ index, bucket }) => {
    expect(bucketOf(index)).toBe(bucket);
  });

  it('maps buckets back to their first period', () => {
    expect([bucketStart('now'), bucketStart('next'), bucketStart('later')]).toEqual([0, 1, 2]);
  });

  it('shows three columns with the quarters behind them', () => {
    const columns = boardColumns(
      roadmap({ layout: 'now-next-later', startYear: 2027, startQuarter: 4 }),
    );
    expect(columns.map((c) => [c.label, c.detail, c.firstPeriod, c.lastPeriod])).toEqual([
      ['Now', '2027 Q4', 0, 0],
      ['Next', '2028 Q1', 1, 1],
      ['Later', '2028 Q2 onward', 2, Infinity],
    ]);
  });

  it('puts every period from 2 on into Later, even past the quarter count', () => {
    const board = roadmap({ layout: 'now-next-later', periodCount: 3 });
    expect([0, 1, 2, 5, 20].map((p) => columnIndexOf(board, p))).toEqual([0, 1, 2, 2, 2]);
  });

  it('drops into Later at period 2, and keeps the period of a card already in Later', () => {
    const board = roadmap({ layout: 'now-next-later' });
    expect(periodIndexForColumn(board, 2)).toBe(2);
    expect(periodIndexForColumn(board, 2, 0)).toBe(2);
    expect(periodIndexForColumn(board, 2, 5)).toBe(5);
    expect(periodIndexForColumn(board, 0, 5)).toBe(0);
  });

  it('never loses or moves a placement when switching layouts', () => {
    const placements = [placement('a', { periodIndex: 0 }), placement('b', { periodIndex: 6 })];
    const quarters = roadmap({ placements });
    const switched = setLayout(setLayout(quarters, 'now-next-later'), 'quarters');
    expect(switched.placements).toEqual(placements);
    expect(setLayout(quarters, 'now-next-later').layout).toBe('now-next-later');
  });
});

describe('quarters board columns', () => {
  it('has one column per period, labelled by quarter', () => {
    const columns = boardColumns(roadmap({ startYear: 2027, startQuarter: 3, periodCount: 3 }));
    expect(columns.map((c) => c.label)).toEqual(['2027 Q3', '2027 Q4', '2028 Q1']);
  });

  it('shows no column for a period past the end', () => {
    const board = roadmap({ periodCount: 4 });
    expect([0, 3, 4].map((p) => columnIndexOf(board, p))).toEqual([0, 3, null]);
  });

  it('refuses a column that does not exist', () => {
    expect(() => periodIndexForColumn(roadmap({ periodCount: 4 }), 4)).toThrow(RangeError);
  });
});

describe('setPeriodCount', () => {
  const placements = [
    placement('early', { periodIndex: 0 }),
    placement('spans', { periodIndex: 2, span: 3 }),
    placement('late', { periodIndex: 5 }),
  ];

  it('keeps placements past the new end and reports them', () => {
    const { roadmap: shrunk, beyondEnd } = setPeriodCount(
      roadmap({ periodCount: 6, placements }),
      3,
    );
    expect(shrunk.periodCount).toBe(3);
    expect(shrunk.placements).toEqual(placements);
    expect(beyondEnd.outOfRange.map((p) => p.itemId)).toEqual(['late']);
    expect(beyondEnd.overhanging.map((p) => p.itemId)).toEqual(['spans']);
  });

  it('clamps the count to 2–8', () => {
    expect(setPeriodCount(roadmap(), 1).roadmap.periodCount).toBe(2);
    expect(setPeriodCount(roadmap(), 12).roadmap.periodCount).toBe(8);
  });

  it('gives new periods the last capacity and keeps capacities past the end', () => {
    const grown = setPeriodCount(roadmap({ capacity: [10, 14], periodCount: 2 }), 4).roadmap;
    expect(grown.capacity).toEqual([10, 14, 14, 14]);
    expect(setPeriodCount(grown, 2).roadmap.capacity).toEqual([10, 14, 14, 14]);
  });

  it('reports by index whatever the layout', () => {
    expect(placementsBeyondEnd(roadmap({ periodCount: 4, placements })).outOfRange).toEqual([
      placements[2],
    ]);
  });
});

describe('setCapacity', () => {
  it('sets one period and never stores a negative capacity', () => {
    expect(setCapacity(roadmap(), 1, 20).capacity).toEqual([12, 20, 12, 12]);
    expect(setCapacity(roadmap(), 1, -3).capacity).toEqual([12, 0, 12, 12]);
    expect(setCapacity(roadmap({ capacity: [] }), 2, 5).capacity).toEqual([0, 0, 5]);
  });

  it('refuses a period outside the file’s limits', () => {
    expect(() => setCapacity(roadmap(), 64, 1)).toThrow(RangeError);
  });
});

describe('columnSpan', () => {
  it.each([
    {
      layout: 'quarters',
      periodIndex: 1,
      span: 2,
      expected: { firstColumn: 1, lastColumn: 2, continuesPastEnd: false },
    },
    {
      layout: 'quarters',
      periodIndex: 2,
      span: 3,
      expected: { firstColumn: 2, lastColumn: 3, continuesPastEnd: true },
    },
    { layout: 'quarters', periodIndex: 4, span: 1, expected: null },
    {
      layout: 'now-next-later',
      periodIndex: 1,
      span: 3,
      expected: { firstColumn: 1, lastColumn: 2, continuesPastEnd: false },
    },
    {
      layout: 'now-next-later',
      periodIndex: 6,
      span: 2,
      expected: { firstColumn: 2, lastColumn: 2, continuesPastEnd: false },
    },
  ] as const)(
    '$layout, period $periodIndex × $span → $expected',
    ({ layout, periodIndex, span, expected }) => {
      expect(columnSpan(roadmap({ layout, periodCount: 4 }), { periodIndex, span })).toEqual(
        expected,
      );
    },
  );
});
