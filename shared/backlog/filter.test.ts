import { describe, expect, it } from 'vitest';
import {
  type BacklogFilter,
  NO_FILTER,
  countText,
  filterItems,
  foldForSearch,
  isFilterActive,
  tagCounts,
} from './filter';
import { createBacklogItem } from './items';

const items = [
  createBacklogItem({
    id: 'failover',
    rank: 'a0',
    title: 'Regional failover',
    description: 'Fail over to a second región within 5 minutes.',
    trackId: 'track-reliability',
    tags: ['Reliability', 'DR'],
    externalKey: 'PLAT-101',
  }),
  createBacklogItem({
    id: 'cli',
    rank: 'a1',
    title: 'CLI auto-completion',
    trackId: 'track-devex',
    tags: ['cli', 'dx'],
    externalKey: 'DX-7',
  }),
  createBacklogItem({
    id: 'gpu',
    rank: 'a2',
    title: 'Managed GPU instances',
    description: 'New service for ML workloads; café-grade latency.',
    trackId: 'track-new-services',
    tags: ['new-service', 'reliability'],
  }),
  createBacklogItem({ id: 'loose', rank: 'a3', title: 'Résumé builder', trackId: null }),
];

const filter = (patch: Partial<BacklogFilter>): BacklogFilter => ({ ...NO_FILTER, ...patch });
const ids = (result: readonly { id: string }[]) => result.map((item) => item.id);

describe('filterItems', () => {
  it.each<[string, Partial<BacklogFilter>, string[]]>([
    ['no filter', {}, ['failover', 'cli', 'gpu', 'loose']],
    ['one track', { trackIds: ['track-devex'] }, ['cli']],
    ['items without a track', { trackIds: [null] }, ['loose']],
    ['two tracks', { trackIds: ['track-devex', 'track-new-services'] }, ['cli', 'gpu']],
    ['a tag, ignoring case', { tags: ['RELIABILITY'] }, ['failover', 'gpu']],
    ['any of two tags', { tags: ['dx', 'DR'] }, ['failover', 'cli']],
    ['all of two tags', { tags: ['reliability', 'dr'], tagMode: 'all' }, ['failover']],
    ['text in the title', { text: 'failover' }, ['failover']],
    ['text in the description', { text: 'ML workloads' }, ['gpu']],
    ['text in the key', { text: 'plat-101' }, ['failover']],
    ['text in a tag', { text: 'new-service' }, ['gpu']],
    ['text without accents finds accented text', { text: 'resume' }, ['loose']],
    ['accented text finds plain text', { text: 'RÉGIONAL' }, ['failover']],
    ['every word must appear', { text: 'managed latency' }, ['gpu']],
    ['words anywhere in the item', { text: 'gpu cafe' }, ['gpu']],
    ['text and track together', { text: 'region', trackIds: ['track-devex'] }, []],
    ['blank text is no filter', { text: '   ' }, ['failover', 'cli', 'gpu', 'loose']],
  ])('filters by %s', (_name, patch, expected) => {
    expect(ids(filterItems(items, filter(patch)))).toEqual(expected);
  });

  it('sees an edited item, not a stale cached copy', () => {
    const [first] = items;
    if (first === undefined) throw new Error('fixture');
    expect(filterItems([first], filter({ text: 'regional' }))).toHaveLength(1);
    const renamed = { ...first, title: 'Multi-zone failover', description: '' };
    expect(filterItems([renamed], filter({ text: 'regional' }))).toHaveLength(0);
  });
});

describe('isFilterActive', () => {
  it('is off for the empty filter and blank text, on otherwise', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(isFilterActive(filter({ text: ' ' }))).toBe(false);
    expect(isFilterActive(filter({ text: 'x' }))).toBe(true);
    expect(isFilterActive(filter({ trackIds: [null] }))).toBe(true);
  });
});

describe('foldForSearch', () => {
  it('drops case and accents', () => {
    expect(foldForSearch('Ünïcödé Façade')).toBe('unicode facade');
  });
});

describe('countText', () => {
  it.each([
    [38, 412, undefined, '38 of 412 items'],
    [412, 412, undefined, '412 items'],
    [412, 412, true, '412 of 412 items'],
    [1, 1, false, '1 item'],
    [0, 1, true, '0 of 1 item'],
    [950, 1200, undefined, '950 of 1,200 items'],
    [0, 0, false, '0 items'],
  ])('counts %d of %d (filtered: %s) as %s', (shown, total, filtered, text) => {
    expect(countText(shown, total, filtered)).toBe(text);
  });
});

describe('tagCounts', () => {
  it('counts each tag once per item, merging case variants', () => {
    expect(tagCounts(items)).toEqual([
      { tag: 'cli', count: 1 },
      { tag: 'DR', count: 1 },
      { tag: 'dx', count: 1 },
      { tag: 'new-service', count: 1 },
      { tag: 'Reliability', count: 2 },
    ]);
  });
});
