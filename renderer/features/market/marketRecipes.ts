import { newId } from '../../../shared/ids';
import type { ScenarioName } from '../../../shared/growth/model';
import type {
  GrowthModel,
  GrowthScenario,
  MarketModel,
  Segment,
  Workshop,
} from '../../../shared/workshop/schema';

/**
 * Pure edits of the market section of the document: each takes the document and returns the next
 * one, or the same object when nothing changes (so the store records no undo entry).
 */

export type Recipe = (doc: Workshop) => Workshop;

const NAME_MAX = 120;

/** `Market model 3`: the first `<base> N` that no model in `names` is called. */
export function nextName(base: string, names: readonly string[]): string {
  const taken = new Set(names);
  for (let n = 1; ; n++) {
    const name = `${base} ${n}`;
    if (!taken.has(name)) return name;
  }
}

/** `Object storage (copy)`, then `(copy 2)`…, kept within the schema's 120 characters. */
export function copyName(name: string, names: readonly string[]): string {
  const taken = new Set(names);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${name.slice(0, NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A cleaned name, or null when nothing would be left to show. */
export function cleanName(name: string): string | null {
  const trimmed = name.trim().slice(0, NAME_MAX);
  return trimmed === '' ? null : trimmed;
}

export function emptySegment(index: number): Segment {
  return {
    id: newId(),
    name: `Segment ${index}`,
    customers: null,
    revenuePerCustomer: null,
    revenuePeriod: 'month',
    serviceablePct: null,
    obtainablePct: null,
  };
}

/** A new market model: nothing estimated yet, one segment to fill in, the 2× gap. */
export function newMarketModel(id: string, name: string): MarketModel {
  return {
    id,
    name,
    notes: '',
    topDown: { totalSpend: null, serviceablePct: null, obtainablePct: null },
    segments: [emptySegment(1)],
    gapFactor: 2,
  };
}

/**
 * A new growth model. Every input is required by the file format, so it starts from a small,
 * plainly round example the room overwrites; the base scenario grows ARPU inside the BRIEF's
 * healthy 20–40% band, the other two on either side of it.
 */
export function newGrowthModel(id: string, name: string): GrowthModel {
  return {
    id,
    name,
    startCustomers: 100,
    startArpu: 1_000,
    arpuPeriod: 'month',
    horizonYears: 5,
    step: 'year',
    scenarios: {
      conservative: { arpuGrowthPct: 10, newCustomersPerYear: 20, churnPct: 10 },
      base: { arpuGrowthPct: 25, newCustomersPerYear: 40, churnPct: 7 },
      aggressive: { arpuGrowthPct: 40, newCustomersPerYear: 60, churnPct: 5 },
    },
  };
}

export const addMarketModel =
  (id: string): Recipe =>
  (doc) => ({
    ...doc,
    markets: [
      ...doc.markets,
      newMarketModel(
        id,
        nextName(
          'Market model',
          doc.markets.map((m) => m.name),
        ),
      ),
    ],
  });

export const addGrowthModel =
  (id: string): Recipe =>
  (doc) => ({
    ...doc,
    growthModels: [
      ...doc.growthModels,
      newGrowthModel(
        id,
        nextName(
          'Growth model',
          doc.growthModels.map((m) => m.name),
        ),
      ),
    ],
  });

/** Applies `change` to the market model `id`; the same document when it changes nothing. */
export const updateMarketModel =
  (id: string, change: (model: MarketModel) => MarketModel): Recipe =>
  (doc) => {
    let changed = false;
    const markets = doc.markets.map((model) => {
      if (model.id !== id) return model;
      const next = change(model);
      if (next !== model) changed = true;
      return next;
    });
    return changed ? { ...doc, markets } : doc;
  };

export const updateGrowthModel =
  (id: string, change: (model: GrowthModel) => GrowthModel): Recipe =>
  (doc) => {
    let changed = false;
    const growthModels = doc.growthModels.map((model) => {
      if (model.id !== id) return model;
      const next = change(model);
      if (next !== model) changed = true;
      return next;
    });
    return changed ? { ...doc, growthModels } : doc;
  };

/** A shallow patch that returns the same object when every patched field already has its value. */
export function patched<T extends object>(value: T, patch: NoInfer<Partial<T>>): T {
  const keys = Object.keys(patch) as (keyof T)[];
  return keys.every((key) => Object.is(value[key], patch[key])) ? value : { ...value, ...patch };
}

export const renameMarketModel = (id: string, name: string): Recipe => {
  const clean = cleanName(name);
  return clean === null ? (doc) => doc : updateMarketModel(id, (m) => patched(m, { name: clean }));
};

export const renameGrowthModel = (id: string, name: string): Recipe => {
  const clean = cleanName(name);
  return clean === null ? (doc) => doc : updateGrowthModel(id, (m) => patched(m, { name: clean }));
};

/** Copies a model (new ids for it and its segments) right after the original. */
export const duplicateMarketModel =
  (id: string, copyId: string): Recipe =>
  (doc) => {
    const index = doc.markets.findIndex((m) => m.id === id);
    const original = doc.markets[index];
    if (!original) return doc;
    const copy: MarketModel = {
      ...original,
      id: copyId,
      name: copyName(
        original.name,
        doc.markets.map((m) => m.name),
      ),
      segments: original.segments.map((segment) => ({ ...segment, id: newId() })),
    };
    return { ...doc, markets: doc.markets.toSpliced(index + 1, 0, copy) };
  };

export const duplicateGrowthModel =
  (id: string, copyId: string): Recipe =>
  (doc) => {
    const index = doc.growthModels.findIndex((m) => m.id === id);
    const original = doc.growthModels[index];
    if (!original) return doc;
    const copy: GrowthModel = {
      ...original,
      id: copyId,
      name: copyName(
        original.name,
        doc.growthModels.map((m) => m.name),
      ),
    };
    return { ...doc, growthModels: doc.growthModels.toSpliced(index + 1, 0, copy) };
  };

/** Deletes a market model and detaches the backlog items it sized, in one step. */
export const deleteMarketModel =
  (id: string): Recipe =>
  (doc) => {
    if (!doc.markets.some((m) => m.id === id)) return doc;
    return {
      ...doc,
      markets: doc.markets.filter((m) => m.id !== id),
      items: doc.items.some((item) => item.marketModelId === id)
        ? doc.items.map((item) =>
            item.marketModelId === id ? { ...item, marketModelId: null } : item,
          )
        : doc.items,
    };
  };

export const deleteGrowthModel =
  (id: string): Recipe =>
  (doc) =>
    doc.growthModels.some((m) => m.id === id)
      ? { ...doc, growthModels: doc.growthModels.filter((m) => m.id !== id) }
      : doc;

export const setTopDown = (id: string, patch: Partial<MarketModel['topDown']>): Recipe =>
  updateMarketModel(id, (model) => {
    const topDown = patched(model.topDown, patch);
    return topDown === model.topDown ? model : { ...model, topDown };
  });

export const setMarketFields = (
  id: string,
  patch: Partial<Pick<MarketModel, 'notes' | 'gapFactor'>>,
): Recipe => updateMarketModel(id, (model) => patched(model, patch));

export const addSegment = (modelId: string): Recipe =>
  updateMarketModel(modelId, (model) => ({
    ...model,
    segments: [...model.segments, emptySegment(model.segments.length + 1)],
  }));

export const removeSegment = (modelId: string, segmentId: string): Recipe =>
  updateMarketModel(modelId, (model) =>
    model.segments.some((s) => s.id === segmentId)
      ? { ...model, segments: model.segments.filter((s) => s.id !== segmentId) }
      : model,
  );

export const updateSegment = (
  modelId: string,
  segmentId: string,
  patch: Partial<Omit<Segment, 'id'>>,
): Recipe =>
  updateMarketModel(modelId, (model) => {
    let changed = false;
    const segments = model.segments.map((segment) => {
      if (segment.id !== segmentId) return segment;
      const next = patched(segment, patch);
      if (next !== segment) changed = true;
      return next;
    });
    return changed ? { ...model, segments } : model;
  });

export type GrowthInputsPatch = Partial<
  Pick<GrowthModel, 'startCustomers' | 'startArpu' | 'arpuPeriod' | 'horizonYears' | 'step'>
>;

export const setGrowthInputs = (id: string, patch: GrowthInputsPatch): Recipe =>
  updateGrowthModel(id, (model) => patched(model, patch));

export const setScenario = (
  id: string,
  scenario: ScenarioName,
  patch: Partial<GrowthScenario>,
): Recipe =>
  updateGrowthModel(id, (model) => {
    const next = patched(model.scenarios[scenario], patch);
    return next === model.scenarios[scenario]
      ? model
      : { ...model, scenarios: { ...model.scenarios, [scenario]: next } };
  });

/** Sets which market model sizes an item (null detaches it); an item has at most one. */
export const attachItem =
  (itemId: string, modelId: string | null): Recipe =>
  (doc) => {
    const item = doc.items.find((i) => i.id === itemId);
    if (!item || item.marketModelId === modelId) return doc;
    return {
      ...doc,
      items: doc.items.map((i) => (i.id === itemId ? { ...i, marketModelId: modelId } : i)),
    };
  };

/** The workshop's ISO 4217 currency; anything that is not a code leaves the document as it is. */
export const setCurrency =
  (currency: string): Recipe =>
  (doc) =>
    doc.settings.currency === currency || !/^[A-Z]{3}$/.test(currency)
      ? doc
      : { ...doc, settings: { ...doc.settings, currency } };
