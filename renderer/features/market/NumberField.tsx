import { useId, useState, type KeyboardEvent } from 'react';
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
  const shownText = value === null ? '' : formatFieldValue(value, kind);
  const [draft, setDraft] = useState(shownText);
  const [shown, setShown] = useState(shownText);
  const [error, setError] = useState<string | null>(null);
  // The document changed underneath (undo, another model, a new currency): show the new value.
  if (shownText !== shown) {
    setShown(shownText);
    setDraft(shownText);
    setError(null);
  }

  const commit = () => {
    // Untouched text is the rounded display of the value: reading it back would round the value.
    if (draft === shownText) {
      setError(null);
      return;
    }
    const reading = readField(draft, kind);
    if (reading.status === 'refused') {
      setError(reading.reason);
      return;
    }
    if (reading.status === 'empty') {
      if (!nullable) {
        setError('Enter a number');
        return;
      }
      setError(null);
      if (value !== null) onCommit(null);
      return;
    }
    setError(null);
    if (reading.value !== value) onCommit(reading.value);
    // The same value typed differently (`1,200` for `1.2K`) shows in the app's notation again.
    setDraft(formatFieldValue(reading.value, kind));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && (draft !== shownText || error !== null)) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(shownText);
      setError(null);
    }
  };

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
        value={draft}
        placeholder={nullable ? 'Not set' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
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
