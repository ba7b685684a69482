import { useId, useState, type KeyboardEvent } from 'react';

interface MetaFieldProps {
  label: string;
  value: string;
  type?: 'text' | 'date';
  maxLength?: number;
  hint?: string;
  onCommit(value: string): void;
}

/**
 * A text field whose change reaches the document when the user is done with it (Enter or leaving
 * the field), so a name typed letter by letter is one undo step, not twelve.
 */
export function MetaField({
  label,
  value,
  type = 'text',
  maxLength,
  hint,
  onCommit,
}: MetaFieldProps) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // The document changed underneath (undo, another file): show the new value.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }

  const commit = () => {
    const next = type === 'text' ? draft.trim() : draft;
    if (next !== value) onCommit(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type={type}
        value={draft}
        maxLength={maxLength}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {hint ? (
        <span id={hintId} className="workshop-details__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
