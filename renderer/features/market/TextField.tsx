import { useId } from 'react';
import { useDraft } from '../../ui/useDraft';

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
  const draft = useDraft({
    value,
    parse: (text) => {
      const next = multiline ? text : text.trim();
      // A required value left empty is no edit: the current value shows again.
      return { ok: true, value: required && next === '' ? value : next };
    },
    onCommit: (next) => {
      if (next !== value) onCommit(next);
    },
    multiline,
  });

  const common = {
    id,
    value: draft.text,
    maxLength,
    onChange: draft.onChange,
    onBlur: draft.onBlur,
    onKeyDown: draft.onKeyDown,
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
