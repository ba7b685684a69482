import { formatRatio } from '../format/numbers';
import type { MarketModel, Segment } from '../workshop/schema';

/**
 * TAM / SAM / SOM, computed two ways side by side (issue 5).
 *
 * BRIEF: TAM = the whole market's annual spend (top-down) or number of potential customers ×
 * annual revenue per customer (bottom-up); SAM = the part you can serve; SOM = the part you can
 * realistically win. All amounts are per year, in the workshop's currency.
 *
 * A level whose inputs are not all filled in is `incomplete` and names every missing input, so
 * the UI can say what to fill in; no level is ever NaN.
 */

export type FunnelLevel = 'tam' | 'sam' | 'som';
export const FUNNEL_LEVELS: readonly FunnelLevel[] = ['tam', 'sam', 'som'];

export type MissingField =
  | 'totalSpend'
  | 'serviceablePct'
  | 'obtainablePct'
  | 'segments'
  | 'customers'
  | 'revenuePerCustomer';

export interface MissingInput {
  field: MissingField;
  /** The segment the field belongs to; null for top-down inputs and "no segments". */
  segmentId: string | null;
  /** For people: "Segment 'SMB': revenue per customer". */
  description: string;
}

export type LevelValue =
  { status: 'complete'; value: number } | { status: 'incomplete'; missing: MissingInput[] };

export interface Funnel {
  tam: LevelValue;
  sam: LevelValue;
  som: LevelValue;
}

const complete = (value: number): LevelValue => ({ status: 'complete', value });

function missingOf(level: LevelValue): MissingInput[] {
  return level.status === 'incomplete' ? level.missing : [];
}

/** `level × pct / 100`, or incomplete with everything missing so far plus this share. */
function applyShare(level: LevelValue, pct: number | null, missing: MissingInput): LevelValue {
  if (level.status === 'complete' && pct !== null) return complete((level.value * pct) / 100);
  return {
    status: 'incomplete',
    missing: [...missingOf(level), ...(pct === null ? [missing] : [])],
  };
}

const TOP_DOWN_LABELS: Record<'totalSpend' | 'serviceablePct' | 'obtainablePct', string> = {
  totalSpend: 'Top-down: total market spend',
  serviceablePct: 'Top-down: serviceable share',
  obtainablePct: 'Top-down: obtainable share',
};

function topDownMissing(field: keyof typeof TOP_DOWN_LABELS): MissingInput {
  return { field, segmentId: null, description: TOP_DOWN_LABELS[field] };
}

/** Top-down: TAM = total annual spend → SAM = TAM × serviceable% → SOM = SAM × obtainable%. */
export function topDownFunnel(topDown: MarketModel['topDown']): Funnel {
  const tam: LevelValue =
    topDown.totalSpend === null
      ? { status: 'incomplete', missing: [topDownMissing('totalSpend')] }
      : complete(topDown.totalSpend);
  const sam = applyShare(tam, topDown.serviceablePct, topDownMissing('serviceablePct'));
  const som = applyShare(sam, topDown.obtainablePct, topDownMissing('obtainablePct'));
  return { tam, sam, som };
}

/** Revenue per customer per year: entered monthly, it is × 12. */
export function annualRevenuePerCustomer(segment: Segment): number | null {
  if (segment.revenuePerCustomer === null) return null;
  return segment.revenuePeriod === 'month'
    ? segment.revenuePerCustomer * 12
    : segment.revenuePerCustomer;
}

export interface SegmentFunnel extends Funnel {
  segmentId: string;
  name: string;
  annualRevenuePerCustomer: number | null;
}

function segmentLabel(segment: Segment): string {
  return segment.name.trim() === '' ? 'Unnamed segment' : `Segment '${segment.name}'`;
}

/** One segment: TAM = customers × annual revenue per customer, then its own shares. */
export function segmentFunnel(segment: Segment): SegmentFunnel {
  const label = segmentLabel(segment);
  const missing = (field: MissingField, what: string): MissingInput => ({
    field,
    segmentId: segment.id,
    description: `${label}: ${what}`,
  });
  const annualRevenue = annualRevenuePerCustomer(segment);
  const tamMissing = [
    ...(segment.customers === null ? [missing('customers', 'potential customers')] : []),
    ...(annualRevenue === null ? [missing('revenuePerCustomer', 'revenue per customer')] : []),
  ];
  const tam: LevelValue =
    segment.customers !== null && annualRevenue !== null
      ? complete(segment.customers * annualRevenue)
      : { status: 'incomplete', missing: tamMissing };
  const sam = applyShare(
    tam,
    segment.serviceablePct,
    missing('serviceablePct', 'serviceable share'),
  );
  const som = applyShare(sam, segment.obtainablePct, missing('obtainablePct', 'obtainable share'));
  return {
    segmentId: segment.id,
    name: segment.name,
    annualRevenuePerCustomer: annualRevenue,
    tam,
    sam,
    som,
  };
}

/** A level of the whole market: the sum over segments, complete only if every segment's is. */
function sumLevel(levels: LevelValue[]): LevelValue {
  if (levels.length === 0) {
    return {
      status: 'incomplete',
      missing: [{ field: 'segments', segmentId: null, description: 'Bottom-up: add a segment' }],
    };
  }
  const missing = levels.flatMap(missingOf);
  if (missing.length > 0) return { status: 'incomplete', missing };
  return complete(levels.reduce((sum, l) => sum + (l.status === 'complete' ? l.value : 0), 0));
}

