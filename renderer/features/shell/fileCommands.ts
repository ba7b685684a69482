import type { OpenResult } from '../../../shared/ipc/contract';
import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import { emptySession, isDirty } from '../../state/uiStore';
import { askOpenFile, askUnsaved, showError } from '../file-dialogs/ask';
import { discardSessionDraft } from '../recovery/sessionDraft';
import { withBusy } from './busy';
import { refreshRecentInBackground, replaceDocument, showNew, showOpened } from './documentSession';
import { save } from './saveCommands';

/**
 * Before the open document is replaced or closed: if it has unsaved changes, ask Save / Don't
 * save / Cancel. True when the caller may go ahead. "Don't save" keeps the recovery draft until
 * the document is actually replaced, so cancelling a later step loses nothing.
 */
export async function settleUnsavedChanges(
  services: AppServices,
  reason: string,
): Promise<boolean> {
  const { documents, ui } = services;
  const doc = documents.getState().doc;
  const { session } = ui.getState();
  if (!isDirty(doc, session) || !doc) return true;
  const name = session.file?.name ?? doc.meta.title;
  const choice = await askUnsaved(ui, name, reason);
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return save(services);
}

async function showOpenResult(services: AppServices, result: OpenResult): Promise<void> {
  if (result.status === 'opened') await showOpened(services, result);
  else if (result.status === 'failed') {
    // The open document stays as it was: a damaged file never replaces work.
    await showError(services.ui, 'Could not open the file', result.message, result.fieldPath);
  }
}

/** True when the file is now the open document. */
async function openWith(services: AppServices, open: () => Promise<OpenResult>): Promise<boolean> {
  let result: OpenResult;
  try {
    result = await withBusy(services.ui, 'Opening…', open);
  } catch (error) {
    await showError(services.ui, 'Could not open the file', describeFailure(error));
    return false;
  }
  await showOpenResult(services, result);
  return result.status === 'opened';
}

export async function newWorkshop(services: AppServices): Promise<void> {
  if (!(await settleUnsavedChanges(services, 'before starting a new workshop'))) return;
  try {
    const { doc } = await services.api.workshop.new({});
    await showNew(services, doc);
  } catch (error) {
    await showError(services.ui, 'Could not create a workshop', describeFailure(error));
  }
}

export async function openWorkshop(services: AppServices): Promise<void> {
  if (!(await settleUnsavedChanges(services, 'before opening another file'))) return;
  if (services.ui.getState().host?.dialogs === 'in-app') {
    const fileId = await askOpenFile(services.ui);
    if (!fileId) return;
    await openWith(services, () => services.api.workshop.open({ fileId }));
  } else {
    await openWith(services, () => services.api.workshop.open({}));
  }
}

export async function openRecent(services: AppServices, fileId: string): Promise<void> {
  if (!(await settleUnsavedChanges(services, 'before opening another file'))) return;
  const opened = await openWith(services, () => services.api.workshop.openRecent({ fileId }));
  // A recent file that has gone missing is no longer offered by the host (an opened one
  // refreshes the list itself).
  if (!opened) refreshRecentInBackground(services);
}

export async function closeWorkshop(services: AppServices): Promise<void> {
  if (!services.documents.getState().doc) return;
  if (!(await settleUnsavedChanges(services, 'before closing it'))) return;
  await replaceDocument(services, null, emptySession);
}

/** The host asked to close the window (Electron); ask about unsaved changes, then close. */
export async function closeWindow(services: AppServices): Promise<void> {
  if (!(await settleUnsavedChanges(services, 'before closing the window'))) return;
  await discardSessionDraft(services);
  try {
    await services.api.window.close({});
  } catch (error) {
    await showError(services.ui, 'Could not close the window', describeFailure(error));
  }
}
