import type { ExportResult, Request } from '../../../shared/ipc/contract';
import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import { askConfirm, askOpenFile, askSaveFile, showError } from '../file-dialogs/ask';
import { withBusy } from '../shell/busy';
import { base64ToBytes, bytesToBase64 } from '../../ui/base64';

/**
 * Files that enter or leave a workshop without being one (CSV in; CSV, SVG, PNG, PDF out),
 * through the host's dialogs: native ones in Electron, the in-app folder browser in the
 * browser host. Every feature imports and exports through these, so the rules stay one.
 */

export type ExportFormat = Request<'export:save'>['format'];

export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
}

/** Asks for a CSV file and reads it; null when the user cancelled or it could not be read. */
export async function pickImportFile(services: AppServices): Promise<ImportedFile | null> {
  const { api, ui } = services;
  const inApp = ui.getState().host?.dialogs === 'in-app';
  let fileId: string | undefined;
  if (inApp) {
    const chosen = await askOpenFile(ui, { accept: 'csv', title: 'Import a CSV file' });
    if (chosen === null) return null;
    fileId = chosen;
  }
  try {
    const result = await withBusy(ui, 'Reading the file…', () =>
      api.import.readFile(fileId === undefined ? { kind: 'csv' } : { kind: 'csv', fileId }),
    );
    if (result.status === 'cancelled') return null;
    if (result.status === 'failed') {
      await showError(ui, 'Could not import', result.message);
      return null;
    }
    return { name: result.name, bytes: base64ToBytes(result.base64) };
  } catch (error) {
    await showError(ui, 'Could not import', describeFailure(error));
    return null;
  }
}

interface Destination {
  suggestedName: string;
  target?: { folderId: string; fileName: string };
  overwrite?: boolean;
}

/**
 * Asks where to save (in-app dialog or the host's own), confirms before replacing a file,
 * runs `write`, and tells the user where the file went. Returns true when it was saved.
 */
export async function saveWithDialog(
  services: AppServices,
  options: { suggestedName: string; extension: string; title: string; busyLabel: string },
  write: (
    destination: Destination,
  ) => Promise<ExportResult | { status: 'unavailable'; message: string }>,
): Promise<boolean> {
  const { ui } = services;
  const inApp = ui.getState().host?.dialogs === 'in-app';
  let destination: Destination = { suggestedName: options.suggestedName };
  if (inApp) {
    const target = await askSaveFile(ui, options.suggestedName, {
      extension: options.extension,
      title: options.title,
    });
    if (target === null) return false;
    destination = { ...destination, target };
  }
  try {
    for (;;) {
      const result = await withBusy(ui, options.busyLabel, () => write(destination));
      switch (result.status) {
        case 'saved':
          ui.getState().notify('info', `Saved “${result.name}” in ${result.displayPath}.`);
          return true;
        case 'cancelled':
          return false;
        case 'exists': {
          const replace = await askConfirm(ui, 'Replace the file?', result.message, 'Replace');
          if (!replace) return false;
          destination = { ...destination, overwrite: true };
          continue;
        }
        case 'failed':
        case 'unavailable':
          await showError(ui, 'Could not export', result.message);
          return false;
      }
    }
  } catch (error) {
    await showError(ui, 'Could not export', describeFailure(error));
    return false;
  }
}

/** Saves text (CSV, SVG) or bytes (PNG) the renderer produced. */
export function saveExportFile(
  services: AppServices,
  file: { format: ExportFormat; suggestedName: string; content: string | Uint8Array },
): Promise<boolean> {
  const extension = `.${file.format}`;
  const payload =
    typeof file.content === 'string'
      ? { content: file.content, encoding: 'utf8' as const }
      : { content: bytesToBase64(file.content), encoding: 'base64' as const };
  return saveWithDialog(
    services,
    {
      suggestedName: file.suggestedName,
      extension,
      title: `Export ${file.format.toUpperCase()}`,
      busyLabel: 'Exporting…',
    },
    (destination) => services.api.export.save({ format: file.format, ...payload, ...destination }),
  );
}
