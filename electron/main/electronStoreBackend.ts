import path from 'node:path';
import type { IpcMain } from 'electron';
import Store from 'electron-store';
import { PRIVATE_FILE_MODE } from '../services/privateFiles';
import type { PreferencesBackend } from './preferences';

export const PREFERENCES_NAME = 'preferences';

/** `<userData>/preferences.json`, the file electron-store keeps for us. */
export function preferencesFilePath(userDataDir: string): string {
  return path.join(userDataDir, `${PREFERENCES_NAME}.json`);
}

/**
 * electron-store over `<userData>/preferences.json`. It parses the file when constructed and
 * throws on damage (`clearInvalidConfig: false`): deciding what happens then is
 * `openPreferences`'s job, which keeps the damaged file instead of silently emptying it.
 */
export function openElectronStoreBackend(
  userDataDir: string,
  ipcMain: IpcMain,
): PreferencesBackend {
  const store = new Store<Record<string, unknown>>({
    cwd: userDataDir,
    name: PREFERENCES_NAME,
    clearInvalidConfig: false,
    // The recent list names the user's files: readable by the user alone.
    configFileMode: PRIVATE_FILE_MODE,
  });
  // electron-store answers a synchronous IPC message for stores created in a renderer. We
  // create none, and main answers only contract channels, so that listener goes.
  ipcMain.removeAllListeners('electron-store-get-data');
  return {
    read: () => store.store,
    write: (value) => {
      store.store = { ...value };
    },
  };
}
