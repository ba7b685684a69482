import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MarketModel, Segment } from '../workshop/schema';
import {
  annualRevenuePerCustomer,
  bottomUpFunnel,
  compareTams,
  funnelSteps,
  segmentFunnel,
  sizeMarket,
  somOfSizing,
  topDownFunnel,
  type Funnel,
  type LevelValue,
} from './funnel';

const value = (v: number): LevelValue => ({ status: 'complete', value: v });

function segment(overrides: Partial<Segment> = {}): Segment {
  return {
    id: 'seg-smb',
    name: 'SMB',
    customers: 20_000,
    revenuePerCustomer: 500,
    revenuePeriod: 'month',
    serviceablePct: 50,
    obtainablePct: 10,
    ...overrides,
  };
}

function model(overrides: Partial<MarketModel> = {}): MarketModel {
  return {
    id: 'm1',
    name: 'Managed queues',
    notes: '',
    topDown: { totalSpend: 2e9, serviceablePct: 30, obtainablePct: 5 },
    segments: [segment()],
    gapFactor: 2,
    ...overrides,
  };
}

describe('topDownFunnel', () => {
  it('narrows total spend by the serviceable then the obtainable share', () => {
    // TAM = $2B; SAM = 2B × 30% = $600M; SOM = 600M × 5% = $30M.
    expect(topDownFunnel({ totalSpend: 2e9, serviceablePct: 30, obtainablePct: 5 })).toEqual({
      tam: value(2_000_000_000),
      sam: value(600_000_000),
      som: value(30_000_000),
    });
  });

  it('keeps the levels it can compute and names what is missing for the rest', () => {
    const funnel = topDownFunnel({ totalSpend: 2e9, serviceablePct: null, obtainablePct: 5 });
    expect(funnel.tam).toEqual(value(2e9));
    const missingSam = {
      field: 'serviceablePct',
      segmentId: null,
      description: 'Top-down: serviceable share',
    };
    expect(funnel.sam).toEqual({ status: 'incomplete', missing: [missingSam] });
    expect(funnel.som).toEqual({ status: 'incomplete', missing: [missingSam] });
  });

  it('lists every missing input of an empty model', () => {
    const funnel = topDownFunnel({ totalSpend: null, serviceablePct: null, obtainablePct: null });
    expect(funnel.som.status === 'incomplete' && funnel.som.missing.map((m) => m.field)).toEqual([
      'totalSpend',
      'serviceablePct',
      'obtainablePct',
    ]);
  });
});

