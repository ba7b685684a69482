import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GrowthModel, GrowthScenario } from '../workshop/schema';
import {
  HEALTHY_ARPU_GROWTH_PCT,
  annualStartArpu,
  healthyBand,
  periodLabel,
  projectGrowth,
  projectScenario,
  stepRates,
  type GrowthInputs,
  type GrowthPeriod,
} from './model';

const scenario = (s: Partial<GrowthScenario> = {}): GrowthScenario => ({
  arpuGrowthPct: 0,
  newCustomersPerYear: 0,
  churnPct: 0,
  ...s,
});

function model(overrides: Partial<GrowthModel> = {}): GrowthModel {
  return {
    id: 'g1',
    name: 'Managed queues',
    startCustomers: 100,
    startArpu: 1_000,
    arpuPeriod: 'year',
    horizonYears: 2,
    step: 'year',
    scenarios: {
      conservative: scenario({ arpuGrowthPct: 10, newCustomersPerYear: 20, churnPct: 15 }),
      base: scenario({ arpuGrowthPct: 20, newCustomersPerYear: 50, churnPct: 10 }),
      aggressive: scenario({ arpuGrowthPct: 35, newCustomersPerYear: 80, churnPct: 5 }),
    },
    ...overrides,
  };
}

function period(periods: GrowthPeriod[], index: number): GrowthPeriod {
  const found = periods[index - 1];
  if (!found) throw new Error(`no period ${index}`);
  return found;
}

describe('yearly worked example: 100 customers at $1,000/yr, +20% ARPU, 10% churn, +50/yr', () => {
  const { start, periods } = projectScenario(model(), model().scenarios.base);

  it('starts from customers × ARPU', () => {
    // 100 × $1,000 = $100,000.
    expect(start).toEqual({ customers: 100, arpu: 1_000, revenue: 100_000, arr: 100_000 });
  });

  it('year 1: churn, expansion of the survivors, and a new cohort at the base ARPU', () => {
    const y1 = period(periods, 1);
    // Churned: 100 × 10% = 10 customers × $1,000 = $10,000.
    // Expansion: 90 survivors × $1,000 × 20% = $18,000.
    // New: 50 × $1,000 (base ARPU) = $50,000.
    // Revenue: 90 × $1,200 + 50 × $1,000 = $158,000 = 100,000 + 18,000 − 10,000 + 50,000.
    expect(y1.customers).toBeCloseTo(140, 9);
    expect(y1.churnedCustomers).toBeCloseTo(10, 9);
    expect(y1.startRevenue).toBeCloseTo(100_000, 6);
    expect(y1.churnedRevenue).toBeCloseTo(10_000, 6);
    expect(y1.expansionRevenue).toBeCloseTo(18_000, 6);
    expect(y1.contractionRevenue).toBe(0);
    expect(y1.newCustomerRevenue).toBeCloseTo(50_000, 6);
    expect(y1.revenue).toBeCloseTo(158_000, 6);
    // Blended ARPU: 158,000 ÷ 140.
    expect(y1.arpu).toBeCloseTo(158_000 / 140, 9);
    // NRR = (100,000 + 18,000 − 0 − 10,000) ÷ 100,000 = 108%.
    expect(y1.nrrPct).toBeCloseTo(108, 9);
  });

  it('year 2: every cohort churns and grows from where it stands', () => {
    const y2 = period(periods, 2);
    // Cohort 0: 90 → 81 customers, $1,200 → $1,440: 81 × 1,440 = $116,640.
    // Cohort 1: 50 → 45 customers, $1,000 → $1,200: 45 × 1,200 = $54,000.
    // Cohort 2: 50 new at $1,000 = $50,000.  Revenue: $220,640; customers 81 + 45 + 50 = 176.
    expect(y2.customers).toBeCloseTo(176, 9);
    expect(y2.revenue).toBeCloseTo(220_640, 6);
    // Churned: 9 × 1,200 + 5 × 1,000 = $15,800. Expansion: 81 × 1,200 × 20% + 45 × 1,000 × 20%
    // = 19,440 + 9,000 = $28,440. Start revenue is last year's $158,000.
    expect(y2.startRevenue).toBeCloseTo(158_000, 6);
    expect(y2.churnedRevenue).toBeCloseTo(15_800, 6);
    expect(y2.expansionRevenue).toBeCloseTo(28_440, 6);
    // NRR = (158,000 + 28,440 − 15,800) ÷ 158,000 = 170,640 ÷ 158,000 = 108% (= 0.9 × 1.2).
    expect(y2.nrrPct).toBeCloseTo(108, 9);
    expect(y2.annualNrrPct).toBeCloseTo(108, 9);
    expect(y2.arpu).toBeCloseTo(220_640 / 176, 9);
  });
});

