import { memo, useMemo } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { WorkspaceIntro } from '../../app/WorkspaceIntro';
import { BacklogList } from './BacklogList';
import { BacklogToolbar } from './BacklogToolbar';
import { useBacklogUi } from './backlogUi';
import { buildBacklogView, idsFromKey, idsKey } from './backlogView';
import { ComputedOrder } from './ComputedOrder';
import { ImportWizardHost } from './import/ImportWizardHost';
import { PositionDialogHost } from './PositionDialogHost';
import { SettingsDialogHost } from './settings/SettingsDialogHost';
import './backlog.css';

/**
 * The backlog the room scores and ranks. The panel hands every workspace the whole document;
 * this one reads what it needs from the store itself, so an edit re-renders the rows it
 * touches rather than the whole list.
 */
export function BacklogWorkspace({ doc }: { doc: Workshop }) {
  return (
    <>
      {doc.items.length === 0 ? <EmptyBacklog /> : <BacklogView />}
      {/* Outside the branches, so that the import goes on when the first items arrive. */}
      <ImportWizardHost />
      <SettingsDialogHost />
    </>
  );
}

function EmptyBacklog() {
  return (
    <>
      <WorkspaceIntro
        title="Backlog"
        purpose="The candidate work the room scores with RICE (reach × impact × confidence ÷ effort) and ranks together."
      >
        <p className="workspace__next">
          No items yet. Import a CSV from Jira, Linear or a spreadsheet, or add an item.
        </p>
        <BacklogToolbar shown={0} total={0} filtered={false} />
      </WorkspaceIntro>
    </>
  );
}

const BacklogView = memo(function BacklogView() {
  const items = useDocument((s) => s.doc?.items);
  const reachUnit = useDocument((s) => s.doc?.settings.reachUnit ?? '');
  const filter = useBacklogUi((s) => s.filter);
  const showComputed = useBacklogUi((s) => s.showComputed);
  const view = useMemo(() => buildBacklogView(items ?? [], filter), [items, filter]);
  // Editing a score changes the items but not which are shown or their order: keep the same
  // arrays then, so the sortable list does not re-render every row.
  const visibleKey = idsKey(view.visibleIds);
  const computedKey = idsKey(view.computedIds);
  const visibleIds = useMemo(() => idsFromKey(visibleKey), [visibleKey]);
  const computedIds = useMemo(() => idsFromKey(computedKey), [computedKey]);

  return (
    <div className="backlog">
      <BacklogToolbar shown={visibleIds.length} total={view.total} filtered={view.filtered} />
      <div className={showComputed ? 'backlog__lists' : 'backlog__lists is-single'}>
        {visibleIds.length === 0 ? (
          <p className="backlog__none">No items match the filter.</p>
        ) : (
          <BacklogList visibleIds={visibleIds} ranks={view.ranks} reachUnit={reachUnit} />
        )}
        {showComputed ? <ComputedOrder computedIds={computedIds} ranks={view.ranks} /> : null}
      </div>
      <PositionDialogHost visibleIds={visibleIds} filtered={view.filtered} />
    </div>
  );
});
