import type { Workshop } from '../../../shared/workshop/schema';
import { plural, WorkspaceIntro } from '../../app/WorkspaceIntro';

export function RoadmapWorkspace({ doc }: { doc: Workshop }) {
  return (
    <WorkspaceIntro
      title="Roadmap"
      purpose="Commit ranked items to quarters and parallel tracks, check capacity and the balance between tracks, and export a PDF for stakeholders."
    >
      <p className="workspace__facts">{roadmapFacts(doc)}</p>
      <p className="workspace__next">
        {doc.roadmap.placements.length === 0
          ? 'Nothing is planned yet. Score and rank the backlog first, then place items on the board.'
          : `${plural(doc.roadmap.placements.length, 'item')} placed on the board.`}
      </p>
    </WorkspaceIntro>
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
