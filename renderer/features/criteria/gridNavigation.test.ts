import { describe, expect, it } from 'vitest';
import { nextCell, type NavigationKey } from './gridNavigation';

const size = { rows: 4, cols: 3, page: 2 };

describe('spreadsheet navigation in the scoring matrix', () => {
  it.each<[string, { row: number; col: number }, NavigationKey, ReturnType<typeof nextCell>]>([
    ['arrow right', { row: 1, col: 1 }, { key: 'ArrowRight' }, { row: 1, col: 2 }],
    [
      'arrow right at the edge stays',
      { row: 1, col: 2 },
      { key: 'ArrowRight' },
      { row: 1, col: 2 },
    ],
    ['arrow left at the edge stays', { row: 1, col: 0 }, { key: 'ArrowLeft' }, { row: 1, col: 0 }],
    ['arrow up at the top stays', { row: 0, col: 1 }, { key: 'ArrowUp' }, { row: 0, col: 1 }],
    ['arrow down', { row: 0, col: 1 }, { key: 'ArrowDown' }, { row: 1, col: 1 }],
    ['Enter goes down', { row: 1, col: 1 }, { key: 'Enter' }, { row: 2, col: 1 }],
    [
      'Shift+Enter goes up',
      { row: 1, col: 1 },
      { key: 'Enter', shiftKey: true },
      { row: 0, col: 1 },
    ],
    ['Enter on the last row stays', { row: 3, col: 1 }, { key: 'Enter' }, { row: 3, col: 1 }],
    ['Tab goes right', { row: 1, col: 0 }, { key: 'Tab' }, { row: 1, col: 1 }],
    ['Tab wraps to the next row', { row: 1, col: 2 }, { key: 'Tab' }, { row: 2, col: 0 }],
    ['Tab past the last cell leaves', { row: 3, col: 2 }, { key: 'Tab' }, 'leave'],
    [
      'Shift+Tab wraps back',
      { row: 2, col: 0 },
      { key: 'Tab', shiftKey: true },
      { row: 1, col: 2 },
    ],
    [
      'Shift+Tab before the first cell leaves',
      { row: 0, col: 0 },
      { key: 'Tab', shiftKey: true },
      'leave',
    ],
    ['Home', { row: 2, col: 2 }, { key: 'Home' }, { row: 2, col: 0 }],
    ['End', { row: 2, col: 0 }, { key: 'End' }, { row: 2, col: 2 }],
    ['Ctrl+Home', { row: 2, col: 2 }, { key: 'Home', ctrlKey: true }, { row: 0, col: 0 }],
    ['⌘+End', { row: 0, col: 0 }, { key: 'End', metaKey: true }, { row: 3, col: 2 }],
    ['Page Down', { row: 0, col: 1 }, { key: 'PageDown' }, { row: 2, col: 1 }],
    ['Page Down near the end', { row: 3, col: 1 }, { key: 'PageDown' }, { row: 3, col: 1 }],
    ['Page Up', { row: 3, col: 1 }, { key: 'PageUp' }, { row: 1, col: 1 }],
    ['a letter does not navigate', { row: 0, col: 0 }, { key: 'a' }, null],
  ])('%s', (_name, at, key, expected) => {
    expect(nextCell(at, key, size)).toEqual(expected);
  });
});
