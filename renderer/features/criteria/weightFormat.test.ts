import { describe, expect, it } from 'vitest';
import {
  formatPoints,
  formatWeight,
  historyKey,
  keyedWeight,
  parseWeightInput,
} from './weightFormat';

describe('weights as people read and type them', () => {
  it.each([
    [20, '20%'],
    [100 / 3, '33.3%'],
    [16.66, '16.7%'],
    [1e-12, '0%'],
    [-1e-12, '0%'],
  ])('formats %s as %s', (weight, text) => {
    expect(formatWeight(weight)).toBe(text);
  });

  it('formats points with one decimal', () => {
    expect(formatPoints(55)).toBe('55.0');
    expect(formatPoints(62.54)).toBe('62.5');
  });

  it.each([
    ['34', 100, { ok: true, weight: 34 }],
    [' 12.5 % ', 100, { ok: true, weight: 12.5 }],
    ['12,5', 100, { ok: true, weight: 12.5 }],
    ['0', 100, { ok: true, weight: 0 }],
    ['80', 80, { ok: true, weight: 80 }],
    ['81', 80, { ok: false, message: 'Type a weight from 0 to 80%: 20% is locked elsewhere.' }],
    ['101', 100, { ok: false, message: 'Type a weight from 0 to 100%.' }],
    ['-5', 100, { ok: false, message: 'Type a weight from 0 to 100%.' }],
    ['lots', 100, { ok: false, message: 'Type a weight from 0 to 100%.' }],
    ['', 100, { ok: false, message: 'Type a weight from 0 to 100%.' }],
  ])('parses “%s” (max %s)', (text, max, expected) => {
    expect(parseWeightInput(text, max)).toEqual(expected);
  });

  it.each([
    ['ArrowUp', 16.7, 17],
    ['ArrowRight', 17, 18],
    ['ArrowDown', 16.7, 16],
    ['ArrowLeft', 17, 16],
    ['PageUp', 16.7, 26],
    ['PageDown', 5, 0],
    ['Home', 40, 0],
    ['End', 40, 80],
    ['ArrowUp', 80, 80],
  ])('%s from %s gives %s (room 0–80)', (key, current, expected) => {
    expect(keyedWeight(key, current, { min: 0, max: 80 })).toBe(expected);
  });

  it('ignores keys that are not slider keys', () => {
    expect(keyedWeight('a', 10, { min: 0, max: 100 })).toBeNull();
  });

  it('maps Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y to undo and redo', () => {
    const key = (
      k: string,
      extra: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
    ) =>
      historyKey({
        key: k,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        shiftKey: false,
        ...extra,
      });
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
  });
});
