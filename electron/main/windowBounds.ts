import type { WindowBounds } from '../services/types';
import { MIN_WINDOW_SIZE } from './windowOptions';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `screen.getAllDisplays()` tells us, reduced to what placement needs. */
export interface DisplayArea {
  workArea: Rect;
}

export interface RestoredBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
/** How much of the title bar must be on a display for the saved position to be usable. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

/**
 * Puts the window back where it was, unless that place is no longer on any display (a
 * projector unplugged since the last workshop): then it keeps the size and lets the OS centre
 * it. The size never exceeds the largest display's work area.
 */
export function restoreBounds(
  saved: WindowBounds | null,
  displays: readonly DisplayArea[],
): RestoredBounds {
  const largest = largestWorkArea(displays);
  const fit = (value: number, min: number, max: number) =>
    Math.round(Math.max(Math.min(value, max), Math.min(min, max)));
  const wanted = saved ?? { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const width = fit(
    validSize(wanted.width, DEFAULT_WINDOW_SIZE.width),
    MIN_WINDOW_SIZE.width,
    largest.width,
  );
  const height = fit(
    validSize(wanted.height, DEFAULT_WINDOW_SIZE.height),
    MIN_WINDOW_SIZE.height,
    largest.height,
  );
  const maximized = saved?.maximized === true;

  if (saved === null || !Number.isFinite(saved.x) || !Number.isFinite(saved.y)) {
    return { width, height, maximized };
  }
  const x = Math.round(saved.x ?? 0);
  const y = Math.round(saved.y ?? 0);
  const titleBar: Rect = { x, y, width, height: MIN_VISIBLE.height };
  const onScreen = displays.some((display) => {
    const overlap = intersection(titleBar, display.workArea);
    return (
      overlap.width >= Math.min(MIN_VISIBLE.width, width) && overlap.height >= MIN_VISIBLE.height
    );
  });
  return onScreen ? { x, y, width, height, maximized } : { width, height, maximized };
}

/** What to persist when the window closes: the normal (unmaximised) bounds and the state. */
export function captureBounds(normalBounds: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}

function validSize(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function largestWorkArea(displays: readonly DisplayArea[]): { width: number; height: number } {
  if (displays.length === 0) return DEFAULT_WINDOW_SIZE;
  return displays.reduce(
    (best, d) => ({
      width: Math.max(best.width, d.workArea.width),
      height: Math.max(best.height, d.workArea.height),
    }),
    { width: 0, height: 0 },
  );
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}
