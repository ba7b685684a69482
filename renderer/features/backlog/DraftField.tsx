import { useId } from 'react';
import { useDraft } from '../../ui/useDraft';

interface DraftFieldProps {
  label: string;
  /** Hide the label visually (the row's columns say what the field is). */
  hideLabel?: boolean;
  value: string;
  /** Called once per edit: on Enter (Ctrl+Enter in a multi-line field) or when focus leaves. */
  onCommit(text: string): void;
  /** The sentence that refuses the text, or null when it can be kept. */
  validate?(text: string): string | null;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  className?: string;
}

/**
 * A text field that edits a document value as ONE undo entry: typing changes only a draft, the
 * draft is written when the edit ends, Escape puts the stored value back. A refused draft stays
 * on screen with its reason until it is fixed or abandoned, and is never written.
 */
export function DraftField({
  label,
  hideLabel = false,
  value,
  onCommit,
  validate,
  multiline = false,
  maxLength,
  placeholder,
  className,
}: DraftFieldProps) {
  const id = useId();
  const errorId = useId();
  const draft = useDraft({
    value,
    parse: (text) => {
      const problem = validate?.(text) ?? null;
      return problem === null ? { ok: true, value: text } : { ok: false, message: problem };
    },
    onCommit,
    multiline,
  });
  const { problem } = draft;

  const shared = {
    id,
    value: draft.text,
    // The whole text on hover, for a title cut short by a narrow column.
    title: !draft.editing && value !== '' ? value : undefined,
    maxLength,
    placeholder,
    className: `field__input backlog-draft__input${className ? ` ${className}` : ''}`,
    'aria-invalid': problem !== null ? true : undefined,
    'aria-describedby': problem !== null ? errorId : undefined,
    onChange: draft.onChange,
    onBlur: draft.onBlur,
    onKeyDown: draft.onKeyDown,
  };

  return (
    <div className={hideLabel ? 'backlog-draft' : 'backlog-draft field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {multiline ? <textarea {...shared} rows={3} /> : <input {...shared} type="text" />}
      {problem !== null ? (
        <span id={errorId} className="field__error backlog-draft__error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