describe('quarterly worked example: 100 customers at $100/month, +10%/quarter, 10% quarterly churn', () => {
  // Annual rates whose quarterly equivalents are round: (1.1)^4 = 1.4641 → +46.41% a year;
  // (0.9)^4 = 0.6561 → 34.39% churn a year. 40 new customers a year → 10 a quarter.
  const quarterly = model({
    startArpu: 100,
    arpuPeriod: 'month',
    horizonYears: 1,
    step: 'quarter',
  });
  const base = scenario({ arpuGrowthPct: 46.41, churnPct: 34.39, newCustomersPerYear: 40 });

  it('converts annual rates to quarterly by compounding and spreads new customers evenly', () => {
    const rates = stepRates(base, 'quarter');
    expect(rates.stepsPerYear).toBe(4);
    expect(rates.survival).toBeCloseTo(0.9, 12);
    expect(rates.arpuFactor).toBeCloseTo(1.1, 12);
    expect(rates.newCustomersPerStep).toBe(10);
    expect(annualStartArpu(quarterly)).toBe(1_200); // $100/month × 12
  });

  it('quarter 1: revenue is a quarter of the annual run-rate', () => {
    const q1 = period(projectScenario(quarterly, base).periods, 1);
    // Survivors: 90 at $1,200 × 1.1 = $1,320/yr → 118,800; new: 10 at $1,200 → 12,000.
    // Run-rate $130,800/yr → revenue $32,700 for the quarter.
    expect(q1.arr).toBeCloseTo(130_800, 6);
    expect(q1.revenue).toBeCloseTo(32_700, 6);
    // Start 100 × 1,200 ÷ 4 = 30,000; churn 10 × 1,200 ÷ 4 = 3,000;
    // expansion 90 × 1,200 × 10% ÷ 4 = 2,700; new 10 × 1,200 ÷ 4 = 3,000.
    expect(q1.startRevenue).toBeCloseTo(30_000, 6);
    expect(q1.churnedRevenue).toBeCloseTo(3_000, 6);
    expect(q1.expansionRevenue).toBeCloseTo(2_700, 6);
    expect(q1.newCustomerRevenue).toBeCloseTo(3_000, 6);
    // Blended ARPU in the unit entered (per month): 130,800 ÷ 100 customers ÷ 12 = $109.
    expect(q1.customers).toBeCloseTo(100, 9);
    expect(q1.arpu).toBeCloseTo(109, 9);
    // NRR for the quarter: (30,000 + 2,700 − 3,000) ÷ 30,000 = 99% (= 0.9 × 1.1).
    expect(q1.nrrPct).toBeCloseTo(99, 9);
    expect(q1.annualNrrPct).toBeNull(); // less than a year of history
  });

  it('quarter 2: the first quarter’s new cohort grows from the base ARPU', () => {
    const q2 = period(projectScenario(quarterly, base).periods, 2);
    // Start cohort: 81 at 1,452 = 117,612; Q1 cohort: 9 at 1,320 = 11,880; Q2 cohort: 10 at 1,200
    // = 12,000. Run-rate 141,492 → revenue 35,373.
    expect(q2.arr).toBeCloseTo(141_492, 6);
    expect(q2.revenue).toBeCloseTo(35_373, 6);
  });

  it('four quarters compound to exactly the annual rates', () => {
    const noNewCustomers = { ...base, newCustomersPerYear: 0 };
    const q4 = period(projectScenario(quarterly, noNewCustomers).periods, 4);
    const y1 = period(projectScenario({ ...quarterly, step: 'year' }, noNewCustomers).periods, 1);
    // Customers: 100 × 0.9^4 = 100 × (1 − 34.39%) = 65.61.
    // ARPU: $100 × 1.1^4 = $100 × 1.4641 = $146.41 a month.
    expect(q4.customers).toBeCloseTo(65.61, 9);
    expect(q4.arpu).toBeCloseTo(146.41, 9);
    expect(y1.customers).toBeCloseTo(65.61, 9);
    expect(y1.arpu).toBeCloseTo(146.41, 9);
    expect(q4.arr).toBeCloseTo(y1.arr, 6);
    expect(q4.revenue * 4).toBeCloseTo(y1.revenue, 6);
    // NRR over the year: 0.6561 × 1.4641 = 0.96059601 → 96.06%, by quarters as by years.
    expect(q4.annualNrrPct).toBeCloseTo(96.059601, 9);
    expect(y1.nrrPct).toBeCloseTo(96.059601, 9);
  });
});

