import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { FileDialogs } from '../services/types';

export const WORKSHOP_EXTENSION = '.tradeoff';
export const WORKSHOP_FILTERS = [{ name: 'Tradeoff workshop', extensions: ['tradeoff'] }];

export interface NativeDialogDeps {
  /** `dialog.showOpenDialog` bound to the app window (modal to it). */
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  exists(filePath: string): Promise<boolean>;
}

/**
 * The OS file dialogs behind the services' `FileDialogs` (kind `native`): the services get an
 * absolute path the user chose, or null when they cancelled.
 */
export function createNativeDialogs(deps: NativeDialogDeps): FileDialogs {
  return {
    kind: 'native',

    async showOpen(defaultDir) {
      const result = await deps.showOpenDialog({
        title: 'Open Workshop',
        defaultPath: defaultDir,
        properties: ['openFile'],
        filters: WORKSHOP_FILTERS,
      });
      const chosen = result.filePaths[0];
      return result.canceled || chosen === undefined ? null : chosen;
    },

    async showSave(defaultPath) {
      let suggestion = defaultPath;
      for (;;) {
        const result = await deps.showSaveDialog({
          title: 'Save Workshop',
          defaultPath: suggestion,
          filters: WORKSHOP_FILTERS,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (result.canceled || !result.filePath) return null;
        if (result.filePath.toLowerCase().endsWith(WORKSHOP_EXTENSION)) return result.filePath;
        // Some dialogs (GTK) leave the extension off. Adding it names a file the dialog never
        // asked about, so if that one exists the user is shown the full name and asked again.
        const withExtension = result.filePath + WORKSHOP_EXTENSION;
        if (!(await deps.exists(withExtension))) return withExtension;
        suggestion = withExtension;
      }
    },
  };
}
