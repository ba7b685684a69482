import type { GrowthModel, GrowthScenario } from '../workshop/schema';

/**
 * ARPU / consumption growth with cohorts (issue 5).
 *
 * BRIEF: Revenue = customers × ARPU; model cohorts with new customers per period, churn and
 * expansion; net revenue retention = (start revenue + expansion − contraction − churn) ÷ start.
 *
 * Conventions (the numbers in the table follow from these; the tests work them by hand):
 * - A step is a year or a quarter; `s` steps per year (1 or 4). Annual rates are converted to
 *   the step by compounding, so four quarters give exactly the annual rate:
 *   survival per step = (1 − churn)^(1/s); ARPU factor per step = (1 + growth)^(1/s).
 * - Each cohort's customers churn and its ARPU grows by those factors every step after the one
 *   it joined in. Negative growth is contraction.
 * - New customers per year are spread evenly over the steps (n / s per step). A step's new
 *   cohort joins at the end of the step at the BASE ARPU (the model's start ARPU) and grows
 *   from there; it neither churns nor grows in the step it joins.
 * - A period's figures are the state at its end. Its revenue is that state's annual run-rate
 *   for the period's length: revenue = Σ cohorts customers × annual ARPU ÷ s.
 * - Start revenue, expansion, contraction, churned and new-customer revenue are in the same
 *   per-period units, so revenue = start + expansion − contraction − churned + new, and a
 *   period's start revenue is the previous period's revenue.
 * - ARPU is blended (revenue ÷ customers) and shown in the unit the start ARPU was entered in
 *   (per month or per year).
 */

export type ScenarioName = 'conservative' | 'base' | 'aggressive';
export const SCENARIO_NAMES: readonly ScenarioName[] = ['conservative', 'base', 'aggressive'];

/** BRIEF: healthy infrastructure products see 20–40% annual ARPU growth from existing customers. */
export const HEALTHY_ARPU_GROWTH_PCT = { low: 20, high: 40 } as const;

export interface StepRates {
  stepsPerYear: 1 | 4;
  /** Share of a cohort's customers still there one step later. */
  survival: number;
  /** A cohort's ARPU one step later ÷ its ARPU now. */
  arpuFactor: number;
  newCustomersPerStep: number;
}

export function stepRates(scenario: GrowthScenario, step: GrowthModel['step']): StepRates {
  const stepsPerYear = step === 'quarter' ? 4 : 1;
  return {
    stepsPerYear,
    survival: Math.pow(1 - scenario.churnPct / 100, 1 / stepsPerYear),
    arpuFactor: Math.pow(1 + scenario.arpuGrowthPct / 100, 1 / stepsPerYear),
    newCustomersPerStep: scenario.newCustomersPerYear / stepsPerYear,
  };
}

/** The start ARPU as an annual amount (entered monthly, it is × 12). */
export function annualStartArpu(model: Pick<GrowthModel, 'startArpu' | 'arpuPeriod'>): number {
  return model.arpuPeriod === 'month' ? model.startArpu * 12 : model.startArpu;
}

export interface GrowthSnapshot {
  customers: number;
  /** Blended ARPU in the model's `arpuPeriod` unit; null when there are no customers. */
  arpu: number | null;
  /** Revenue for one period at this state's run-rate. */
  revenue: number;
  /** Annual run-rate: customers × annual ARPU. */
  arr: number;
}

export interface GrowthPeriod extends GrowthSnapshot {
  /** 1-based; period 0 is the start. */
  index: number;
  yearsFromStart: number;
  newCustomers: number;
  churnedCustomers: number;
  /** Revenue of the customers present at the period's start, at their start ARPU. */
  startRevenue: number;
  expansionRevenue: number;
  contractionRevenue: number;
  churnedRevenue: number;
  newCustomerRevenue: number;
  /** NRR over this period, in percent; null when no revenue was there at its start. */
  nrrPct: number | null;
  /** NRR over the 12 months ending here, in percent; null before a full year or without revenue. */
  annualNrrPct: number | null;
}

