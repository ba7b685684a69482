import { useId, useRef, useState } from 'react';
import { formulaText, weightedTotal } from '../../../shared/criteria/scoring';
import type { BacklogItem, Criterion } from '../../../shared/workshop/schema';
import { AnchoredNote } from './AnchoredNote';
import { formatPoints } from './weightFormat';

interface TotalCellProps {
  item: BacklogItem;
  criteria: readonly Criterion[];
  /** The matrix cursor's cell id ("row:col") and whether the cursor is here. */
  cellId: string;
  colIndex: number;
  active: boolean;
}

/**
 * An item's weighted total (0–100), with the arithmetic behind it shown on hover and on keyboard
 * focus (issue 4: "the formula is shown on hover"), one line per criterion.
 */
export function TotalCell({ item, criteria, cellId, colIndex, active }: TotalCellProps) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const cell = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const result = weightedTotal(item, criteria);
  const shown = hovered || focused;

  return (
    <div
      ref={cell}
      role="gridcell"
      className="matrix__cell matrix__total"
      data-cell={cellId}
      aria-colindex={colIndex}
      aria-describedby={shown ? tooltipId : undefined}
      tabIndex={active ? 0 : -1}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      {result.scoredCount === 0 ? (
        <span className="matrix__total-empty">not scored</span>
      ) : (
        <>
          <span className="matrix__total-value">{formatPoints(result.total)}</span>
          {result.complete ? null : (
            <span className="matrix__coverage">
              {result.scoredCount}/{result.criterionCount}
            </span>
          )}
        </>
      )}
      {shown ? (
        <AnchoredNote anchor={cell} id={tooltipId} role="tooltip" className="matrix__formula">
          {formulaText(item, criteria)}
        </AnchoredNote>
      ) : null}
    </div>
  );
}
