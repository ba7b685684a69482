import { useServices, useUi } from '../../app/ServicesContext';
import { discardDraft, restoreDraft } from './recoveryCommands';
import { formatSavedAt } from './formatTime';
import './recovery.css';

/** Unsaved work left by an earlier session, each with Restore and Discard. */
export function DraftList({ beforeRestore }: { beforeRestore?: () => void }) {
  const services = useServices();
  const drafts = useUi((s) => s.drafts);
  return (
    <ul className="drafts">
      {drafts.map((draft) => {
        const name = draft.title || 'Untitled workshop';
        return (
          <li key={draft.draftId} className="drafts__item">
            <div className="drafts__text">
              <span className="drafts__title">{name}</span>
              <span className="drafts__meta">
                {draft.fileName ? `Unsaved changes to ${draft.fileName}` : 'Never saved'} ·
                autosaved {formatSavedAt(draft.savedAt)}
              </span>
            </div>
            <div className="drafts__actions">
              <button
                type="button"
                className="button"
                aria-label={`Discard unsaved work “${name}”`}
                onClick={() => void discardDraft(services, draft)}
              >
                Discard
              </button>
              <button
                type="button"
                className="button button--primary"
                aria-label={`Restore unsaved work “${name}”`}
                onClick={() => {
                  beforeRestore?.();
                  void restoreDraft(services, draft);
                }}
              >
                Restore
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