export interface ScenarioProjection {
  scenario: GrowthScenario;
  start: GrowthSnapshot;
  periods: GrowthPeriod[];
}

/** One cohort: the customers who joined in the same step, with their run-rate after each step. */
interface Cohort {
  joinedIn: number;
  customers: number;
  annualArpu: number;
  /** Annual run-rate at the end of each period since it joined, by period index. */
  arrAtEndOf: Map<number, number>;
}

function snapshot(
  customers: number,
  arr: number,
  stepsPerYear: number,
  arpuPeriod: GrowthModel['arpuPeriod'],
): GrowthSnapshot {
  const annualArpu = customers > 0 ? arr / customers : null;
  return {
    customers,
    arpu: annualArpu === null ? null : arpuPeriod === 'month' ? annualArpu / 12 : annualArpu,
    revenue: arr / stepsPerYear,
    arr,
  };
}

/**
 * Retention of the cohorts that were already there `lag` periods ago: their run-rate now ÷
 * their run-rate then, in percent. This is the BRIEF's NRR: new customers are left out, and
 * expansion, contraction and churn are all inside the change of the same customers' revenue.
 */
function retentionPct(cohorts: readonly Cohort[], period: number, lag: number): number | null {
  const from = period - lag;
  if (from < 0) return null;
  let then = 0;
  let now = 0;
  for (const cohort of cohorts) {
    if (cohort.joinedIn > from) continue;
    then += cohort.arrAtEndOf.get(from) ?? 0;
    now += cohort.arrAtEndOf.get(period) ?? 0;
  }
  return then > 0 ? (now / then) * 100 : null;
}

/** What a scenario needs from its model: everything but the scenarios themselves. */
export type GrowthInputs = Pick<
  GrowthModel,
  'startCustomers' | 'startArpu' | 'arpuPeriod' | 'horizonYears' | 'step'
>;

export function projectScenario(model: GrowthInputs, scenario: GrowthScenario): ScenarioProjection {
  const rates = stepRates(scenario, model.step);
  const { stepsPerYear, survival, arpuFactor, newCustomersPerStep } = rates;
  const baseArpu = annualStartArpu(model);
  const periodCount = model.horizonYears * stepsPerYear;
  const perPeriod = (annual: number) => annual / stepsPerYear;

  const cohorts: Cohort[] = [
    {
      joinedIn: 0,
      customers: model.startCustomers,
      annualArpu: baseArpu,
      arrAtEndOf: new Map([[0, model.startCustomers * baseArpu]]),
    },
  ];
  const start = snapshot(
    model.startCustomers,
    model.startCustomers * baseArpu,
    stepsPerYear,
    model.arpuPeriod,
  );
  const periods: GrowthPeriod[] = [];

  for (let index = 1; index <= periodCount; index++) {
    let startArr = 0;
    let expansion = 0;
    let contraction = 0;
    let churnedArr = 0;
    let churnedCustomers = 0;
    for (const cohort of cohorts) {
      const before = cohort.customers * cohort.annualArpu;
      const stayed = cohort.customers * survival;
      // Churn is valued at the ARPU the leaving customers had; the change in ARPU is counted
      // on the customers who stayed (expansion if it grew, contraction if it shrank).
      const arpuChange = stayed * cohort.annualArpu * (arpuFactor - 1);
      startArr += before;
      churnedCustomers += cohort.customers - stayed;
      churnedArr += (cohort.customers - stayed) * cohort.annualArpu;
      if (arpuChange >= 0) expansion += arpuChange;
      else contraction -= arpuChange;
      cohort.customers = stayed;
      cohort.annualArpu *= arpuFactor;
      cohort.arrAtEndOf.set(index, cohort.customers * cohort.annualArpu);
    }
    const newArr = newCustomersPerStep * baseArpu;
    cohorts.push({
      joinedIn: index,
      customers: newCustomersPerStep,
      annualArpu: baseArpu,
      arrAtEndOf: new Map([[index, newArr]]),
    });

    const customers = cohorts.reduce((sum, c) => sum + c.customers, 0);
    const arr = cohorts.reduce((sum, c) => sum + c.customers * c.annualArpu, 0);
    periods.push({
      index,
      yearsFromStart: index / stepsPerYear,
      ...snapshot(customers, arr, stepsPerYear, model.arpuPeriod),
      newCustomers: newCustomersPerStep,
      churnedCustomers,
      startRevenue: perPeriod(startArr),
      expansionRevenue: perPeriod(expansion),
      contractionRevenue: perPeriod(contraction),
      churnedRevenue: perPeriod(churnedArr),
      newCustomerRevenue: perPeriod(newArr),
      // BRIEF: NRR = (start revenue + expansion − contraction − churn) ÷ start revenue.
      // Retained revenue cannot be below zero; when churn takes everything, the sum of the
      // parts can come out a few ulps negative, which must not print as a negative NRR.
      nrrPct:
        startArr > 0
          ? (Math.max(0, startArr + expansion - contraction - churnedArr) / startArr) * 100
          : null,
      annualNrrPct: retentionPct(cohorts, index, stepsPerYear),
    });
  }
  return { scenario, start, periods };
}

