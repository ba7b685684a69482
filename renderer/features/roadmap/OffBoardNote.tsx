import { quarterLabel } from '../../../shared/roadmap/periods';
import type { BacklogItem, Placement, Roadmap } from '../../../shared/workshop/schema';

interface OffBoardNoteProps {
  roadmap: Roadmap;
  offBoard: readonly Placement[];
  itemsById: ReadonlyMap<string, BacklogItem>;
}

/**
 * Cards the board cannot show — starting after its last quarter, or on a track that was removed
 * — listed so nothing planned disappears silently. Their menus in the backlog move them back.
 */
export function OffBoardNote({ roadmap, offBoard, itemsById }: OffBoardNoteProps) {
  const shown = offBoard.filter((p) => itemsById.has(p.itemId));
  if (shown.length === 0) return null;
  return (
    <section className="roadmap-offboard" aria-labelledby="roadmap-offboard-title">
      <h3 id="roadmap-offboard-title" className="roadmap-offboard__title">
        Planned but not on this board
      </h3>
      <ul className="roadmap-offboard__list">
        {shown.map((p) => (
          <li key={p.itemId}>
            <strong>{itemsById.get(p.itemId)?.title}</strong> — starts{' '}
            {quarterLabel(roadmap, p.periodIndex)}
          </li>
        ))}
      </ul>
    </section>
  );
}
