import { describe, expect, it } from 'vitest';
import { captureBounds, DEFAULT_WINDOW_SIZE, restoreBounds } from './windowBounds';

const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const projectorOnTheRight = { workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

describe('restoreBounds', () => {
  it('uses the default size, centred by the OS, on first start', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('puts the window back where it was when that place is visible', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual(saved);
  });

  it('keeps a position on a second display while that display is connected', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(restoreBounds(saved, [laptop, projectorOnTheRight])).toEqual(saved);
  });

  it('drops the position when the display it was on is gone', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 800, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({ width: 1400, height: 800, maximized: false });
  });

  it('drops the position when the title bar would be above the screen', () => {
    const saved = { x: 100, y: -500, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than the largest display', () => {
    const saved = { x: 0, y: 0, width: 4000, height: 3000, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
      maximized: false,
    });
  });

  it('grows a window below the minimum size and ignores nonsense sizes', () => {
    expect(restoreBounds({ width: 10, height: 10, maximized: false }, [laptop])).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
    expect(restoreBounds({ width: Number.NaN, height: -5, maximized: false }, [laptop])).toEqual({
      width: 1280,
      height: 820,
      maximized: false,
    });
  });

  it('keeps the maximised state', () => {
    const saved = { x: 0, y: 0, width: 1200, height: 800, maximized: true };
    expect(restoreBounds(saved, [laptop]).maximized).toBe(true);
  });

  it('copes with no display information at all', () => {
    const saved = { x: 0, y: 0, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [])).toEqual({ width: 1200, height: 800, maximized: false });
  });
});

describe('captureBounds', () => {
  it('rounds the normal bounds and records the maximised state', () => {
    expect(captureBounds({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 701,
      maximized: true,
    });
  });
});
