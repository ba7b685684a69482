import { useState, type KeyboardEvent } from 'react';
import { parseNumber } from '../../../shared/format/numbers';

interface CapacityFieldProps {
  /** "2027 Q1": the field is named "Capacity of 2027 Q1 in person-months". */
  period: string;
  value: number | null;
  onCommit(personMonths: number): void;
}

/** Person-months in the schema can be anything finite; a team past this is a typo. */
const MAX_CAPACITY = 100_000;

/**
 * A period's capacity, typed in the column header. The new value is kept on Enter or when the
 * field loses focus (one undo entry); Escape or text that is not a number puts the old one back.
 */
export function CapacityField({ period, value, onCommit }: CapacityFieldProps) {
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    const parsed = parseNumber(draft, { expect: 'amount', min: 0, max: MAX_CAPACITY });
    if (!parsed.ok) {
      setError(parsed.empty ? null : `${sentence(parsed.reason)} Kept ${shown || 'no capacity'}.`);
      return;
    }
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
      setError(null);
    }
  };

  return (
    <>
      <input
        className="capacity-field"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={`Capacity of ${period} in person-months`}
        aria-invalid={error !== null ? true : undefined}
        value={draft ?? shown}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <span className="capacity-field__error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

function sentence(reason: string): string {
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}
