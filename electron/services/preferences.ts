import { z } from 'zod';
import { PageSizeSchema, ThemeSchema } from '../../shared/ipc/contract';
import type { StoredPreferences } from './types';

/**
 * What both hosts persist between runs (electron-store in Electron, a JSON file in the browser
 * host). Parsed, never cast (STYLE §3): the file may be damaged, hand-edited or from another
 * version. Unknown keys are dropped, so a newer app's extra settings do not break this one.
 */
export const MAX_RECENT_FILES = 10;

const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
  maximized: z.boolean(),
});

export const StoredPreferencesSchema = z.object({
  theme: ThemeSchema.default('system'),
  pdfPageSize: PageSizeSchema.default('A4'),
  recentFiles: z
    .array(z.object({ path: z.string().min(1).max(4096), openedAt: z.string().max(64) }))
    .max(100)
    .default([])
    .transform((files) => files.slice(0, MAX_RECENT_FILES)),
  windowBounds: WindowBoundsSchema.nullable().default(null),
});

export function defaultPreferences(): StoredPreferences {
  return { theme: 'system', pdfPageSize: 'A4', recentFiles: [], windowBounds: null };
}

/** The sentence shown once after a damaged preferences file was replaced by defaults. */
export function damagedPreferencesNotice(keptAs: string | null): string {
  return keptAs
    ? `Your preferences file was damaged, so Tradeoff started with default settings; the old file was kept as ${keptAs}.`
    : 'Your preferences file was damaged, so Tradeoff started with default settings.';
}

/** Adds a path to the front of the recent list: no duplicates, at most MAX_RECENT_FILES. */
export function withRecentFile(
  prefs: StoredPreferences,
  filePath: string,
  openedAt: Date,
): StoredPreferences {
  const rest = prefs.recentFiles.filter((entry) => entry.path !== filePath);
  return {
    ...prefs,
    recentFiles: [{ path: filePath, openedAt: openedAt.toISOString() }, ...rest].slice(
      0,
      MAX_RECENT_FILES,
    ),
  };
}

/** Where a damaged preferences file is kept, beside it, so nothing the user had is deleted. */
export function damagedCopyPath(filePath: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${filePath}.corrupt-${stamp}`;
}
