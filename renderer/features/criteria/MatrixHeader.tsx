import type { Criterion } from '../../../shared/workshop/schema';
import { formatWeight } from './weightFormat';

/** The column headers: each criterion with its scale, direction and current weight. */
export function MatrixHeader({ criteria }: { criteria: readonly Criterion[] }) {
  return (
    <div role="rowgroup" className="matrix__head">
      <div role="row" className="matrix__row matrix__row--head" aria-rowindex={1}>
        <div role="columnheader" className="matrix__item" aria-colindex={1}>
          Item
        </div>
        {criteria.map((criterion, col) => (
          <div
            key={criterion.id}
            role="columnheader"
            className="matrix__column"
            aria-colindex={col + 2}
            title={criterion.name}
          >
            <span className="matrix__column-name">{criterion.name}</span>
            <span className="matrix__column-meta">
              {criterion.scale.min}–{criterion.scale.max}
              {criterion.direction === 'cost' ? ' · cost' : ''} · {formatWeight(criterion.weight)}
            </span>
          </div>
        ))}
        <div role="columnheader" className="matrix__column" aria-colindex={criteria.length + 2}>
          <span className="matrix__column-name">Weighted total</span>
          <span className="matrix__column-meta">of 100</span>
        </div>
      </div>
    </div>
  );
}