describe('contraction, churn and edge cases', () => {
  it('counts negative ARPU growth as contraction', () => {
    const { periods } = projectScenario(
      model({ horizonYears: 1 }),
      scenario({ arpuGrowthPct: -20 }),
    );
    const y1 = period(periods, 1);
    // 100 × $1,000 × −20% = $20,000 contraction; revenue 100 × $800 = $80,000; NRR 80%.
    expect(y1.contractionRevenue).toBeCloseTo(20_000, 6);
    expect(y1.expansionRevenue).toBe(0);
    expect(y1.revenue).toBeCloseTo(80_000, 6);
    expect(y1.nrrPct).toBeCloseTo(80, 9);
  });

  it('loses every customer at 100% churn and keeps only the new cohort', () => {
    const { periods } = projectScenario(
      model({ horizonYears: 1 }),
      scenario({ churnPct: 100, newCustomersPerYear: 30 }),
    );
    // All 100 leave ($100,000 churned); 30 join at $1,000.
    expect(period(periods, 1)).toMatchObject({ customers: 30, revenue: 30_000, nrrPct: 0 });
    expect(period(periods, 1).churnedRevenue).toBe(100_000);
  });

  it('has no NRR or ARPU without revenue or customers to measure them on', () => {
    const { start, periods } = projectScenario(
      model({ startCustomers: 0 }),
      scenario({ newCustomersPerYear: 10 }),
    );
    expect(start.arpu).toBeNull();
    expect(period(periods, 1).nrrPct).toBeNull();
    expect(period(periods, 1).arpu).toBe(1_000);
    expect(period(periods, 2).nrrPct).toBeCloseTo(100, 9);
  });

  it('runs the horizon in the chosen steps', () => {
    expect(
      projectScenario(model({ horizonYears: 10, step: 'quarter' }), scenario()).periods,
    ).toHaveLength(40);
    expect(
      projectScenario(model({ horizonYears: 3 }), scenario()).periods.map((p) => p.yearsFromStart),
    ).toEqual([1, 2, 3]);
  });
});

describe('projectGrowth and the healthy band', () => {
  it('computes the three scenarios together, each with its own assumptions', () => {
    const m = model();
    const projection = projectGrowth(m);
    expect(projection.stepsPerYear).toBe(1);
    for (const name of ['conservative', 'base', 'aggressive'] as const) {
      expect(projection.scenarios[name]).toEqual(projectScenario(m, m.scenarios[name]));
    }
    const lastRevenue = (name: 'conservative' | 'base' | 'aggressive') =>
      period(projection.scenarios[name].periods, 2).revenue;
    expect(lastRevenue('conservative')).toBeLessThan(lastRevenue('base'));
    expect(lastRevenue('base')).toBeLessThan(lastRevenue('aggressive'));
  });

  it('draws the band as the base scenario with ARPU growing 20% and 40% a year', () => {
    expect(HEALTHY_ARPU_GROWTH_PCT).toEqual({ low: 20, high: 40 });
    const band = healthyBand(model());
    expect(band.points).toHaveLength(3); // start + 2 years
    expect(band.points[0]).toEqual({
      index: 0,
      yearsFromStart: 0,
      arpuLow: 1_000,
      arpuHigh: 1_000,
      revenueLow: 100_000,
      revenueHigh: 100_000,
    });
    // Base: 10% churn, 50 new a year. Year 1 low: 90 × $1,200 + 50 × $1,000 = $158,000;
    // high: 90 × $1,400 + 50 × $1,000 = $176,000.
    const y1 = band.points[1];
    expect(y1?.revenueLow).toBeCloseTo(158_000, 6);
    expect(y1?.revenueHigh).toBeCloseTo(176_000, 6);
    expect(y1?.arpuLow).toBeCloseTo(158_000 / 140, 9);
    expect(y1?.arpuHigh).toBeCloseTo(176_000 / 140, 9);
  });
});

describe('periodLabel', () => {
  it.each([
    [0, 'year', 'Start'],
    [3, 'year', 'Year 3'],
    [1, 'quarter', 'Y1 Q1'],
    [4, 'quarter', 'Y1 Q4'],
    [5, 'quarter', 'Y2 Q1'],
    [40, 'quarter', 'Y10 Q4'],
  ] as const)('names period %d of a %s model %j', (index, step, label) => {
    expect(periodLabel(index, step)).toBe(label);
  });
});

