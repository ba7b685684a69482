import { useUi } from '../../app/ServicesContext';
import { DraftList } from '../recovery/DraftList';
import type { RunCommand } from './commandRunner';
import './startScreen.css';

/** What a person sees with no workshop open: start one, open one, or pick up a recent one. */
export function StartScreen({ run }: { run: RunCommand }) {
  const recent = useUi((s) => s.recent);
  const drafts = useUi((s) => s.drafts);
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title" className="start__title">
        Tradeoff
      </h1>
      <p className="start__lead">
        Score a backlog together, weigh the criteria, size the market and commit a roadmap —
        offline, on this laptop.
      </p>
      <div className="start__actions">
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => void run({ command: 'new', source: 'page' })}
        >
          New workshop
        </button>
        <button
          type="button"
          className="button button--large"
          onClick={() => void run({ command: 'open', source: 'page' })}
        >
          Open…
        </button>
      </div>
      {drafts.length > 0 ? (
        <section className="start__section" aria-labelledby="start-drafts">
          <h2 id="start-drafts" className="start__heading">
            Unsaved work from an earlier session
          </h2>
          <DraftList />
        </section>
      ) : null}
      <section className="start__section" aria-labelledby="start-recent">
        <h2 id="start-recent" className="start__heading">
          Recent workshops
        </h2>
        {recent.length === 0 ? (
          <p className="start__empty">Workshops you open or save appear here.</p>
        ) : (
          <ul className="start__recent">
            {recent.map((file) => (
              <li key={file.id}>
                <button
                  type="button"
                  className="start__recent-item"
                  onClick={() =>
                    void run({ command: 'openRecent', source: 'page', recentFileId: file.id })
                  }
                >
                  <span className="start__recent-name">{file.name}</span>
                  <span className="start__recent-path">{file.displayPath}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
