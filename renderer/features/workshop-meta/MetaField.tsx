import { useId } from 'react';
import { useDraft } from '../../ui/useDraft';

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
 * the field), so a name typed letter by letter is one undo step, not twelve. Escape puts the
 * stored value back.
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
  const draft = useDraft({
    value,
    parse: (text) => ({ ok: true, value: type === 'text' ? text.trim() : text }),
    onCommit: (next) => {
      if (next !== value) onCommit(next);
    },
  });

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type={type}
        value={draft.text}
        maxLength={maxLength}
        aria-describedby={hint ? hintId : undefined}
        onChange={draft.onChange}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
      {hint ? (
        <span id={hintId} className="workshop-details__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
