import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { errnoCode } from './atomicWrite';
import { PRIVATE_FILE_MODE } from './privateFiles';
import {
  damagedCopyPath,
  damagedPreferencesNotice,
  defaultPreferences,
  StoredPreferencesSchema,
} from './preferences';
import type { PreferencesStore, StoredPreferences } from './types';

/**
 * The browser host's preferences: one JSON file in its user-data folder (Electron uses
 * electron-store). A damaged or foreign file is moved aside as
 * `preferences.json.corrupt-<timestamp>`, defaults are used, and `takeNotice()` tells the user
 * once — the app always starts. Writes are atomic, applied in the order they were made, and
 * readable by the user alone (the recent list names their files).
 */
export interface JsonPreferencesOptions {
  now?: () => Date;
}

export function openJsonPreferencesStore(
  filePath: string,
  options: JsonPreferencesOptions = {},
): PreferencesStore {
  const now = options.now ?? (() => new Date());
  let notice: string | null = null;
  let current: StoredPreferences = defaultPreferences();

  const loaded = readPreferences(filePath);
  if (loaded.kind === 'ok') {
    current = loaded.prefs;
  } else if (loaded.kind === 'damaged') {
    notice = damagedPreferencesNotice(moveAside(filePath, now()));
  }

  let queue: Promise<void> = Promise.resolve();

  return {
    read: () => structuredClone(current),
    write(next) {
      const checked = StoredPreferencesSchema.safeParse(next);
      if (!checked.success) {
        return Promise.reject(
          new Error('Refused to store preferences that do not match the schema.'),
        );
      }
      const parsed = checked.data;
      current = parsed;
      const text = `${JSON.stringify(parsed, null, 2)}\n`;
      const run = queue.then(() =>
        writeFileAtomic(filePath, text, {}, { mode: PRIVATE_FILE_MODE }),
      );
      queue = run.catch(() => undefined);
      return run;
    },
    takeNotice() {
      const once = notice;
      notice = null;
      return once;
    },
  };
}

type Loaded = { kind: 'ok'; prefs: StoredPreferences } | { kind: 'missing' } | { kind: 'damaged' };

function readPreferences(filePath: string): Loaded {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'damaged' };
  }
  try {
    const parsed = StoredPreferencesSchema.safeParse(JSON.parse(text));
    return parsed.success ? { kind: 'ok', prefs: parsed.data } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

/** Returns the name the damaged file was kept under, or null when it could not be moved. */
function moveAside(filePath: string, at: Date): string | null {
  const aside = damagedCopyPath(filePath, at);
  try {
    renameSync(filePath, aside);
    return path.basename(aside);
  } catch {
    return null;
  }
}