describe('bottom-up funnel', () => {
  it('turns monthly revenue per customer into annual revenue', () => {
    expect(annualRevenuePerCustomer(segment({ revenuePerCustomer: 500 }))).toBe(500 * 12);
    expect(
      annualRevenuePerCustomer(segment({ revenuePeriod: 'year', revenuePerCustomer: 500 })),
    ).toBe(500);
  });

  it('sizes one segment from customers × annual revenue per customer', () => {
    // TAM = 20,000 × ($500 × 12) = $120M; SAM = 120M × 50% = $60M; SOM = 60M × 10% = $6M.
    expect(segmentFunnel(segment())).toMatchObject({
      segmentId: 'seg-smb',
      annualRevenuePerCustomer: 6_000,
      tam: value(120_000_000),
      sam: value(60_000_000),
      som: value(6_000_000),
    });
  });

  it('sums the segments, each with its own shares', () => {
    const enterprise = segment({
      id: 'seg-ent',
      name: 'Enterprise',
      customers: 800,
      revenuePerCustomer: 250_000,
      revenuePeriod: 'year',
      serviceablePct: 80,
      obtainablePct: 2.5,
    });
    // SMB: TAM 120M, SAM 60M, SOM 6M (above).
    // Enterprise: TAM = 800 × 250,000 = 200M; SAM = 200M × 80% = 160M; SOM = 160M × 2.5% = 4M.
    const { total, segments } = bottomUpFunnel([segment(), enterprise]);
    expect(total).toEqual({ tam: value(320e6), sam: value(220e6), som: value(10e6) });
    expect(segments.map((s) => s.segmentId)).toEqual(['seg-smb', 'seg-ent']);
  });

  it('is incomplete, naming the segment and field, when any segment lacks an input', () => {
    const { total } = bottomUpFunnel([
      segment(),
      segment({ id: 'seg-ent', name: 'Enterprise', revenuePerCustomer: null, obtainablePct: null }),
    ]);
    const noRevenue = {
      field: 'revenuePerCustomer',
      segmentId: 'seg-ent',
      description: "Segment 'Enterprise': revenue per customer",
    };
    expect(total.tam).toEqual({ status: 'incomplete', missing: [noRevenue] });
    expect(total.som).toEqual({
      status: 'incomplete',
      missing: [
        noRevenue,
        {
          field: 'obtainablePct',
          segmentId: 'seg-ent',
          description: "Segment 'Enterprise': obtainable share",
        },
      ],
    });
  });

  it('asks for a segment when there is none', () => {
    expect(bottomUpFunnel([]).total.tam).toEqual({
      status: 'incomplete',
      missing: [{ field: 'segments', segmentId: null, description: 'Bottom-up: add a segment' }],
    });
  });

  it('never produces NaN from any mix of set and unset inputs', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    const segmentArb = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      name: fc.string({ maxLength: 5 }),
      customers: maybe(fc.double({ min: 0, max: 1e9, noNaN: true })),
      revenuePerCustomer: maybe(fc.double({ min: 0, max: 1e7, noNaN: true })),
      revenuePeriod: fc.constantFrom('month' as const, 'year' as const),
      serviceablePct: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
      obtainablePct: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(segmentArb, { maxLength: 6 }), (segments) => {
        const { total } = bottomUpFunnel(segments);
        for (const level of [total.tam, total.sam, total.som]) {
          if (level.status === 'complete') expect(Number.isFinite(level.value)).toBe(true);
          else expect(level.missing.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('compareTams', () => {
  it('flags a bottom-up TAM more than the gap factor above the top-down one', () => {
    // 3.4B ÷ 1B = 3.4 > 2.
    expect(compareTams(1e9, 3.4e9, 2)).toEqual({
      ratio: 3.4,
      larger: 'bottom-up',
      flagged: true,
      sentence: 'Bottom-up TAM is 3.4× the top-down TAM',
    });
  });

  it('measures the ratio as the larger over the smaller, whichever it is', () => {
    // 500M ÷ 200M = 2.5.
    expect(compareTams(500e6, 200e6, 3)).toEqual({
      ratio: 2.5,
      larger: 'top-down',
      flagged: false,
      sentence: 'Top-down TAM is 2.5× the bottom-up TAM',
    });
  });

  it('does not flag a ratio exactly at the gap factor', () => {
    expect(compareTams(100e6, 200e6, 2).flagged).toBe(false);
    expect(compareTams(100e6, 200.1e6, 2).flagged).toBe(true);
  });

  it('treats equal TAMs as agreeing and a single zero TAM as an unbounded gap', () => {
    expect(compareTams(0, 0, 2)).toMatchObject({ ratio: 1, larger: 'equal', flagged: false });
    expect(compareTams(0, 5e6, 2)).toEqual({
      ratio: Infinity,
      larger: 'bottom-up',
      flagged: true,
      sentence: 'Bottom-up TAM is above zero but the top-down TAM is zero',
    });
  });
});

describe('sizeMarket', () => {
  it('puts both funnels side by side with the gap between their TAMs', () => {
    // Top-down TAM $2B; bottom-up TAM 20,000 × $6,000 = $120M; 2B ÷ 120M = 16.7 > 2.
    const sizing = sizeMarket(model());
    expect(sizing.topDown.tam).toEqual(value(2e9));
    expect(sizing.bottomUp.tam).toEqual(value(120e6));
    expect(sizing.gap).toMatchObject({
      larger: 'top-down',
      flagged: true,
      sentence: 'Top-down TAM is 16.7× the bottom-up TAM',
    });
  });

  it('leaves the gap out until both TAMs are known', () => {
    const noSpend = model({ topDown: { totalSpend: null, serviceablePct: 30, obtainablePct: 5 } });
    expect(sizeMarket(noSpend).gap).toBeNull();
  });
});

describe('somOfSizing', () => {
  it('prefers the bottom-up SOM when it is complete', () => {
    // Bottom-up SOM 20,000 × $6,000 × 50% × 10% = $6M; top-down $2B × 30% × 5% = $30M.
    const som = somOfSizing(sizeMarket(model()));
    expect(som?.basis).toBe('bottom-up');
    expect(som?.value).toBeCloseTo(6e6);
  });

  it('falls back to the top-down SOM, then to none', () => {
    const topDown = somOfSizing(sizeMarket(model({ segments: [] })));
    expect(topDown?.basis).toBe('top-down');
    expect(topDown?.value).toBeCloseTo(30e6);
    const neither = model({
      segments: [],
      topDown: { totalSpend: null, serviceablePct: 30, obtainablePct: 5 },
    });
    expect(somOfSizing(sizeMarket(neither))).toBeNull();
  });
});

describe('funnelSteps', () => {
  it('labels each level with its share of the previous one and of TAM', () => {
    const funnel: Funnel = { tam: value(2e9), sam: value(600e6), som: value(30e6) };
    // SAM ÷ TAM = 600M ÷ 2B = 30%; SOM ÷ SAM = 30M ÷ 600M = 5%; SOM ÷ TAM = 30M ÷ 2B = 1.5%.
    const steps = funnelSteps(funnel);
    expect(steps.map((s) => [s.label, s.value, s.pctOfPrevious, s.pctOfTam])).toEqual([
      ['TAM', 2e9, null, 100],
      ['SAM', 600e6, 30, 30],
      ['SOM', 30e6, 5, 1.5],
    ]);
    expect(steps[2]?.meaning).toBe('the part you can realistically win');
  });

  it('has no shares where a level is unknown or the whole is zero', () => {
    const steps = funnelSteps({
      tam: value(0),
      sam: value(0),
      som: { status: 'incomplete', missing: [] },
    });
    expect(steps.map((s) => [s.value, s.pctOfPrevious, s.pctOfTam])).toEqual([
      [0, null, null],
      [0, null, null],
      [null, null, null],
    ]);
  });
});
