import { useMemo, useState } from 'react';
import type { Criterion } from '../../../shared/workshop/schema';
import { useDocument, useServices } from '../../app/ServicesContext';
import { MAX_CRITERIA } from './criteriaEdits';
import { CriterionRow } from './CriterionRow';
import './setup.css';

const NO_CRITERIA: Criterion[] = [];

/**
 * The criteria themselves: add, rename, reorder, delete, and for each its direction (benefit or
 * cost) and scale. Every change is one undo entry; deleting says what went with it and offers
 * the undo right there.
 */
export function CriteriaSetup() {
  const criteria = useDocument((s) => s.doc?.criteria ?? NO_CRITERIA);
  const items = useDocument((s) => s.doc?.items);
  const add = useDocument((s) => s.addCriterion);
  const undo = useDocument((s) => s.undo);
  const [added, setAdded] = useState<string | null>(null);
  const { documents } = useServices();
  // The message offers Undo only while the deletion is still the last change to the criteria.
  const [deleted, setDeleted] = useState<{ text: string; after: readonly Criterion[] } | null>(
    null,
  );

  const scoreCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of items ?? []) {
      for (const id of Object.keys(item.scores)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [items]);

  const onDeleted = (criterion: Criterion, scoreCount: number) => {
    const scores = scoreCount === 1 ? '1 score' : `${scoreCount} scores`;
    setDeleted({
      text:
        scoreCount > 0
          ? `Deleted “${criterion.name}” and its ${scores}; its weight went to the others.`
          : `Deleted “${criterion.name}”; its weight went to the others.`,
      after: documents.getState().doc?.criteria ?? NO_CRITERIA,
    });
  };

  return (
    <section className="setup" aria-labelledby="criteria-setup-heading">
      <h3 id="criteria-setup-heading" className="criteria__heading">
        Criteria
      </h3>
      {criteria.length === 0 ? (
        <p className="criteria__empty">No criteria yet: add the first one.</p>
      ) : (
        <table className="setup__table">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Counts as</th>
              <th scope="col">Scale</th>
              <th scope="col" className="setup__number">
                Weight
              </th>
              <th scope="col" className="setup__number">
                Scores
              </th>
              <th scope="col">
                <span className="visually-hidden">Order and delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion, index) => (
              <CriterionRow
                key={criterion.id}
                criterion={criterion}
                criteria={criteria}
                index={index}
                scoreCount={scoreCounts.get(criterion.id) ?? 0}
                focusName={criterion.id === added}
                onDeleted={onDeleted}
              />
            ))}
          </tbody>
        </table>
      )}
      <div className="setup__footer">
        <button
          type="button"
          className="button button--primary"
          disabled={criteria.length >= MAX_CRITERIA}
          onClick={() => {
            setDeleted(null);
            setAdded(add());
          }}
        >
          Add criterion
        </button>
        <p className="setup__note">
          Weights are set on “Weights &amp; ranking”. A new criterion takes an equal share.
        </p>
      </div>
      <div className="criteria__message" role="status">
        {deleted && deleted.after === criteria ? (
          <>
            {deleted.text}{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                undo();
                setDeleted(null);
              }}
            >
              Undo
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}
