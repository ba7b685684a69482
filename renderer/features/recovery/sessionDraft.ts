import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import { isDirty } from '../../state/uiStore';

/**
 * Writes and discards of this session's draft run one after another, in the order asked: a
 * discard after a save must never be overtaken by an autosave that started before it.
 */
const queues = new WeakMap<object, Promise<void>>();

function enqueue(services: AppServices, task: () => Promise<void>): Promise<void> {
  const previous = queues.get(services.ui) ?? Promise.resolve();
  const next = previous.then(task);
  queues.set(services.ui, next);
  return next;
}

/** Writes the open document to the recovery folder if it still has unsaved changes. */
export function writeSessionDraft(services: AppServices): Promise<void> {
  const { api, documents, ui } = services;
  return enqueue(services, async () => {
    const doc = documents.getState().doc;
    const { session, draftId } = ui.getState();
    if (!doc || !isDirty(doc, session)) return;
    ui.setState({ autosave: { state: 'writing' } });
    try {
      await api.recovery.write({
        draftId,
        doc,
        fileName: session.file?.name ?? session.draftOf,
      });
      ui.setState({ draftWritten: true, autosave: { state: 'written', at: new Date() } });
    } catch (error) {
      ui.setState({ autosave: { state: 'failed', message: describeFailure(error) } });
    }
  });
}

/**
 * Forgets this session's recovery draft: after a successful save, after the user chose not to
 * save, or when the document it protected is replaced.
 */
export function discardSessionDraft(services: AppServices): Promise<void> {
  const { api, ui } = services;
  return enqueue(services, async () => {
    const { draftId, draftWritten } = ui.getState();
    ui.setState({ autosave: { state: 'idle' } });
    if (!draftWritten) return;
    ui.setState({ draftWritten: false });
    try {
      await api.recovery.discard({ draftId });
    } catch (error) {
      ui.getState().notify(
        'warning',
        `An old recovery copy could not be removed. ${describeFailure(error)}`,
      );
    }
  });
}
