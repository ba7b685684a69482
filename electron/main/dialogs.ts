import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { FileDialogs, FileKind } from '../services/types';

export const WORKSHOP_FILTERS = [{ name: 'Tradeoff workshop', extensions: ['tradeoff'] }];

/** Title, filter and extension of each kind of file a dialog is asked for. */
const KINDS: Record<FileKind, { noun: string; filters: { name: string; extensions: string[] }[] }> =
  {
    workshop: { noun: 'Workshop', filters: WORKSHOP_FILTERS },
    csv: { noun: 'CSV', filters: [{ name: 'CSV or TSV', extensions: ['csv', 'tsv', 'txt'] }] },
    svg: { noun: 'SVG', filters: [{ name: 'SVG image', extensions: ['svg'] }] },
    png: { noun: 'PNG', filters: [{ name: 'PNG image', extensions: ['png'] }] },
    pdf: { noun: 'PDF', filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
  };

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

    async showOpen(defaultDir, kind = 'workshop') {
      const result = await deps.showOpenDialog({
        title: kind === 'workshop' ? 'Open Workshop' : `Import ${KINDS[kind].noun}`,
        defaultPath: defaultDir,
        properties: ['openFile'],
        filters: KINDS[kind].filters,
      });
      const chosen = result.filePaths[0];
      return result.canceled || chosen === undefined ? null : chosen;
    },

    async showSave(defaultPath, kind = 'workshop') {
      const extension = `.${KINDS[kind].filters[0]!.extensions[0]!}`;
      let suggestion = defaultPath;
      for (;;) {
        const result = await deps.showSaveDialog({
          title: kind === 'workshop' ? 'Save Workshop' : `Export ${KINDS[kind].noun}`,
          defaultPath: suggestion,
          filters: KINDS[kind].filters,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (result.canceled || !result.filePath) return null;
        if (result.filePath.toLowerCase().endsWith(extension)) return result.filePath;
        // Some dialogs (GTK) leave the extension off. Adding it names a file the dialog never
        // asked about, so if that one exists the user is shown the full name and asked again.
        const withExtension = result.filePath + extension;
        if (!(await deps.exists(withExtension))) return withExtension;
        suggestion = withExtension;
      }
    },
  };
}
