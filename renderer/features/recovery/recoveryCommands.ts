import type { Draft } from '../../../shared/ipc/contract';
import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import { showError } from '../file-dialogs/ask';
import { replaceDocument } from '../shell/documentSession';
import { settleUnsavedChanges } from '../shell/fileCommands';
import { emptySession } from '../../state/uiStore';

export async function loadDrafts({ api, ui }: AppServices): Promise<Draft[]> {
  const { drafts } = await api.recovery.list({});
  ui.setState({ drafts });
  return drafts;
}

/** Opens a draft left by an earlier session as an unsaved document. */
export async function restoreDraft(services: AppServices, draft: Draft): Promise<boolean> {
  const { api, ui } = services;
  if (!(await settleUnsavedChanges(services, 'before restoring other work'))) return false;
  let result;
  try {
    result = await api.recovery.restore({ draftId: draft.draftId });
  } catch (error) {
    await showError(ui, 'Could not restore unsaved work', describeFailure(error));
    return false;
  }
  if (result.status === 'failed') {
    await showError(ui, 'Could not restore unsaved work', result.message, result.fieldPath);
    return false;
  }
  await replaceDocument(services, result.doc, { ...emptySession, draftOf: result.fileName });
  // The restored draft becomes this session's draft: autosave overwrites it, and saving or
  // discarding removes it. Until then it stays on disk, in case this session crashes too.
  ui.setState((s) => ({
    draftId: draft.draftId,
    draftWritten: true,
    drafts: s.drafts.filter((d) => d.draftId !== draft.draftId),
  }));
  return true;
}

export async function discardDraft({ api, ui }: AppServices, draft: Draft): Promise<void> {
  try {
    await api.recovery.discard({ draftId: draft.draftId });
    ui.setState((s) => ({ drafts: s.drafts.filter((d) => d.draftId !== draft.draftId) }));
  } catch (error) {
    await showError(ui, 'Could not discard unsaved work', describeFailure(error));
  }
}
