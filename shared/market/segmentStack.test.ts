import { describe, expect, it } from 'vitest';
import type { Segment } from '../workshop/schema';
import { bottomUpFunnel } from './funnel';
import { segmentStack } from './segmentStack';

const smb: Segment = {
  id: 'smb',
  name: 'SMB',
  customers: 20_000,
  revenuePerCustomer: 500,
  revenuePeriod: 'month',
  serviceablePct: 50,
  obtainablePct: 10,
};
const enterprise: Segment = {
  id: 'ent',
  name: 'Enterprise',
  customers: 800,
  revenuePerCustomer: 250_000,
  revenuePeriod: 'year',
  serviceablePct: 80,
  obtainablePct: 2.5,
};

describe('segmentStack', () => {
  it('stacks segments in model order with their share of each level', () => {
    // SMB: TAM 120M, SAM 60M, SOM 6M. Enterprise: TAM 200M, SAM 160M, SOM 4M.
    // Totals: TAM 320M, SAM 220M, SOM 10M.
    const stack = segmentStack(bottomUpFunnel([smb, enterprise]).segments);
    expect(stack.columns).toEqual([
      { level: 'tam', total: 320e6, complete: true },
      { level: 'sam', total: 220e6, complete: true },
      { level: 'som', total: 10e6, complete: true },
    ]);
    expect(stack.maxTotal).toBe(320e6);
    const [first, second] = stack.series;
    expect(first?.bars).toEqual([
      { level: 'tam', value: 120e6, y0: 0, y1: 120e6, sharePct: (120 / 320) * 100 },
      { level: 'sam', value: 60e6, y0: 0, y1: 60e6, sharePct: (60 / 220) * 100 },
      { level: 'som', value: 6e6, y0: 0, y1: 6e6, sharePct: 60 }, // 6M ÷ 10M
    ]);
    expect(second?.bars).toEqual([
      { level: 'tam', value: 200e6, y0: 120e6, y1: 320e6, sharePct: (200 / 320) * 100 },
      { level: 'sam', value: 160e6, y0: 60e6, y1: 220e6, sharePct: (160 / 220) * 100 },
      { level: 'som', value: 4e6, y0: 6e6, y1: 10e6, sharePct: 40 }, // 4M ÷ 10M
    ]);
  });

  it('draws only the known levels of a segment and marks those columns partial', () => {
    // Enterprise lacks its obtainable share: SOM column holds SMB's 6M only.
    const partial = { ...enterprise, obtainablePct: null };
    const stack = segmentStack(bottomUpFunnel([smb, partial]).segments);
    expect(stack.columns[2]).toEqual({ level: 'som', total: 6e6, complete: false });
    expect(stack.series[1]?.bars.map((b) => b.level)).toEqual(['tam', 'sam']);
    expect(stack.series[0]?.bars[2]?.sharePct).toBe(100);
  });

  it('is empty without segments and has no shares in an all-zero column', () => {
    expect(segmentStack([])).toEqual({
      series: [],
      columns: [
        { level: 'tam', total: 0, complete: false },
        { level: 'sam', total: 0, complete: false },
        { level: 'som', total: 0, complete: false },
      ],
      maxTotal: 0,
    });
    const zero = segmentStack(bottomUpFunnel([{ ...smb, customers: 0 }]).segments);
    expect(zero.series[0]?.bars.every((b) => b.sharePct === null)).toBe(true);
  });
});
