import { useId, useState, type KeyboardEvent } from 'react';
import { formatGrouped } from '../../../shared/backlog/numbers';
import { validateRiceInput, type RiceField } from '../../../shared/backlog/rice';
import type { Settings } from '../../../shared/workshop/schema';

export type Scales = Pick<Settings, 'impactLevels' | 'confidenceLevels'>;

/** What a live draft reports: a number or a cleared field, or `undefined` for "nothing valid". */
export type DraftValue = number | null | undefined;

interface RiceInputProps {
  field: RiceField;
  value: number | null;
  /** The accessible name, e.g. "Reach". */
  label: string;
  scales: Scales;
  /** Every keystroke: the value the score should show meanwhile. */
  onDraft(value: DraftValue): void;
  /** Once per edit (Enter or leaving the field), with a valid value. */
  onCommit(value: number | null): void;
  /** Escape on an unchanged field, e.g. to go back from "other value" to the level list. */
  onDismiss?(): void;
  autoFocus?: boolean;
  placeholder?: string;
}

export function formatRiceValue(field: RiceField, value: number | null): string {
  if (value === null) return '';
  return field === 'confidence' ? `${formatGrouped(value)}%` : formatGrouped(value);
}

/**
 * A RICE number typed by hand. The score beside it follows the draft as it is typed; the
 * document gets the value once, when the edit ends. Text, a negative reach or a zero effort is
 * refused on the spot with the reason (`validateRiceInput`), and never written.
 */
export function RiceInput({
  field,
  value,
  label,
  scales,
  onDraft,
  onCommit,
  onDismiss,
  autoFocus = false,
  placeholder,
}: RiceInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  const check = draft === null ? null : validateRiceInput(field, draft, { scales });
  const problem = check !== null && !check.ok ? check.reason : null;

  const change = (text: string) => {
    setDraft(text);
    const result = validateRiceInput(field, text, { scales });
    onDraft(result.ok ? result.value : undefined);
  };

  const end = () => {
    if (draft === null) {
      onDismiss?.();
      return;
    }
    if (check === null || !check.ok) return;
    if (check.value !== value) onCommit(check.value);
    setDraft(null);
    onDraft(undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      end();
    } else if (event.key === 'Escape') {
      if (draft === null && onDismiss === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      onDraft(undefined);
      if (draft === null) onDismiss?.();
    }
  };

  return (
    <span className="backlog-rice">
      <input
        type="text"
        inputMode="decimal"
        className={problem === null ? 'backlog-rice__field' : 'backlog-rice__field is-invalid'}
        aria-label={label}
        aria-invalid={problem !== null ? true : undefined}
        aria-describedby={problem !== null ? errorId : undefined}
        // Focus moves here only when the person just chose "Other value…".
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={draft ?? formatRiceValue(field, value)}
        onFocus={(event) => {
          // Chosen from "Other value…": typing replaces the value rather than adding to it.
          if (autoFocus) event.target.select();
        }}
        onChange={(event) => change(event.target.value)}
        onBlur={end}
        onKeyDown={onKeyDown}
      />
      {problem !== null ? (
        <span id={errorId} className="backlog-rice__error" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
