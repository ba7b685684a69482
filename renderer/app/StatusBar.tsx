import { formatClock } from '../features/recovery/formatTime';
import type { AutosaveStatus } from '../state/uiStore';
import { useDirty, useDocument, useUi } from './ServicesContext';

function autosaveText(status: AutosaveStatus): string {
  switch (status.state) {
    case 'idle':
      return 'Autosave on';
    case 'waiting':
      return 'Autosave: pending';
    case 'writing':
      return 'Autosave: writing recovery copy…';
    case 'written':
      return `Autosave: recovery copy at ${formatClock(status.at)}`;
    case 'failed':
      return `Autosave failed: ${status.message}`;
  }
}

/** Where the work stands: saved or not, when, autosave, the host, read-only. */
export function StatusBar() {
  const hasDoc = useDocument((s) => s.doc !== null);
  const dirty = useDirty();
  const session = useUi((s) => s.session);
  const busy = useUi((s) => s.busy);
  const autosave = useUi((s) => s.autosave);
  const host = useUi((s) => s.host);

  const saveState = !hasDoc
    ? 'No workshop open'
    : busy
      ? busy
      : dirty
        ? 'Unsaved changes'
        : session.readOnly
          ? 'Read-only'
          : session.file
            ? 'All changes saved'
            : 'Not saved yet';

  return (
    <footer className="status-bar">
      <span
        className={dirty ? 'status-bar__item status-bar__item--unsaved' : 'status-bar__item'}
        role="status"
      >
        {saveState}
      </span>
      {session.lastSavedAt ? (
        <span className="status-bar__item">Last saved {formatClock(session.lastSavedAt)}</span>
      ) : null}
      {hasDoc ? (
        <span
          className={
            autosave.state === 'failed'
              ? 'status-bar__item status-bar__item--error'
              : 'status-bar__item'
          }
        >
          {autosaveText(autosave)}
        </span>
      ) : null}
      <span className="status-bar__spacer" />
      {host ? (
        <span className="status-bar__item">
          {host.host === 'electron' ? 'Desktop app' : 'Browser app on this computer'} · v
          {host.version}
        </span>
      ) : null}
    </footer>
  );
}
