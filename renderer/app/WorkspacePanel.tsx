import type { Workshop } from '../../shared/workshop/schema';
import { BacklogWorkspace } from '../features/backlog/BacklogWorkspace';
import { CriteriaWorkspace } from '../features/criteria/CriteriaWorkspace';
import { MarketWorkspace } from '../features/market/MarketWorkspace';
import { RoadmapWorkspace } from '../features/roadmap/RoadmapWorkspace';
import type { Workspace } from '../state/uiStore';
import { useDocument, useUi } from './ServicesContext';
import { tabId, WORKSPACE_PANEL_ID } from './workspaces';
import './workspace.css';

/** The open workspace; each feature owns its own workspace component. */
export function WorkspacePanel() {
  const workspace = useUi((s) => s.workspace);
  const doc = useDocument((s) => s.doc);
  if (!doc) return null;
  return (
    <section
      id={WORKSPACE_PANEL_ID}
      className="workspace"
      role="tabpanel"
      aria-labelledby={tabId(workspace)}
      tabIndex={0}
    >
      <WorkspaceContent workspace={workspace} doc={doc} />
    </section>
  );
}

function WorkspaceContent({ workspace, doc }: { workspace: Workspace; doc: Workshop }) {
  switch (workspace) {
    case 'backlog':
      return <BacklogWorkspace doc={doc} />;
    case 'criteria':
      return <CriteriaWorkspace doc={doc} />;
    case 'market':
      return <MarketWorkspace doc={doc} />;
    case 'roadmap':
      return <RoadmapWorkspace doc={doc} />;
  }
}
