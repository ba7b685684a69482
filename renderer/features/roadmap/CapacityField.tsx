import { useState, type KeyboardEvent } from 'react';
import { parseNumber, type ParseResult } from '../../../shared/format/numbers';
import { useDraft } from '../../ui/useDraft';

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
  // A refused number is not kept in the field: the old value shows again, with the reason.
  const [error, setError] = useState<string | null>(null);
  const draft = useDraft<ParseResult>({
    value: shown,
    parse: (text) => ({
      ok: true,
      value: parseNumber(text, { expect: 'amount', min: 0, max: MAX_CAPACITY }),
    }),
    onCommit: (parsed) => {
      if (!parsed.ok) {
        setError(
          parsed.empty ? null : `${sentence(parsed.reason)} Kept ${shown || 'no capacity'}.`,
        );
        return;
      }
      setError(null);
      if (parsed.value !== value) onCommit(parsed.value);
    },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') setError(null);
    draft.onKeyDown(event);
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
        value={draft.text}
        onChange={draft.onChange}
        onBlur={draft.onBlur}
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
