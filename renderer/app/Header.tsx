import { AppMenus } from '../features/shell/AppMenus';
import type { RunCommand } from '../features/shell/commandRunner';
import { TitleField } from '../features/workshop-meta/TitleField';
import { WorkshopDetails } from '../features/workshop-meta/WorkshopDetails';
import { useDirty, useDocument, useUi } from './ServicesContext';

/** App name and menus; with a workshop open, its title, details and the file it lives in. */
export function Header({ run, mac }: { run: RunCommand; mac: boolean }) {
  const hasDoc = useDocument((s) => s.doc !== null);
  const file = useUi((s) => s.session.file);
  const draftOf = useUi((s) => s.session.draftOf);
  const readOnly = useUi((s) => s.session.readOnly !== null);
  const dirty = useDirty();

  return (
    <header className="header">
      <div className="header__bar">
        <span className="header__brand">Tradeoff</span>
        <AppMenus run={run} mac={mac} />
        {hasDoc ? (
          <span className="header__file">
            {dirty ? (
              <span className="header__unsaved" title="Unsaved changes">
                <span aria-hidden="true">● </span>
                <span className="visually-hidden">Unsaved changes in </span>
              </span>
            ) : null}
            {file?.name ?? (draftOf ? `Recovered copy of ${draftOf}` : 'Not saved yet')}
          </span>
        ) : null}
        {hasDoc ? (
          <button
            type="button"
            className="button button--primary header__save"
            onClick={() => void run({ command: 'save', source: 'page' })}
            disabled={readOnly}
            title={
              readOnly ? 'This file is from a newer Tradeoff: use Save as… for a copy' : undefined
            }
          >
            Save
          </button>
        ) : null}
      </div>
      {hasDoc ? (
        <div className="header__workshop">
          <TitleField />
          <WorkshopDetails />
        </div>
      ) : null}
    </header>
  );
}