describe('growth model properties', () => {
  const inputsArb: fc.Arbitrary<GrowthInputs> = fc.record({
    startCustomers: fc.double({ min: 0, max: 1e6, noNaN: true }),
    startArpu: fc.double({ min: 0, max: 1e6, noNaN: true }),
    arpuPeriod: fc.constantFrom('month' as const, 'year' as const),
    horizonYears: fc.integer({ min: 1, max: 10 }),
    step: fc.constantFrom('year' as const, 'quarter' as const),
  });
  const scenarioArb: fc.Arbitrary<GrowthScenario> = fc.record({
    arpuGrowthPct: fc.double({ min: -100, max: 1_000, noNaN: true }),
    newCustomersPerYear: fc.double({ min: 0, max: 1e5, noNaN: true }),
    churnPct: fc.double({ min: 0, max: 100, noNaN: true }),
  });
  const revenues = (inputs: GrowthInputs, s: GrowthScenario) =>
    projectScenario(inputs, s).periods.map((p) => p.revenue);
  /** Orders two revenues, allowing for the last bits of floating-point rounding. */
  const atMost = (a: number, b: number) => a <= b + Math.abs(b) * 1e-12;

  it('reports 0% NRR, not a rounding error below zero, when churn takes everything', () => {
    // Found by the property below: every part cancels out to −1e-14.
    const [, second] = projectScenario(
      {
        startCustomers: 0,
        startArpu: 3593.856634120959,
        arpuPeriod: 'month',
        horizonYears: 2,
        step: 'year',
      },
      {
        arpuGrowthPct: -97.34895441907132,
        newCustomersPerYear: 1.508720755975434e-218,
        churnPct: 99.99999999999982,
      },
    ).periods;
    expect(second?.nrrPct).toBe(0);
  });

  it('never produces negative or non-finite revenue', () => {
    fc.assert(
      fc.property(inputsArb, scenarioArb, (inputs, s) => {
        for (const p of projectScenario(inputs, s).periods) {
          expect(Number.isFinite(p.revenue) && p.revenue >= 0).toBe(true);
          expect(p.nrrPct === null || (Number.isFinite(p.nrrPct) && p.nrrPct >= 0)).toBe(true);
        }
      }),
    );
  });

  it('keeps revenue constant with zero churn, zero growth and no new customers', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const { start, periods } = projectScenario(inputs, scenario());
        for (const p of periods) expect(p.revenue).toBe(start.revenue);
      }),
    );
  });

  it('never lowers revenue when ARPU grows faster', () => {
    fc.assert(
      fc.property(
        inputsArb,
        scenarioArb,
        fc.double({ min: 0, max: 1_100, noNaN: true }),
        (inputs, s, more) => {
          const faster = { ...s, arpuGrowthPct: Math.min(1_000, s.arpuGrowthPct + more) };
          const slow = revenues(inputs, s);
          revenues(inputs, faster).forEach((r, i) => expect(atMost(slow[i] ?? 0, r)).toBe(true));
        },
      ),
    );
  });

  it('never raises revenue when more customers churn', () => {
    fc.assert(
      fc.property(
        inputsArb,
        scenarioArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        (inputs, s, more) => {
          const churnier = { ...s, churnPct: Math.min(100, s.churnPct + more) };
          const kept = revenues(inputs, s);
          revenues(inputs, churnier).forEach((r, i) => expect(atMost(r, kept[i] ?? 0)).toBe(true));
        },
      ),
    );
  });

  it('adds up: start + expansion − contraction − churn + new = revenue, and carries over', () => {
    fc.assert(
      fc.property(inputsArb, scenarioArb, (inputs, s) => {
        const { start, periods } = projectScenario(inputs, s);
        let previous = start.revenue;
        for (const p of periods) {
          const sum =
            p.startRevenue +
            p.expansionRevenue -
            p.contractionRevenue -
            p.churnedRevenue +
            p.newCustomerRevenue;
          const scale = Math.max(1, p.revenue, p.startRevenue, p.expansionRevenue);
          expect(Math.abs(sum - p.revenue) / scale).toBeLessThan(1e-9);
          expect(Math.abs(p.startRevenue - previous) / Math.max(1, previous)).toBeLessThan(1e-9);
          previous = p.revenue;
        }
      }),
    );
  });
});
