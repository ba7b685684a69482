import { useMemo } from 'react';
import type { BacklogItem, Criterion } from '../../../shared/workshop/schema';
import { useDocument, useUi } from '../../app/ServicesContext';
import { ScoreMatrix } from './ScoreMatrix';

const NO_ITEMS: BacklogItem[] = [];
const NO_CRITERIA: Criterion[] = [];

/** The scoring matrix with how far the room has got and how to drive it from the keyboard. */
export function MatrixView() {
  const items = useDocument((s) => s.doc?.items ?? NO_ITEMS);
  const criteria = useDocument((s) => s.doc?.criteria ?? NO_CRITERIA);
  const setWorkspace = useUi((s) => s.setWorkspace);
  const scored = useMemo(() => {
    let count = 0;
    for (const item of items)
      for (const c of criteria) if (Object.hasOwn(item.scores, c.id)) count++;
    return count;
  }, [items, criteria]);

  if (items.length === 0) {
    return (
      <p className="criteria__empty">
        No backlog items to score yet.{' '}
        <button type="button" className="button" onClick={() => setWorkspace('backlog')}>
          Go to the backlog
        </button>
      </p>
    );
  }
  if (criteria.length === 0) {
    return <p className="criteria__empty">No criteria yet: add them under “Edit criteria”.</p>;
  }
  const cells = items.length * criteria.length;
  return (
    <section className="matrix-view" aria-labelledby="criteria-matrix-heading">
      <div className="matrix-view__bar">
        <h3 id="criteria-matrix-heading" className="criteria__heading">
          Scoring matrix
        </h3>
        <p className="matrix-view__progress">
          {scored.toLocaleString('en-US')} of {cells.toLocaleString('en-US')} cells scored
        </p>
      </div>
      <p id="criteria-matrix-help" className="matrix-view__help">
        Type a score, then Enter (down) or Tab (right). Arrows move, Delete clears, F2 edits.
        Escape, then Tab, leaves the table. Hover or focus a total to see its formula.
      </p>
      <ScoreMatrix />
    </section>
  );
}
