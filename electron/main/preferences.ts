import path from 'node:path';
import {
  damagedPreferencesNotice,
  defaultPreferences,
  StoredPreferencesSchema,
} from '../services/preferences';
import type { PreferencesStore, StoredPreferences } from '../services/types';
import { damagedCopyPath } from '../services/preferences';

/**
 * Electron's preferences live in electron-store (issue 2); what a readable file is comes from
 * the services' `StoredPreferencesSchema`, shared with the browser host. A file that is not
 * JSON or holds values that schema refuses is moved aside (kept, never deleted), the defaults
 * are used, and the user is told once — the app always starts.
 */

/** What electron-store gives us: the whole stored object, read and replaced at once. */
export interface PreferencesBackend {
  read(): unknown;
  write(value: StoredPreferences): void;
}

export interface OpenPreferencesDeps {
  /** The file the backend keeps, e.g. `<userData>/preferences.json`. */
  filePath: string;
  /** Opens the backend over `filePath`; throws when the file cannot be parsed. */
  openBackend: () => PreferencesBackend;
  moveAside: (from: string, to: string) => void;
  now?: () => Date;
}

export function openPreferences(deps: OpenPreferencesDeps): PreferencesStore {
  const now = deps.now ?? (() => new Date());
  let notice: string | null = null;
  let backend: PreferencesBackend;
  let current: StoredPreferences;

  try {
    backend = deps.openBackend();
    current = StoredPreferencesSchema.parse(backend.read());
  } catch {
    current = defaultPreferences();
    ({ backend, notice } = recover(deps, now()));
  }

  return {
    read: () => structuredClone(current),
    write: async (next) => {
      const parsed = StoredPreferencesSchema.parse(next);
      backend.write(parsed);
      current = parsed;
    },
    takeNotice: () => {
      const taken = notice;
      notice = null;
      return taken;
    },
  };
}

/** Moves the damaged file aside and starts a fresh one holding the defaults. */
function recover(
  deps: OpenPreferencesDeps,
  at: Date,
): { backend: PreferencesBackend; notice: string } {
  const aside = damagedCopyPath(deps.filePath, at);
  let keptAs: string | null = null;
  try {
    deps.moveAside(deps.filePath, aside);
    keptAs = path.basename(aside);
    const backend = deps.openBackend();
    backend.write(defaultPreferences());
    return { backend, notice: damagedPreferencesNotice(keptAs) };
  } catch {
    // A read-only folder, a full disk…: run on defaults kept in memory rather than refuse to
    // start; the next start tries again.
    return { backend: memoryBackend(), notice: damagedPreferencesNotice(keptAs) };
  }
}

function memoryBackend(): PreferencesBackend {
  let value: unknown = {};
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
  };
}

/**
 * Lets main follow what the services write (the recent list feeds the Open Recent menu, the
 * theme the native dialogs) without the services knowing about menus.
 */
export function observePreferences(
  store: PreferencesStore,
  onWritten: (next: StoredPreferences, previous: StoredPreferences) => void,
): PreferencesStore {
  return {
    read: () => store.read(),
    takeNotice: () => store.takeNotice(),
    write: async (next) => {
      const previous = store.read();
      await store.write(next);
      onWritten(store.read(), previous);
    },
  };
}