export interface BottomUp {
  total: Funnel;
  segments: SegmentFunnel[];
}

/** Bottom-up: each segment's funnel, and the market's as their sum. */
export function bottomUpFunnel(segments: readonly Segment[]): BottomUp {
  const perSegment = segments.map(segmentFunnel);
  return {
    total: {
      tam: sumLevel(perSegment.map((s) => s.tam)),
      sam: sumLevel(perSegment.map((s) => s.sam)),
      som: sumLevel(perSegment.map((s) => s.som)),
    },
    segments: perSegment,
  };
}

export interface TamGap {
  /** Larger TAM ÷ smaller TAM (≥ 1); Infinity when exactly one of them is zero. */
  ratio: number;
  larger: 'top-down' | 'bottom-up' | 'equal';
  /** The ratio is above the model's gap factor: the two estimates disagree. */
  flagged: boolean;
  /** For people: "Bottom-up TAM is 3.4× the top-down TAM". */
  sentence: string;
}

/** Compares the two TAMs; flagged when the larger is more than `gapFactor` × the smaller. */
export function compareTams(topDownTam: number, bottomUpTam: number, gapFactor: number): TamGap {
  if (topDownTam === bottomUpTam) {
    return {
      ratio: 1,
      larger: 'equal',
      flagged: false,
      sentence: 'Top-down and bottom-up TAMs are equal',
    };
  }
  const larger = bottomUpTam > topDownTam ? 'bottom-up' : 'top-down';
  const [big, small] =
    larger === 'bottom-up' ? [bottomUpTam, topDownTam] : [topDownTam, bottomUpTam];
  const [bigName, smallName] =
    larger === 'bottom-up' ? ['Bottom-up', 'top-down'] : ['Top-down', 'bottom-up'];
  if (small === 0) {
    return {
      ratio: Infinity,
      larger,
      flagged: true,
      sentence: `${bigName} TAM is above zero but the ${smallName} TAM is zero`,
    };
  }
  const ratio = big / small;
  return {
    ratio,
    larger,
    flagged: ratio > gapFactor,
    sentence: `${bigName} TAM is ${formatRatio(ratio)} the ${smallName} TAM`,
  };
}

export interface MarketSizing {
  topDown: Funnel;
  bottomUp: Funnel;
  segments: SegmentFunnel[];
  /** Null until both TAMs are complete. */
  gap: TamGap | null;
}

/** Everything the market view shows for one model. */
export function sizeMarket(model: MarketModel): MarketSizing {
  const topDown = topDownFunnel(model.topDown);
  const bottomUp = bottomUpFunnel(model.segments);
  const gap =
    topDown.tam.status === 'complete' && bottomUp.total.tam.status === 'complete'
      ? compareTams(topDown.tam.value, bottomUp.total.tam.value, model.gapFactor)
      : null;
  return { topDown, bottomUp: bottomUp.total, segments: bottomUp.segments, gap };
}

/** The SOM an item sized by a market model shows, and which estimate it comes from. */
export interface AttachedSom {
  /** Annual SOM in the workshop's currency. */
  value: number;
  basis: 'bottom-up' | 'top-down';
}

/**
 * Which SOM a model stands for (issue 5: "the item then shows its SOM"): the bottom-up
 * estimate when it is complete, as it is built from customers the team can name; otherwise the
 * top-down one; null while neither is complete.
 */
export function somOfSizing(sizing: MarketSizing): AttachedSom | null {
  if (sizing.bottomUp.som.status === 'complete') {
    return { value: sizing.bottomUp.som.value, basis: 'bottom-up' };
  }
  if (sizing.topDown.som.status === 'complete') {
    return { value: sizing.topDown.som.value, basis: 'top-down' };
  }
  return null;
}

export interface FunnelStep {
  level: FunnelLevel;
  label: 'TAM' | 'SAM' | 'SOM';
  /** BRIEF's definition, for the chart's accessible description and tooltips. */
  meaning: string;
  value: number | null;
  /** This level as a percentage of the previous one (SAM of TAM, SOM of SAM); null for TAM. */
  pctOfPrevious: number | null;
  /** This level as a percentage of TAM (100 for TAM itself). */
  pctOfTam: number | null;
}

const STEP_TEXT: Record<FunnelLevel, { label: FunnelStep['label']; meaning: string }> = {
  tam: { label: 'TAM', meaning: 'the whole market’s annual spend' },
  sam: { label: 'SAM', meaning: 'the part you can serve' },
  som: { label: 'SOM', meaning: 'the part you can realistically win' },
};

function valueOf(level: LevelValue): number | null {
  return level.status === 'complete' ? level.value : null;
}

/** `part / whole` as a percentage; null when either is unknown or the whole is zero. */
function pctOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return (part / whole) * 100;
}

/** The funnel chart's three steps, labelled with values and shares. */
export function funnelSteps(funnel: Funnel): FunnelStep[] {
  const tam = valueOf(funnel.tam);
  let previous: number | null = null;
  return FUNNEL_LEVELS.map((level, index) => {
    const value = valueOf(funnel[level]);
    const step: FunnelStep = {
      level,
      ...STEP_TEXT[level],
      value,
      pctOfPrevious: index === 0 ? null : pctOf(value, previous),
      pctOfTam: pctOf(value, tam),
    };
    previous = value;
    return step;
  });
}
