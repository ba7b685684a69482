import { weightRoom, weightSum } from '../../../shared/criteria/weights';
import type { Criterion } from '../../../shared/workshop/schema';
import { formatWeight } from './weightFormat';
import { WeightSlider } from './WeightSlider';

interface WeightPanelProps {
  criteria: readonly Criterion[];
  onGrab(): void;
  onEditCriteria(): void;
}

/** One slider per criterion; the weights always add up to 100%. */
export function WeightPanel({ criteria, onGrab, onEditCriteria }: WeightPanelProps) {
  return (
    <section className="weights" aria-labelledby="criteria-weights-heading">
      <h3 id="criteria-weights-heading" className="criteria__heading">
        Weights
      </h3>
      {criteria.length === 0 ? (
        <p className="criteria__empty">
          No criteria yet.{' '}
          <button type="button" className="button" onClick={onEditCriteria}>
            Add criteria
          </button>
        </p>
      ) : (
        <>
          <ul className="weights__list" aria-label="Criterion weights">
            {criteria.map((criterion) => (
              <WeightSlider
                key={criterion.id}
                criterion={criterion}
                room={weightRoom(criteria, criterion.id)}
                onGrab={onGrab}
              />
            ))}
          </ul>
          <p className="weights__total">
            Total <strong>{formatWeight(weightSum(criteria))}</strong>
            <span className="weights__keys">
              Arrow keys move a slider by 1 point, Page Up / Page Down by 10.
            </span>
          </p>
        </>
      )}
    </section>
  );
}
