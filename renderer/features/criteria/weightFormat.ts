/**
 * Weights as people read and type them. Redistribution leaves fractions (16.666…%); the room
 * reads one decimal at most, and whole numbers without one ("20%", "16.7%").
 */

export function formatWeight(weight: number): string {
  const rounded = Math.round(weight * 10) / 10;
  // -0 and 1e-12 residues read as 0.
  return `${Object.is(rounded, -0) ? 0 : rounded}%`;
}

/** Points out of 100, one decimal: "52.5". */
export function formatPoints(points: number): string {
  return (Math.round(points * 10) / 10).toFixed(1);
}

export type WeightInput = { ok: true; weight: number } | { ok: false; message: string };

/**
 * Parses a typed weight: a number, optionally followed by "%", within what the other criteria
 * can give up (`max` = 100 minus the locked weights).
 */
export function parseWeightInput(text: string, max: number): WeightInput {
  const trimmed = text.trim().replace(/\s*%$/, '').replace(',', '.');
  const value = /^(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  const range = `Type a weight from 0 to ${formatWeight(max)}`;
  if (!Number.isFinite(value)) return { ok: false, message: `${range}.` };
  if (value > max + 1e-9) {
    const locked = 100 - max;
    return {
      ok: false,
      message: locked > 0 ? `${range}: ${formatWeight(locked)} is locked elsewhere.` : `${range}.`,
    };
  }
  return { ok: true, weight: value };
}

/** What a keyboard key does to a slider's value, or null when the key is not a slider key. */
export function keyedWeight(
  key: string,
  current: number,
  room: { min: number; max: number },
): number | null {
  // Whole points per arrow press, from the nearest whole point, so 16.7 ↑ gives 17.
  const step = (delta: number) => {
    const base = delta > 0 ? Math.floor(current + 1e-9) : Math.ceil(current - 1e-9);
    return Math.min(room.max, Math.max(room.min, base + delta));
  };
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return step(1);
    case 'ArrowDown':
    case 'ArrowLeft':
      return step(-1);
    case 'PageUp':
      return step(10);
    case 'PageDown':
      return step(-10);
    case 'Home':
      return room.min;
    case 'End':
      return room.max;
    default:
      return null;
  }
}

/** Ctrl/⌘+Z → undo; Ctrl/⌘+Shift+Z and Ctrl/⌘+Y → redo; anything else → null. */
export function historyKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}
