import { useId, useState, type KeyboardEvent } from 'react';

interface TextFieldProps {
  label: string;
  labelHidden?: boolean;
  value: string;
  maxLength: number;
  /** A multi-line field (notes); Enter then makes a new line and only leaving it commits. */
  multiline?: boolean;
  /** An empty value is refused and the field shows the current value again (names). */
  required?: boolean;
  className?: string;
  onCommit(value: string): void;
}

/**
 * Text that reaches the document when the user is done with it (Enter or leaving the field), so
 * a name typed letter by letter is one undo step. Escape puts the current value back.
 */
export function TextField({
  label,
  labelHidden = false,
  value,
  maxLength,
  multiline = false,
  required = false,
  className,
  onCommit,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }

  const commit = () => {
    const next = multiline ? draft : draft.trim();
    if (required && next === '') {
      setDraft(value);
      return;
    }
    if (next !== value) onCommit(next);
    else setDraft(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !multiline) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== value) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
    }
  };

  const common = {
    id,
    value: draft,
    maxLength,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
  };

  return (
    <div className={['text-field', className].filter(Boolean).join(' ')}>
      <label className={labelHidden ? 'visually-hidden' : 'text-field__label'} htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea className="text-field__input text-field__input--multiline" rows={2} {...common} />
      ) : (
        <input className="text-field__input" type="text" autoComplete="off" {...common} />
      )}
    </div>
  );
}
