import { useEffect, useId, useRef } from 'react';
import type { Criterion } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { useDraft } from '../../ui/useDraft';
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
  const draft = useDraft({
    value: criterion.name,
    parse: (text) => {
      const check = checkCriterionName(criteria, criterion.id, text);
      return check.ok ? { ok: true, value: check.name } : check;
    },
    onCommit: (name) => rename(criterion.id, name),
    refusalShows: 'commit',
    leavingRefused: 'revert',
  });
  const error = draft.problem;
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(() => {
    if (!focusOnMount) return;
    input.current?.focus();
    input.current?.select();
  }, [focusOnMount]);

  return (
    <div className="setup__name">
      <input
        ref={input}
        className="field__input"
        type="text"
        aria-label="Criterion name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft.text}
        onChange={draft.onChange}
        onKeyDown={draft.onKeyDown}
        onBlur={draft.onBlur}
      />
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
