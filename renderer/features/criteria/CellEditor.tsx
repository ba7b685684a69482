import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { parseScoreInput } from '../../../shared/criteria/scoring';
import type { Criterion } from '../../../shared/workshop/schema';
import { AnchoredNote } from './AnchoredNote';
import type { NavigationKey } from './gridNavigation';

export interface EditStart {
  /** The text the editor opens with: the typed character, or the current score. */
  text: string;
  /** Typing into a cell makes ←/→ finish the entry (spreadsheet "enter" mode); F2 keeps them
   * for moving the caret ("edit" mode). */
  mode: 'enter' | 'edit';
}

interface CellEditorProps {
  start: EditStart;
  criterion: Criterion;
  itemTitle: string;
  /** A valid score (null = cleared) and the key that finished the entry, if it moves on. */
  onCommit(score: number | null, move: NavigationKey | null): void;
  /** Abandons the entry; `refocus` puts focus back on the cell (Escape, not a click away). */
  onCancel(refocus: boolean): void;
}

const FINISHING = new Set(['Enter', 'Tab', 'ArrowUp', 'ArrowDown']);
const FINISHING_IN_ENTER_MODE = new Set(['ArrowLeft', 'ArrowRight']);

/**
 * The text field a matrix cell becomes while a score is typed. A value outside the criterion's
 * scale (or not a whole number) is refused right there: the field stays open, marked invalid,
 * with the reason beside it, until it is corrected or abandoned with Escape.
 */
export function CellEditor({ start, criterion, itemTitle, onCommit, onCancel }: CellEditorProps) {
  const [draft, setDraft] = useState(start.text);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const errorId = useId();

  useEffect(() => {
    const field = input.current;
    if (!field) return;
    field.focus();
    // Typed: the caret after the character, so "1" then "0" makes 10. F2: all selected.
    if (start.mode === 'enter') field.setSelectionRange(field.value.length, field.value.length);
    else field.select();
  }, [start]);

  const finish = (move: NavigationKey | null): boolean => {
    const parsed = parseScoreInput(draft, criterion);
    if (!parsed.ok) {
      setError(parsed.message);
      return false;
    }
    done.current = true;
    onCommit(parsed.score, move);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      done.current = true;
      onCancel(true);
      return;
    }
    const finishes =
      FINISHING.has(event.key) ||
      (start.mode === 'enter' && FINISHING_IN_ENTER_MODE.has(event.key));
    if (!finishes) return;
    event.preventDefault();
    finish({ key: event.key, shiftKey: event.shiftKey });
  };

  return (
    <>
      <input
        ref={input}
        className="matrix__editor"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        aria-label={`${criterion.name} score for ${itemTitle}, ${criterion.scale.min} to ${criterion.scale.max}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (done.current) return;
          done.current = true;
          // Clicking away keeps a valid entry and drops an invalid one.
          const parsed = parseScoreInput(draft, criterion);
          if (parsed.ok) onCommit(parsed.score, null);
          else onCancel(false);
        }}
      />
      {error ? (
        <AnchoredNote anchor={input} id={errorId} role="alert" className="matrix__error">
          {error}
        </AnchoredNote>
      ) : null}
    </>
  );
}
