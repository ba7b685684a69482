import { countText } from '../../../shared/backlog/filter';
import { useServices } from '../../app/ServicesContext';
import { useBacklogCommands } from './backlogCommands';
import { useBacklogUi } from './backlogUi';
import { exportBacklog } from './exportBacklog';
import { FilterBar } from './FilterBar';
import { useImportStore } from './import/importStore';

interface BacklogToolbarProps {
  shown: number;
  total: number;
  filtered: boolean;
}

/** Title and counts, the backlog's commands, the filter, and what just happened. */
export function BacklogToolbar({ shown, total, filtered }: BacklogToolbarProps) {
  const services = useServices();
  const commands = useBacklogCommands();
  const showComputed = useBacklogUi((s) => s.showComputed);
  const setShowComputed = useBacklogUi((s) => s.setShowComputed);
  const openSettings = useBacklogUi((s) => s.setSettingsOpen);
  const announcement = useBacklogUi((s) => s.announcement);
  const startImport = useImportStore((s) => s.start);
  const empty = total === 0;

  return (
    <div className={empty ? 'backlog-toolbar is-empty' : 'backlog-toolbar'}>
      <div className="backlog-toolbar__top">
        {empty ? null : (
          <h2 className="backlog-toolbar__title">
            Backlog{' '}
            <span className="backlog-toolbar__count">{countText(shown, total, filtered)}</span>
          </h2>
        )}
        <div className="backlog-toolbar__actions">
          <button type="button" className="button button--primary" onClick={commands.add}>
            Add item
          </button>
          <button type="button" className="button" onClick={() => void startImport()}>
            Import CSV…
          </button>
          <button
            type="button"
            className="button"
            disabled={empty}
            onClick={() => void exportBacklog(services)}
          >
            Export CSV…
          </button>
          <button type="button" className="button" onClick={() => openSettings(true)}>
            Backlog settings…
          </button>
          {empty ? null : (
            <button
              type="button"
              className="button"
              aria-pressed={showComputed}
              onClick={() => setShowComputed(!showComputed)}
            >
              RICE order
            </button>
          )}
        </div>
      </div>
      <div className="backlog-toolbar__bottom">
        {empty ? null : <FilterBar />}
        <p className="backlog-toolbar__status" role="status" aria-label="Backlog activity">
          <span key={announcement.seq}>{announcement.text}</span>
        </p>
      </div>
    </div>
  );
}
