import { describe, expect, it } from 'vitest';
import { backlogWorkshop } from './backlogTesting';
import { describeMove, moveForKey, planMove } from './moves';

const key = (key: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean } = {}) => ({
  key,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
});

describe('row shortcuts', () => {
  it.each([
    [key('ArrowUp', { alt: true }), 'up'],
    [key('ArrowDown', { alt: true }), 'down'],
    [key('ArrowUp', { alt: true, shift: true }), 'top'],
    [key('ArrowDown', { alt: true, shift: true }), 'bottom'],
    [key('Home', { alt: true }), 'top'],
    [key('End', { alt: true }), 'bottom'],
  ])('%o moves %s', (event, kind) => {
    expect(moveForKey(event)?.kind).toBe(kind);
  });

  it('leaves plain arrows and Ctrl+Alt alone', () => {
    expect(moveForKey(key('ArrowUp'))).toBeNull();
    expect(moveForKey(key('ArrowUp', { alt: true, ctrl: true }))).toBeNull();
    expect(moveForKey(key('x', { alt: true }))).toBeNull();
  });
});

describe('describing a move', () => {
  it('names the item and its new position over the whole backlog', () => {
    const { items } = backlogWorkshop([{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
    const result = planMove(items, 'item-3', { kind: 'top' }, ['item-1', 'item-2', 'item-3']);
    expect(describeMove(items, result, 'item-3')).toBe("Moved 'C' to position 1 of 3");
  });

  it('counts a position among the shown items only', () => {
    const { items } = backlogWorkshop([
      { title: 'A' },
      { title: 'B' },
      { title: 'C' },
      { title: 'D' },
    ]);
    const result = planMove(items, 'item-4', { kind: 'position', position: 2 }, [
      'item-1',
      'item-3',
      'item-4',
    ]);
    expect(describeMove(items, result, 'item-4')).toBe("Moved 'D' to position 3 of 4");
  });
});
