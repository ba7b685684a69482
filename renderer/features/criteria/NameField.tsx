import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Criterion } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { checkCriterionName } from './criteriaEdits';

interface NameFieldProps {
  criterion: Criterion;
  criteria: readonly Criterion[];
  /** Focus and select the name (a criterion just added is named next). */
  focusOnMount: boolean;
}

/**
 * A criterion's name, renamed in place: Enter or leaving the field keeps it (one undo entry),
 * Escape puts the old name back. An empty or duplicate name is refused with the reason.
 */
export function NameField({ criterion, criteria, focusOnMount }: NameFieldProps) {
  const rename = useDocument((s) => s.renameCriterion);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(() => {
    if (!focusOnMount) return;
    input.current?.focus();
    input.current?.select();
  }, [focusOnMount]);

  const commit = () => {
    if (draft === null) return;
    const check = checkCriterionName(criteria, criterion.id, draft);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    rename(criterion.id, check.name);
    setDraft(null);
    setError(null);
  };

  const revert = () => {
    setDraft(null);
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      revert();
    }
  };

  return (
    <div className="setup__name">
      <input
        ref={input}
        className="field__input"
        type="text"
        aria-label="Criterion name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? criterion.name}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => (error ? revert() : commit())}
      />
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
