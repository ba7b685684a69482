import type { Workshop } from '../../../shared/workshop/schema';
import { plural, WorkspaceIntro } from '../../app/WorkspaceIntro';

export function BacklogWorkspace({ doc }: { doc: Workshop }) {
  return (
    <WorkspaceIntro
      title="Backlog"
      purpose="The candidate work the room scores with RICE (reach × impact × confidence ÷ effort) and ranks together."
    >
      {doc.items.length === 0 ? (
        <p className="workspace__next">
          No items yet. Import a CSV from Jira, Linear or a spreadsheet, or add an item.
        </p>
      ) : (
        <p className="workspace__next">
          {plural(doc.items.length, 'backlog item')} in this workshop.
        </p>
      )}
    </WorkspaceIntro>
  );
}
