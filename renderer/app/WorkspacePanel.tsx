import type { ReactNode } from 'react';
import type { Workshop } from '../../shared/workshop/schema';
import type { Workspace } from '../state/uiStore';
import { useDocument, useUi } from './ServicesContext';
import { tabId, WORKSPACE_PANEL_ID } from './workspaces';
import './workspace.css';

/**
 * The open workspace. Until each workspace's own feature arrives it says what it will hold and
 * what the document already contains — real counts from the file, never sample data.
 */
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
      return (
        <Intro
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
        </Intro>
      );
    case 'criteria':
      return (
        <Intro
          title="Criteria"
          purpose="Weighted criteria score each item on what matters to your team — reliability, reach, revenue, customer cost, fit, effort. The weights always add up to 100%."
        >
          <CriteriaSummary doc={doc} />
        </Intro>
      );
    case 'market':
      return (
        <Intro
          title="Market"
          purpose="Size the market of a candidate new service (TAM, SAM and SOM, top-down and bottom-up) and model how existing customers' spend grows."
        >
          {doc.markets.length + doc.growthModels.length === 0 ? (
            <p className="workspace__next">
              No market or growth models yet. Start with a market model for a new service you are
              considering.
            </p>
          ) : (
            <p className="workspace__next">
              {plural(doc.markets.length, 'market model')} and{' '}
              {plural(doc.growthModels.length, 'growth model')} in this workshop.
            </p>
          )}
        </Intro>
      );
    case 'roadmap':
      return (
        <Intro
          title="Roadmap"
          purpose="Commit ranked items to quarters and parallel tracks, check capacity and the balance between tracks, and export a PDF for stakeholders."
        >
          <p className="workspace__facts">{roadmapFacts(doc)}</p>
          <p className="workspace__next">
            {doc.roadmap.placements.length === 0
              ? 'Nothing is planned yet. Score and rank the backlog first, then place items on the board.'
              : `${plural(doc.roadmap.placements.length, 'item')} placed on the board.`}
          </p>
        </Intro>
      );
  }
}

function Intro({
  title,
  purpose,
  children,
}: {
  title: string;
  purpose: string;
  children: ReactNode;
}) {
  return (
    <div className="workspace__intro">
      <h2 className="workspace__title">{title}</h2>
      <p className="workspace__purpose">{purpose}</p>
      {children}
    </div>
  );
}

function CriteriaSummary({ doc }: { doc: Workshop }) {
  if (doc.criteria.length === 0) {
    return (
      <p className="workspace__next">
        No criteria yet. Add the criteria your team weighs, then set their weights.
      </p>
    );
  }
  return (
    <table className="workspace__table">
      <caption className="workspace__caption">
        {plural(doc.criteria.length, 'criterion', 'criteria')} in this workshop
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Counts as</th>
          <th scope="col" className="workspace__number">
            Weight
          </th>
        </tr>
      </thead>
      <tbody>
        {doc.criteria.map((criterion) => (
          <tr key={criterion.id}>
            <th scope="row">{criterion.name}</th>
            <td>{criterion.direction === 'benefit' ? 'More is better' : 'More is worse'}</td>
            <td className="workspace__number">{criterion.weight}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function roadmapFacts(doc: Workshop): string {
  const { roadmap, settings } = doc;
  const periods =
    roadmap.layout === 'now-next-later'
      ? 'Now / Next / Later'
      : `${roadmap.periodCount} quarters from ${roadmap.startYear} Q${roadmap.startQuarter}`;
  const tracks = settings.tracks.map((t) => t.name).join(', ');
  return tracks ? `${periods} · Tracks: ${tracks}` : periods;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
