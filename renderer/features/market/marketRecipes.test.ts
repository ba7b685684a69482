import { describe, expect, it } from 'vitest';
import type { BacklogItem, Workshop } from '../../../shared/workshop/schema';
import { WorkshopSchema } from '../../../shared/workshop/schema';
import { sampleWorkshop } from '../../testing/fakeHost';
import {
  addGrowthModel,
  addMarketModel,
  addSegment,
  attachItem,
  copyName,
  deleteMarketModel,
  duplicateGrowthModel,
  duplicateMarketModel,
  nextName,
  removeSegment,
  renameMarketModel,
  setCurrency,
  setScenario,
  setTopDown,
  updateSegment,
} from './marketRecipes';

function item(id: string, marketModelId: string | null = null): BacklogItem {
  return {
    id,
    title: `Item ${id}`,
    description: '',
    trackId: null,
    tags: [],
    externalKey: null,
    externalUrl: null,
    rice: { reach: null, impact: null, confidence: null, effort: null },
    rank: `a${id}`,
    scores: {},
    marketModelId,
  };
}

function withModels(): Workshop {
  let doc = sampleWorkshop();
  doc = addMarketModel('m1')(doc);
  doc = addGrowthModel('g1')(doc);
  return { ...doc, items: [item('1', 'm1'), item('2'), item('3', 'm1')] };
}

describe('market recipes', () => {
  it('names new models after the first free number', () => {
    expect(nextName('Market model', [])).toBe('Market model 1');
    expect(nextName('Market model', ['Market model 1', 'Market model 3'])).toBe('Market model 2');
    let doc = addMarketModel('a')(sampleWorkshop());
    doc = addMarketModel('b')(doc);
    expect(doc.markets.map((m) => m.name)).toEqual(['Market model 1', 'Market model 2']);
  });

  it('makes documents the file format accepts', () => {
    const doc = addSegment('m1')(withModels());
    expect(WorkshopSchema.safeParse(doc).success).toBe(true);
  });

  it('copies a model after the original with new ids for it and its segments', () => {
    const doc = duplicateMarketModel('m1', 'm2')(withModels());
    const [original, copy] = doc.markets;
    expect(copy?.id).toBe('m2');
    expect(copy?.name).toBe('Market model 1 (copy)');
    expect(copy?.segments[0]?.id).not.toBe(original?.segments[0]?.id);
    const again = duplicateMarketModel('m1', 'm3')(doc);
    expect(again.markets.map((m) => m.name)).toEqual([
      'Market model 1',
      'Market model 1 (copy 2)',
      'Market model 1 (copy)',
    ]);
    expect(duplicateGrowthModel('g1', 'g2')(doc).growthModels[1]?.name).toBe(
      'Growth model 1 (copy)',
    );
  });

  it('keeps a copy’s name within 120 characters', () => {
    const long = 'x'.repeat(120);
    expect(copyName(long, [long])).toHaveLength(120);
  });

  it('detaches the items a deleted model sized, in the same step', () => {
    const doc = deleteMarketModel('m1')(withModels());
    expect(doc.markets).toHaveLength(0);
    expect(doc.items.map((i) => i.marketModelId)).toEqual([null, null, null]);
  });

  it('returns the same document when nothing changes (no undo entry)', () => {
    const doc = withModels();
    expect(renameMarketModel('m1', 'Market model 1')(doc)).toBe(doc);
    expect(renameMarketModel('m1', '   ')(doc)).toBe(doc);
    expect(setTopDown('m1', { totalSpend: null })(doc)).toBe(doc);
    expect(attachItem('1', 'm1')(doc)).toBe(doc);
    expect(deleteMarketModel('nope')(doc)).toBe(doc);
    expect(setCurrency('USD')(doc)).toBe(doc);
    expect(setScenario('g1', 'base', { churnPct: 7 })(doc)).toBe(doc);
  });

  it('refuses a currency that is not an ISO code', () => {
    const doc = withModels();
    expect(setCurrency('euro')(doc)).toBe(doc);
    expect(setCurrency('EUR')(doc).settings.currency).toBe('EUR');
  });

  it('edits one segment and leaves the others as they were', () => {
    let doc = addSegment('m1')(withModels());
    const [first, second] = doc.markets[0]?.segments ?? [];
    doc = updateSegment('m1', second?.id ?? '', { customers: 40_000 })(doc);
    expect(doc.markets[0]?.segments[0]).toBe(first);
    expect(doc.markets[0]?.segments[1]?.customers).toBe(40_000);
    doc = removeSegment('m1', first?.id ?? '')(doc);
    expect(doc.markets[0]?.segments.map((s) => s.name)).toEqual(['Segment 2']);
  });

  it('moves an item to another model and detaches it', () => {
    let doc = addMarketModel('m2')(withModels());
    doc = attachItem('1', 'm2')(doc);
    expect(doc.items[0]?.marketModelId).toBe('m2');
    doc = attachItem('1', null)(doc);
    expect(doc.items[0]?.marketModelId).toBeNull();
  });

  it('edits one scenario of a growth model', () => {
    const before = withModels();
    const scenarios = setScenario('g1', 'aggressive', { arpuGrowthPct: 55 })(before).growthModels[0]
      ?.scenarios;
    expect(scenarios?.aggressive.arpuGrowthPct).toBe(55);
    expect(scenarios?.base).toBe(before.growthModels[0]?.scenarios.base);
  });
});
