import { useId } from 'react';
import { useDraft, type DraftReading } from '../../ui/useDraft';
import { formatFieldValue, readField, type NumberKind } from './numberInput';

interface NumberFieldProps {
  /** The accessible name; shown above the input unless `labelHidden` (table cells). */
  label: string;
  labelHidden?: boolean;
  value: number | null;
  kind: NumberKind;
  /** An empty field means "not set" (null) instead of a mistake. */
  nullable?: boolean;
  /** A short line under the field, e.g. "per year". */
  hint?: string;
  className?: string;
  onCommit(value: number | null): void;
}

/**
 * A number typed the way people write it (`1.2B`, `350M`, `40k`, `12%`). The document changes
 * when the user is done with the field (Enter or leaving it), so typing is one undo step; input
 * that is not a number stays in the field with the reason beside it and changes nothing. Escape
 * puts the value back.
 */
export function NumberField({
  label,
  labelHidden = false,
  value,
  kind,
  nullable = false,
  hint,
  className,
  onCommit,
}: NumberFieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const draft = useDraft({
    value: value === null ? '' : formatFieldValue(value, kind),
    parse: (text): DraftReading<number | null> => {
      const reading = readField(text, kind);
      if (reading.status === 'refused') return { ok: false, message: reading.reason };
      if (reading.status === 'value') return { ok: true, value: reading.value };
      return nullable ? { ok: true, value: null } : { ok: false, message: 'Enter a number' };
    },
    // The same value typed differently (`1,200` for `1.2K`) is no edit.
    onCommit: (next) => {
      if (next !== value) onCommit(next);
    },
    refusalShows: 'next-commit',
  });
  const error = draft.problem;

  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className={['number-field', className].filter(Boolean).join(' ')}>
      <label className={labelHidden ? 'visually-hidden' : 'number-field__label'} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="number-field__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft.text}
        placeholder={nullable ? 'Not set' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={draft.onChange}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
      {hint ? (
        <span id={hintId} className="number-field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="number-field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
