import { describe, expect, it } from 'vitest';
import { renderedRows, visibleRows } from './rowWindow';

describe('matrix row virtualization', () => {
  it('renders the rows in view plus a margin', () => {
    expect(visibleRows(0, 440, 44, 2000, 6)).toEqual({ start: 0, end: 16 });
    expect(visibleRows(4400, 440, 44, 2000, 6)).toEqual({ start: 94, end: 116 });
    expect(visibleRows(87_800, 440, 44, 2000, 6)).toEqual({ start: 1989, end: 2000 });
  });

  it('handles an empty list and odd sizes', () => {
    expect(visibleRows(0, 440, 44, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(-50, 440, 44, 3, 6)).toEqual({ start: 0, end: 3 });
    expect(visibleRows(0, 440, 0, 10)).toEqual({ start: 0, end: 0 });
  });

  it('always renders the row holding the cursor', () => {
    expect(renderedRows({ start: 10, end: 13 }, 11, 100)).toEqual([10, 11, 12]);
    expect(renderedRows({ start: 10, end: 13 }, 2, 100)).toEqual([2, 10, 11, 12]);
    expect(renderedRows({ start: 10, end: 13 }, 99, 100)).toEqual([10, 11, 12, 99]);
    expect(renderedRows({ start: 0, end: 2 }, 5, 3)).toEqual([0, 1]);
  });
});
