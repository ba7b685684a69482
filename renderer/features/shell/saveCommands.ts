import type { Response } from '../../../shared/ipc/contract';
import type { Workshop } from '../../../shared/workshop/schema';
import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import type { SaveTarget } from '../../state/dialogs';
import { askConfirm, askConflict, askSaveFile, showError } from '../file-dialogs/ask';
import { showSaved } from './documentSession';
import { suggestFileName } from './fileName';
import { withBusy } from './busy';

type SaveAsResult = Response<'workshop:saveAs'>;

/**
 * A file from a newer Tradeoff is never saved over. A copy is allowed once the user has read
 * what it leaves out: this version can only write what it understands.
 */
async function confirmCopyOfNewerFile({ ui }: AppServices): Promise<boolean> {
  const { readOnly, file } = ui.getState().session;
  if (!readOnly) return true;
  return askConfirm(
    ui,
    'Save a copy with this version?',
    `${file?.name ?? 'This file'} was written by a newer version of Tradeoff. The copy keeps what this version understands; anything newer in the file is left out of the copy. The original file stays as it is.`,
    'Save a copy…',
  );
}

/**
 * Saves to the open file; Save As when there is none, or when it is from a newer Tradeoff.
 * True when the document is on disk.
 */
export async function save(services: AppServices): Promise<boolean> {
  const { api, ui } = services;
  const doc = services.documents.getState().doc;
  if (!doc) return false;
  const { file, revision, readOnly } = ui.getState().session;
  if (!file || revision === null || readOnly) return saveAs(services);

  let force = false;
  for (;;) {
    let result: Response<'workshop:save'>;
    try {
      result = await withBusy(ui, 'Saving…', () =>
        api.workshop.save({
          fileId: file.id,
          doc,
          expectedRevision: revision,
          ...(force ? { force: true } : {}),
        }),
      );
    } catch (error) {
      await showError(ui, 'Could not save', describeFailure(error));
      return false;
    }
    switch (result.status) {
      case 'saved':
        await showSaved(services, doc, result.file, result.revision);
        return true;
      case 'failed':
        await showError(ui, 'Could not save', result.message);
        return false;
      case 'cancelled':
        return false;
      case 'conflict': {
        const choice = await askConflict(ui, result.message);
        if (choice === 'cancel') return false;
        if (choice === 'saveAs') return saveAs(services);
        force = true;
      }
    }
  }
}

/** Asks where to save (in-app dialog or the host's own) and saves there. */
export async function saveAs(services: AppServices): Promise<boolean> {
  const { api, ui } = services;
  const doc = services.documents.getState().doc;
  if (!doc) return false;
  if (!(await confirmCopyOfNewerFile(services))) return false;
  const { session, host } = ui.getState();
  const suggestedName = session.file?.name ?? session.draftOf ?? suggestFileName(doc.meta.title);

  let result: SaveAsResult | null;
  try {
    result =
      host?.dialogs === 'in-app'
        ? await saveAsInApp(services, doc, suggestedName)
        : await withBusy(ui, 'Saving…', () => api.workshop.saveAs({ doc, suggestedName }));
  } catch (error) {
    await showError(ui, 'Could not save', describeFailure(error));
    return false;
  }
  if (!result) return false;
  switch (result.status) {
    case 'saved':
      await showSaved(services, doc, result.file, result.revision);
      return true;
    case 'cancelled':
      return false;
    case 'failed':
    case 'conflict':
    case 'exists':
      await showError(ui, 'Could not save', result.message);
      return false;
  }
}

/**
 * The browser host's save: pick a folder and a name in the app, confirm before replacing a file
 * of that name, and go back to the dialog when the user does not want to replace it.
 */
async function saveAsInApp(
  services: AppServices,
  doc: Workshop,
  suggestedName: string,
): Promise<SaveAsResult | null> {
  const { api, ui } = services;
  let name = suggestedName;
  for (;;) {
    const target: SaveTarget | null = await askSaveFile(ui, name);
    if (!target) return null;
    name = target.fileName;
    const result = await withBusy(ui, 'Saving…', () => api.workshop.saveAs({ doc, target }));
    if (result.status !== 'exists') return result;
    const replace = await askConfirm(
      ui,
      `Replace “${target.fileName}”?`,
      `${result.message} Replacing it overwrites its contents with this workshop.`,
      'Replace',
    );
    if (replace) {
      return withBusy(ui, 'Saving…', () => api.workshop.saveAs({ doc, target, overwrite: true }));
    }
  }
}
