import { describe, expect, it } from 'vitest';
import { BacklogItemSchema } from '../workshop/schema';
import { EMPTY_RICE, createBacklogItem, displayTitle } from './items';

describe('createBacklogItem', () => {
  it('builds a complete, unscored item the file schema accepts', () => {
    const item = createBacklogItem({ rank: 'a0', title: 'Regional failover' });
    expect(BacklogItemSchema.safeParse(item).success).toBe(true);
    expect(item.rice).toEqual(EMPTY_RICE);
    expect(item.id).not.toBe(createBacklogItem({ rank: 'a1' }).id);
  });

  it('keeps the fields it is given', () => {
    const item = createBacklogItem({ id: 'x', rank: 'a3', tags: ['dr'], externalKey: 'PLAT-1' });
    expect(item).toMatchObject({ id: 'x', rank: 'a3', tags: ['dr'], externalKey: 'PLAT-1' });
  });

  it('gives each item its own RICE object', () => {
    const a = createBacklogItem({ rank: 'a0' });
    const b = createBacklogItem({ rank: 'a1' });
    expect(a.rice).not.toBe(b.rice);
  });
});

describe('displayTitle', () => {
  it('is the trimmed title', () => {
    expect(displayTitle({ title: '  Regional failover ' })).toBe('Regional failover');
  });

  it('names an item without a title', () => {
    expect(displayTitle({ title: '' })).toBe('Untitled item');
    expect(displayTitle({ title: ' \t ' })).toBe('Untitled item');
  });
});
