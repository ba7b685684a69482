import type { FileRef, OpenResult } from '../../../shared/ipc/contract';
import type { Workshop } from '../../../shared/workshop/schema';
import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import { emptySession, type FileSession } from '../../state/uiStore';
import { discardSessionDraft } from '../recovery/sessionDraft';

type Opened = Extract<OpenResult, { status: 'opened' }>;

/** Tells the host it may forget a file the app no longer shows (it only accepts ids it handed out). */
async function releaseFile({ api, ui }: AppServices, file: FileRef | null, keep?: FileRef) {
  if (!file || file.id === keep?.id) return;
  try {
    await api.workshop.close({ fileId: file.id });
  } catch (error) {
    ui.getState().notify('warning', describeFailure(error));
  }
}

/** Per app: the number of the latest recent-list request, so an older, slower answer never wins. */
const recentRequests = new WeakMap<AppServices['ui'], number>();

export async function refreshRecent({ api, ui }: AppServices): Promise<void> {
  const request = (recentRequests.get(ui) ?? 0) + 1;
  recentRequests.set(ui, request);
  try {
    const { files } = await api.recent.list({});
    if (recentRequests.get(ui) === request) ui.setState({ recent: files });
  } catch (error) {
    ui.getState().notify(
      'warning',
      `The recent files list could not be updated. ${describeFailure(error)}`,
    );
  }
}

/**
 * The recent list follows an open or a save, but it is not what the user waits for: the command
 * is over once its result is on screen, and a slow disk listing must not hold the next one back.
 * `refreshRecent` reports its own failures, so nothing here can reject unheard.
 */
export function refreshRecentInBackground(services: AppServices): void {
  void refreshRecent(services);
}

/**
 * Swaps the open document for another (or none) without an undo entry. The draft that protected
 * the old document goes: the user either saved it or chose not to.
 */
export async function replaceDocument(
  services: AppServices,
  doc: Workshop | null,
  session: FileSession,
): Promise<void> {
  const { documents, ui } = services;
  const previous = ui.getState().session.file;
  await discardSessionDraft(services);
  documents.getState().load(doc);
  ui.setState({ session });
  // Awaited, unlike the recent list: a release still in flight when the same file is opened
  // again would take away the grant the reopened document now uses.
  await releaseFile(services, previous, session.file ?? undefined);
}

export async function showOpened(services: AppServices, opened: Opened): Promise<void> {
  await replaceDocument(services, opened.doc, {
    ...emptySession,
    file: opened.file,
    revision: opened.revision,
    savedDoc: opened.doc,
    readOnly: opened.readOnly,
    migratedFrom: opened.migratedFrom,
  });
  if (opened.migratedFrom !== null) {
    services.ui
      .getState()
      .notify(
        'info',
        `${opened.file.name} was written in file format version ${opened.migratedFrom} and upgraded on opening. The file on disk is unchanged until you save.`,
      );
  }
  refreshRecentInBackground(services);
}

export async function showNew(services: AppServices, doc: Workshop): Promise<void> {
  // A new workshop is "clean" until edited: closing it untouched loses nothing.
  await replaceDocument(services, doc, { ...emptySession, savedDoc: doc });
}

/** Records a successful save of `doc` (the object that was sent, so later edits stay dirty). */
export async function showSaved(
  services: AppServices,
  doc: Workshop,
  file: FileRef,
  revision: string,
): Promise<void> {
  const { ui } = services;
  const previous = ui.getState().session.file;
  // The document now lives in a file this version wrote: no longer read-only or migrated.
  ui.setState((s) => ({
    session: {
      ...s.session,
      file,
      revision,
      savedDoc: doc,
      lastSavedAt: new Date(),
      draftOf: null,
      readOnly: null,
      migratedFrom: null,
    },
  }));
  await discardSessionDraft(services);
  await releaseFile(services, previous, file);
  refreshRecentInBackground(services);
}
