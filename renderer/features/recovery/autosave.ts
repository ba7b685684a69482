import type { AppServices } from '../../app/services';
import { isDirty } from '../../state/uiStore';
import { discardSessionDraft, writeSessionDraft } from './sessionDraft';

/** Long enough not to write on every keystroke, short enough that a crash loses seconds. */
export const AUTOSAVE_DELAY_MS = 3_000;

/**
 * Writes a recovery draft a few seconds after the last edit while there are unsaved changes.
 * Returns the function that stops it.
 */
export function startAutosave(services: AppServices, delayMs = AUTOSAVE_DELAY_MS): () => void {
  const { documents, ui } = services;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    const doc = documents.getState().doc;
    const { session, draftWritten } = ui.getState();
    if (!doc || !isDirty(doc, session)) {
      if (ui.getState().autosave.state === 'waiting') ui.setState({ autosave: { state: 'idle' } });
      // Undone back to the saved state: an old draft would only offer changes already undone.
      if (draftWritten && doc && !isDirty(doc, session)) void discardSessionDraft(services);
      return;
    }
    // Every edit restarts the timer; the status changes once, not on every slider tick.
    if (ui.getState().autosave.state !== 'waiting') ui.setState({ autosave: { state: 'waiting' } });
    timer = setTimeout(() => {
      timer = undefined;
      void writeSessionDraft(services);
    }, delayMs);
  };

  // Dirty depends on both stores: the document, and the session's saved snapshot.
  const stopDocument = documents.subscribe((state, previous) => {
    if (state.doc !== previous.doc) schedule();
  });
  const stopSession = ui.subscribe((state, previous) => {
    if (state.session !== previous.session) schedule();
  });
  return () => {
    clearTimeout(timer);
    stopDocument();
    stopSession();
  };
}
