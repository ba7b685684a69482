import { useId } from 'react';
import type { WeightRoom } from '../../../shared/criteria/weights';
import type { Criterion } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { useDraft } from '../../ui/useDraft';
import { parseWeightInput } from './weightFormat';

interface WeightFieldProps {
  criterion: Criterion;
  room: WeightRoom;
  /** The field took focus: the ranking remembers its order (the movement reference). */
  onGrab(): void;
}

const shown = (weight: number) => String(Math.round(weight * 10) / 10);

/**
 * The slider's value as text the facilitator can read and type ("34" then Enter). A typed weight
 * is one undo entry; one the others cannot make room for is refused here, with the reason.
 */
export function WeightField({ criterion, room, onGrab }: WeightFieldProps) {
  const setWeight = useDocument((s) => s.setCriterionWeight);
  const draft = useDraft({
    value: shown(criterion.weight),
    parse: (text) => {
      const parsed = parseWeightInput(text, room.max);
      return parsed.ok ? { ok: true, value: parsed.weight } : parsed;
    },
    onCommit: (weight) => setWeight(criterion.id, weight),
    refusalShows: 'commit',
    leavingRefused: 'revert',
  });
  const error = draft.problem;
  const errorId = useId();

  return (
    <span className="weight__field">
      <input
        className="weight__number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={`${criterion.name} weight in percent`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        readOnly={!room.movable}
        value={draft.text}
        onChange={draft.onChange}
        onKeyDown={draft.onKeyDown}
        onFocus={onGrab}
        onBlur={draft.onBlur}
      />
      <span className="weight__unit" aria-hidden="true">
        %
      </span>
      {error ? (
        <span id={errorId} className="weight__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
