import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWorkshop, defaultSettings } from '../../workshop/defaults';
import type { BacklogItem } from '../../workshop/schema';
import { createBacklogItem } from '../items';
import { initialRanks } from '../rankKeys';
import { manualOrder } from '../ranking';
import { RICE_LIMITS } from '../rice';
import { detectSource } from './detect';
import { exportBacklogCsv } from './export';
import { applyImportPlan, planImport } from './importRows';
import { proposeMapping } from './mapping';
import { parseCsvText } from './parse';

const settings = defaultSettings();

describe('exportBacklogCsv', () => {
  it('writes the manual order with both ranks, the RICE inputs and the score', () => {
    const items = [
      createBacklogItem({
        id: 'b',
        rank: 'a1',
        title: '=Cost explorer',
        description: 'Why did my bill grow?\nShow "usage, by hour".',
        trackId: 'track-new-services',
        tags: ['billing', 'ui'],
        externalKey: 'INF-118',
        externalUrl: 'https://linear.app/acme/issue/INF-118',
        rice: { reach: 4000, impact: 1, confidence: 50, effort: 4 },
      }),
      createBacklogItem({ id: 'c', rank: 'a2', title: 'Chaos testing' }),
      createBacklogItem({
        id: 'a',
        rank: 'a0',
        title: 'Regional failover',
        trackId: 'track-reliability',
        rice: { reach: 1200, impact: 0.25, confidence: 80, effort: 0.75 },
      }),
    ];
    expect(exportBacklogCsv(items, settings)).toBe(
      '\ufeff' +
        [
          'Manual rank,Computed rank,Title,Description,Key,URL,Track,Tags,Reach,Impact,Confidence,Effort,RICE score',
          '1,2,Regional failover,,,,Reliability / performance,,1200,0.25,80%,0.75,320',
          `2,1,'=Cost explorer,"Why did my bill grow?\nShow ""usage, by hour"".",INF-118,https://linear.app/acme/issue/INF-118,New services,"billing, ui",4000,1,50%,4,500`,
          '3,,Chaos testing,,,,,,,,,,',
        ].join('\r\n'),
    );
  });
});

/** Text a person could type into a title: no line breaks, no surrounding spaces. */
const tricky = fc.oneof(
  fc.constantFrom('=', '+', '-', '@', "'", '"', ',', ';', '\t', ' ', '|', 'é', '💡', '%'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const line = fc
  .string({ unit: tricky, minLength: 1, maxLength: 20 })
  .map((text) => text.replace(/\s+/g, ' ').trim())
  .filter((text) => text !== '');
const description = fc
  .string({ unit: fc.oneof(tricky, fc.constantFrom('\n', '\r\n')), maxLength: 40 })
  .map((text) => (text.trim() === '' ? '' : text));
const tag = line
  .map((text) => text.replace(/[,;|]/g, ''))
  .filter((text) => text.trim() === text && text !== '');
const number = (field: keyof typeof RICE_LIMITS) =>
  fc.option(fc.double({ min: RICE_LIMITS[field].min, max: RICE_LIMITS[field].max, noNaN: true }), {
    nil: null,
  });

const itemFields = fc.record({
  title: line,
  description,
  trackId: fc.constantFrom(null, ...settings.tracks.map((track) => track.id)),
  tags: fc.uniqueArray(tag, { maxLength: 4, selector: (text) => text.toLowerCase() }),
  externalUrl: fc.option(fc.webUrl(), { nil: null }),
  rice: fc.record({
    reach: number('reach'),
    impact: number('impact'),
    confidence: number('confidence'),
    effort: number('effort'),
  }),
});

/** The fields an export carries; ids and rank keys are the importing workshop's own. */
const comparable = (item: BacklogItem) => ({
  title: item.title,
  description: item.description,
  externalKey: item.externalKey,
  externalUrl: item.externalUrl,
  trackId: item.trackId,
  tags: item.tags,
  rice: item.rice,
});

describe('export then import', () => {
  it('gives back the same items in the same order with the proposed mapping', () => {
    fc.assert(
      fc.property(
        fc.array(itemFields, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (fields, withKeys) => {
          const ranks = initialRanks(fields.length);
          const items = fields.map((field, index) =>
            createBacklogItem({
              ...field,
              id: `item-${index}`,
              rank: ranks[index] ?? 'a0',
              externalKey: withKeys ? `KEY-${index}` : null,
            }),
          );

          const parsed = parseCsvText(exportBacklogCsv(items, settings));
          if (!parsed.ok) throw new Error(parsed.reason);
          const { table } = parsed;
          const { mapping } = proposeMapping(table, detectSource(table).source, settings);
          const workshop = createWorkshop(new Date('2024-03-01T00:00:00Z'));
          const plan = planImport(workshop, table, mapping);
          if (!plan.ok) throw new Error(plan.reason);
          expect(plan.plan.errors).toEqual([]);
          expect(plan.plan.warnings).toEqual([]);
          const applied = applyImportPlan(workshop, plan.plan);
          if (!applied.ok) throw new Error(applied.reason);

          expect(manualOrder(applied.workshop.items).map(comparable)).toEqual(
            manualOrder(items).map(comparable),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