export interface BandPoint {
  /** 0 is the start; then one point per period. */
  index: number;
  yearsFromStart: number;
  arpuLow: number | null;
  arpuHigh: number | null;
  revenueLow: number;
  revenueHigh: number;
}

export interface HealthyBand {
  lowGrowthPct: number;
  highGrowthPct: number;
  points: BandPoint[];
}

/**
 * The shaded reference band: the base scenario's customers (same new customers and churn) with
 * existing customers' ARPU growing at the healthy 20% and 40% a year. Computed with the same
 * cohort model, so it is comparable with the scenario lines for both revenue and blended ARPU.
 */
export function healthyBand(model: GrowthModel): HealthyBand {
  const { low, high } = HEALTHY_ARPU_GROWTH_PCT;
  const lower = projectScenario(model, { ...model.scenarios.base, arpuGrowthPct: low });
  const upper = projectScenario(model, { ...model.scenarios.base, arpuGrowthPct: high });
  const stepsPerYear = model.step === 'quarter' ? 4 : 1;
  const lowPoints = [lower.start, ...lower.periods];
  const highPoints = [upper.start, ...upper.periods];
  return {
    lowGrowthPct: low,
    highGrowthPct: high,
    points: lowPoints.map((lowPoint, index) => {
      const highPoint = highPoints[index] ?? lowPoint;
      return {
        index,
        yearsFromStart: index / stepsPerYear,
        arpuLow: lowPoint.arpu,
        arpuHigh: highPoint.arpu,
        revenueLow: lowPoint.revenue,
        revenueHigh: highPoint.revenue,
      };
    }),
  };
}

export interface GrowthProjection {
  step: GrowthModel['step'];
  stepsPerYear: 1 | 4;
  arpuPeriod: GrowthModel['arpuPeriod'];
  scenarios: Record<ScenarioName, ScenarioProjection>;
  healthyBand: HealthyBand;
}

/** The three scenarios, computed together, and the healthy band to draw behind them. */
export function projectGrowth(model: GrowthModel): GrowthProjection {
  return {
    step: model.step,
    stepsPerYear: model.step === 'quarter' ? 4 : 1,
    arpuPeriod: model.arpuPeriod,
    scenarios: {
      conservative: projectScenario(model, model.scenarios.conservative),
      base: projectScenario(model, model.scenarios.base),
      aggressive: projectScenario(model, model.scenarios.aggressive),
    },
    healthyBand: healthyBand(model),
  };
}

/** `Start`, `Year 3`, `Y2 Q1`: the name of a period in the table and the tooltips. */
export function periodLabel(index: number, step: GrowthModel['step']): string {
  if (index === 0) return 'Start';
  if (step === 'year') return `Year ${index}`;
  return `Y${Math.ceil(index / 4)} Q${((index - 1) % 4) + 1}`;
}
