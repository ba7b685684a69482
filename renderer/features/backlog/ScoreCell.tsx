import { useId } from 'react';
import { explainRiceResult, formatRiceResult, type RiceResult } from '../../../shared/backlog/rice';
import { useTooltip } from './Tooltip';

/**
 * The RICE score, or "unscored". Hovering or focusing it shows the arithmetic
 * ("500 × 2 × 80% ÷ 4 = 200") or what is still missing; screen readers get the same sentence
 * as the score's description.
 */
export function ScoreCell({ result, title }: { result: RiceResult; title: string }) {
  const explanation = explainRiceResult(result);
  const { anchorProps, tooltip } = useTooltip(explanation, 'end');
  const descriptionId = useId();
  const scored = result.kind === 'scored';
  return (
    <span className="backlog-score">
      <span
        className={scored ? 'backlog-score__value' : 'backlog-score__value is-unscored'}
        // Focusable so that keyboard users can read the arithmetic too.
        tabIndex={0}
        role="note"
        aria-label={`RICE score of ${title || 'untitled item'}: ${formatRiceResult(result)}`}
        aria-describedby={descriptionId}
        {...anchorProps}
      >
        {formatRiceResult(result)}
      </span>
      <span id={descriptionId} className="visually-hidden">
        {explanation}
      </span>
      {tooltip}
    </span>
  );
}
