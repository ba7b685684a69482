import { describe, expect, it } from 'vitest';
import { defaultTracks } from '../workshop/defaults';
import { capacityReport, trackBalance } from './capacity';
import { placement, roadmap, sized } from './testRoadmap';

const [newServices, reliability, devex] = defaultTracks().map((t) => t.id);

describe('capacityReport', () => {
  const items = [sized('big', 18), sized('small', 4), sized('mid', 9), sized('unsized', null)];
  const board = roadmap({
    capacity: [12, 12, 12, 12],
    placements: [
      placement('big', { periodIndex: 0, span: 3 }),
      placement('small', { periodIndex: 0 }),
      placement('mid', { periodIndex: 1 }),
      placement('unsized', { periodIndex: 3 }),
    ],
  });

  it('spreads a spanning card’s effort evenly over its periods', () => {
    // big: 6 + 6 + 6; small: 4 in Q1; mid: 9 in Q2.
    expect(capacityReport(board, items).periods.map((p) => p.planned)).toEqual([10, 15, 6, 0]);
  });

  it('flags periods over capacity and gives utilization', () => {
    const { periods } = capacityReport(board, items);
    expect(periods.map((p) => p.over)).toEqual([false, true, false, false]);
    expect(periods[1]).toMatchObject({ label: '2027 Q2', capacity: 12, utilization: 1.25 });
  });

  it('lists unsized and missing items instead of counting them as free', () => {
    const report = capacityReport(
      { ...board, placements: [...board.placements, placement('gone')] },
      items,
    );
    expect(report.unsizedItemIds).toEqual(['unsized']);
    expect(report.missingItemIds).toEqual(['gone']);
  });

  it('counts effort planned past the last period separately', () => {
    const late = roadmap({
      periodCount: 2,
      capacity: [12, 12],
      placements: [placement('big', { periodIndex: 1, span: 3 })],
    });
    const report = capacityReport(late, items);
    expect(report.periods.map((p) => p.planned)).toEqual([0, 6]);
    expect(report.beyondEnd).toBe(12);
  });

  it('treats a period without a capacity entry as unknown, never over', () => {
    const report = capacityReport(
      roadmap({ capacity: [12], placements: [placement('big', { periodIndex: 1 })] }),
      items,
    );
    expect(report.periods[1]).toMatchObject({
      planned: 18,
      capacity: null,
      over: false,
      utilization: null,
    });
  });

  it('sums Later over every period from 2 on in the Now / Next / Later layout', () => {
    const nnl = roadmap({
      layout: 'now-next-later',
      periodCount: 4,
      capacity: [12, 12, 10, 10],
      placements: [
        placement('big', { periodIndex: 3, span: 3 }),
        placement('mid', { periodIndex: 2 }),
      ],
    });
    const { columns } = capacityReport(nnl, items);
    expect(columns.map((c) => [c.label, c.planned, c.capacity, c.over])).toEqual([
      ['Now', 0, 12, false],
      ['Next', 0, 12, false],
      ['Later', 27, 20, true],
    ]);
  });

  it('has one column per quarter in the quarters layout', () => {
    expect(capacityReport(board, items).columns.map((c) => c.planned)).toEqual([10, 15, 6, 0]);
  });
});

describe('trackBalance', () => {
  const tracks = defaultTracks();
  const items = [sized('a', 6), sized('b', 3), sized('c', 3), sized('d', null), sized('far', 30)];

  it('gives each track its share of the planned effort', () => {
    const board = roadmap({
      placements: [
        placement('a', { trackId: newServices }),
        placement('b', { trackId: reliability }),
        placement('c', { trackId: devex, periodIndex: 2 }),
      ],
    });
    const report = trackBalance(board, tracks, items);
    expect(report.totalEffort).toBe(12);
    expect(report.tracks.map((t) => [t.name, t.effort, t.share])).toEqual([
      ['New services', 6, 0.5],
      ['Reliability / performance', 3, 0.25],
      ['Developer experience', 3, 0.25],
    ]);
    expect(report.uninvestedTrackIds).toEqual([]);
  });

  it('names tracks without a card on the board', () => {
    const board = roadmap({
      placements: [
        placement('a', { trackId: newServices }),
        placement('far', { trackId: devex, periodIndex: 6 }),
      ],
    });
    expect(trackBalance(board, tracks, items).uninvestedTrackIds).toEqual([reliability, devex]);
  });

  it('counts an unsized card as a card, not as effort', () => {
    const board = roadmap({ placements: [placement('d', { trackId: reliability })] });
    const track = trackBalance(board, tracks, items).tracks[1];
    expect(track).toMatchObject({ cardCount: 1, unsizedCount: 1, effort: 0, share: 0 });
  });

  it('counts only the periods a quarters board shows', () => {
    const board = roadmap({
      periodCount: 4,
      placements: [placement('far', { trackId: devex, periodIndex: 2, span: 5 })],
    });
    expect(trackBalance(board, tracks, items).tracks[2]?.effort).toBeCloseTo(12, 12);
    const nnl = { ...board, layout: 'now-next-later' as const };
    expect(trackBalance(nnl, tracks, items).tracks[2]?.effort).toBeCloseTo(30, 12);
  });

  it('reports cards whose track no longer exists', () => {
    const board = roadmap({ placements: [placement('a', { trackId: 'deleted-track' })] });
    const report = trackBalance(board, tracks, items);
    expect(report.unknownTrackPlacements.map((p) => p.itemId)).toEqual(['a']);
    expect(report.totalEffort).toBe(0);
  });
});
