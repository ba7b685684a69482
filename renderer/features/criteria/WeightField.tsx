import { useId, useState, type KeyboardEvent } from 'react';
import type { WeightRoom } from '../../../shared/criteria/weights';
import type { Criterion } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
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
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const commit = () => {
    if (draft === null) return;
    const parsed = parseWeightInput(draft, room.max);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setWeight(criterion.id, parsed.weight);
    setDraft(null);
    setError(null);
  };

  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };

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
        value={draft ?? shown(criterion.weight)}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onFocus={onGrab}
        onBlur={() => (error ? cancel() : commit())}
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
