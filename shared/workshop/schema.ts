import { z } from 'zod';

/**
 * The `.tradeoff` file, version 1. Every change to what a saved field means bumps
 * SCHEMA_VERSION and adds a step to `migrations.ts` plus a fixture of the old version
 * under test/fixtures/workshops/ (old files must open forever: they are the users' records).
 */
export const SCHEMA_VERSION = 1;
export const FILE_FORMAT = 'tradeoff';

const id = z.string().min(1).max(64);
const finite = z.number().finite();
const percent = finite.min(0).max(100);
const text = (max: number) => z.string().max(max);

export const TrackSchema = z.object({
  id,
  name: text(80).min(1),
  /** CSS colour; the palette is chosen by the app, stored so a file renders the same later. */
  color: text(32),
});

/** A named level of a scale the workshop may rename and revalue (BRIEF: RICE impact / confidence). */
export const ScaleLevelSchema = z.object({ label: text(40).min(1), value: finite.min(0) });

export const SettingsSchema = z.object({
  /** What Reach counts per period, e.g. "customers per quarter". */
  reachUnit: text(80),
  impactLevels: z.array(ScaleLevelSchema).min(1).max(12),
  confidenceLevels: z.array(ScaleLevelSchema).min(1).max(12),
  /** ISO 4217 code used to format money (market sizing, growth models). */
  currency: z.string().regex(/^[A-Z]{3}$/),
  tracks: z.array(TrackSchema).max(20),
});

export const RiceSchema = z.object({
  reach: finite.min(0).nullable(),
  impact: finite.min(0).nullable(),
  /** Percentage, 0–100. */
  confidence: percent.nullable(),
  /** Person-months, strictly positive when set. */
  effort: finite.positive().nullable(),
});

export const BacklogItemSchema = z.object({
  id,
  title: text(500),
  description: text(20_000),
  trackId: id.nullable(),
  tags: z.array(text(80)).max(100),
  externalKey: text(120).nullable(),
  externalUrl: text(2_000).nullable(),
  rice: RiceSchema,
  /** Fractional-index key of the room's manual order (STYLE §9: order is data). */
  rank: text(200).min(1),
  /** Criterion id → score on that criterion's scale. Missing = unscored. */
  scores: z.record(id, finite),
  marketModelId: id.nullable(),
});

export const CriterionSchema = z.object({
  id,
  name: text(80).min(1),
  direction: z.enum(['benefit', 'cost']),
  scale: z.object({ min: z.literal(0).or(z.literal(1)), max: z.literal(5).or(z.literal(10)) }),
  /** Percentage; all criteria's weights sum to 100. */
  weight: percent,
  locked: z.boolean(),
});

export const WeightPresetSchema = z.object({
  id,
  name: text(80).min(1),
  weights: z.record(id, percent),
});

export const SegmentSchema = z.object({
  id,
  name: text(120),
  customers: finite.min(0).nullable(),
  revenuePerCustomer: finite.min(0).nullable(),
  revenuePeriod: z.enum(['month', 'year']),
  serviceablePct: percent.nullable(),
  obtainablePct: percent.nullable(),
});

export const MarketModelSchema = z.object({
  id,
  name: text(120).min(1),
  notes: text(5_000),
  topDown: z.object({
    totalSpend: finite.min(0).nullable(),
    serviceablePct: percent.nullable(),
    obtainablePct: percent.nullable(),
  }),
  segments: z.array(SegmentSchema).max(50),
  /** Flag the two TAMs when they differ by more than this factor. */
  gapFactor: finite.min(1),
});

export const GrowthScenarioSchema = z.object({
  arpuGrowthPct: finite.min(-100).max(1_000),
  newCustomersPerYear: finite.min(0),
  churnPct: percent,
});

export const GrowthModelSchema = z.object({
  id,
  name: text(120).min(1),
  startCustomers: finite.min(0),
  startArpu: finite.min(0),
  arpuPeriod: z.enum(['month', 'year']),
  horizonYears: z.number().int().min(1).max(10),
  step: z.enum(['year', 'quarter']),
  scenarios: z.object({
    conservative: GrowthScenarioSchema,
    base: GrowthScenarioSchema,
    aggressive: GrowthScenarioSchema,
  }),
});

export const PlacementSchema = z.object({
  itemId: id,
  trackId: id,
  /** Index of the first quarter from the roadmap's start (0-based). */
  periodIndex: z.number().int().min(0).max(63),
  /** How many periods the item spans (≥ 1). */
  span: z.number().int().min(1).max(16),
  /** Fractional-index key of the card's order inside its cell. */
  slot: text(200).min(1),
});

export const RoadmapSchema = z.object({
  layout: z.enum(['quarters', 'now-next-later']),
  startYear: z.number().int().min(1990).max(2200),
  startQuarter: z.number().int().min(1).max(4),
  periodCount: z.number().int().min(2).max(8),
  scoreBasis: z.enum(['rice', 'weighted']),
  /** Person-months available per period; index = periodIndex. */
  capacity: z.array(finite.min(0)).max(64),
  placements: z.array(PlacementSchema),
});

export const WorkshopMetaSchema = z.object({
  title: text(200),
  facilitator: text(200),
  /** Workshop day, ISO `YYYY-MM-DD`, or empty when not set. */
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
});

export const WorkshopSchema = z.object({
  meta: WorkshopMetaSchema,
  settings: SettingsSchema,
  items: z.array(BacklogItemSchema),
  criteria: z.array(CriterionSchema).max(30),
  weightPresets: z.array(WeightPresetSchema).max(50),
  markets: z.array(MarketModelSchema).max(200),
  growthModels: z.array(GrowthModelSchema).max(200),
  roadmap: RoadmapSchema,
});

/** The envelope on disk (STYLE §8). */
export const WorkshopFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  appVersion: z.string().max(40),
  workshop: WorkshopSchema,
});

export type Track = z.infer<typeof TrackSchema>;
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Rice = z.infer<typeof RiceSchema>;
export type BacklogItem = z.infer<typeof BacklogItemSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type WeightPreset = z.infer<typeof WeightPresetSchema>;
export type Segment = z.infer<typeof SegmentSchema>;
export type MarketModel = z.infer<typeof MarketModelSchema>;
export type GrowthScenario = z.infer<typeof GrowthScenarioSchema>;
export type GrowthModel = z.infer<typeof GrowthModelSchema>;
export type Placement = z.infer<typeof PlacementSchema>;
export type Roadmap = z.infer<typeof RoadmapSchema>;
export type WorkshopMeta = z.infer<typeof WorkshopMetaSchema>;
export type Workshop = z.infer<typeof WorkshopSchema>;
export type WorkshopFile = z.infer<typeof WorkshopFileSchema>;
