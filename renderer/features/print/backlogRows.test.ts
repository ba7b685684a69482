import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared/workshop/schema';
import { backlogTables } from './backlogRows';
import { item, NEW_SERVICES, placed, printDoc, RELIABILITY } from './printTesting';

const criterion = (id: string, weight: number, direction: Criterion['direction'] = 'benefit') => ({
  id,
  name: id,
  direction,
  scale: { min: 1, max: 5 } as const,
  weight,
  locked: false,
});

function doc() {
  return printDoc((d) => {
    d.criteria = [criterion('reach', 60), criterion('cost', 40, 'cost')];
    d.items = [
      // RICE 100 × 2 × 80% ÷ 4 = 40; weighted 60 × 1 + 40 × 0.25 = 70
      item(
        'b',
        { reach: 100, impact: 2, confidence: 80, effort: 4 },
        {
          rank: 'a1',
          trackId: RELIABILITY,
          externalKey: 'PLAT-2',
          scores: { reach: 5, cost: 4 },
        },
      ),
      // RICE 500 × 1 × 50% ÷ 5 = 50; weighted 60 × 0.5 = 30, cost unscored
      item(
        'a',
        { reach: 500, impact: 1, confidence: 50, effort: 5 },
        {
          rank: 'a0',
          scores: { reach: 3 },
        },
      ),
      // Unscored for RICE; weighted 0
      item('c', { reach: null, impact: 0.7, effort: 2 }, { rank: 'a2', trackId: null }),
    ];
    d.roadmap.placements = [placed('b', RELIABILITY, 1), placed('a', NEW_SERVICES, 9)];
  });
}

describe('backlogTables', () => {
  it('orders by RICE score, unscored items last without a RICE rank', () => {
    const { byRice } = backlogTables(doc());
    expect(byRice.map((r) => [r.itemId, r.riceRank, r.riceScore])).toEqual([
      ['a', 1, '50'],
      ['b', 2, '40'],
      ['c', null, 'unscored'],
    ]);
  });

  it('keeps the room’s order and gives every item its place in the three rankings', () => {
    const { byManual } = backlogTables(doc());
    expect(byManual.map((r) => [r.itemId, r.manualRank, r.riceRank, r.weightedRank])).toEqual([
      ['a', 1, 1, 2],
      ['b', 2, 2, 1],
      ['c', 3, null, 3],
    ]);
  });

  it('shows weighted totals with how much of the scoring is done', () => {
    const rows = new Map(backlogTables(doc()).byManual.map((r) => [r.itemId, r]));
    expect(rows.get('b')).toMatchObject({ weightedTotal: '70.0', weightedCoverage: null });
    expect(rows.get('a')).toMatchObject({
      weightedTotal: '30.0',
      weightedCoverage: '1 of 2 scored',
    });
    // No criterion scored: "unscored", as the screen says, not a total of 0.
    expect(rows.get('c')).toMatchObject({ weightedTotal: 'unscored', weightedCoverage: null });
  });

  it('names the scale levels of impact and confidence, and leaves other values as numbers', () => {
    const rows = new Map(backlogTables(doc()).byRice.map((r) => [r.itemId, r]));
    expect(rows.get('b')).toMatchObject({
      reach: '100',
      impact: 'High (2)',
      confidence: 'Medium (80%)',
      effort: '4',
      track: 'Reliability / performance',
      externalKey: 'PLAT-2',
    });
    expect(rows.get('c')).toMatchObject({ reach: '—', impact: '0.7', track: '—' });
  });

  it('says where each item is on the roadmap', () => {
    const rows = new Map(backlogTables(doc()).byRice.map((r) => [r.itemId, r.roadmap]));
    expect(Object.fromEntries(rows)).toEqual({ a: 'Beyond the board', b: '2027 Q2', c: null });
  });

  it('lists the criteria with their direction, scale and weight', () => {
    const { criteria, weightSum } = backlogTables(doc());
    expect(criteria.map((c) => [c.name, c.direction, c.scale, c.weight])).toEqual([
      ['reach', 'More is better', '1–5', '60%'],
      ['cost', 'More is worse (counts inverted)', '1–5', '40%'],
    ]);
    expect(weightSum).toBe('100%');
  });

  it('is empty for an empty backlog', () => {
    const tables = backlogTables(printDoc());
    expect([tables.byRice, tables.byManual]).toEqual([[], []]);
  });
});
