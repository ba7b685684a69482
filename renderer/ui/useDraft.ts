import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

export type DraftReading<T> = { ok: true; value: T } | { ok: false; message: string };

type TextElement = HTMLInputElement | HTMLTextAreaElement;

export interface DraftOptions<T> {
  /** The stored value as the field shows it. */
  value: string;
  /** Reads a draft: the value to commit, or the sentence that refuses the draft. */
  parse(text: string): DraftReading<T>;
  /** Called once per accepted edit (Enter or leaving the field), never for untouched text. */
  onCommit(value: T): void;
  /** Enter makes a new line; Ctrl/Cmd+Enter commits. */
  multiline?: boolean;
  /**
   * When the reason for a refusal shows:
   * `typing` — as soon as the draft is refused, re-read with every keystroke;
   * `commit` — when a commit is refused, until the next keystroke;
   * `next-commit` — when a commit is refused, until the next commit or Escape.
   */
  refusalShows?: 'typing' | 'commit' | 'next-commit';
  /** Leaving a field whose refusal shows: `retry` the commit (the draft stays) or `revert`. */
  leavingRefused?: 'retry' | 'revert';
}

export interface Draft {
  /** What the field shows: the draft, or the stored value when there is none. */
  text: string;
  /** Why the draft is refused, or null. */
  problem: string | null;
  /** A draft exists (the user has typed since the last commit or Escape). */
  editing: boolean;
  onChange(event: ChangeEvent<TextElement>): void;
  onBlur(): void;
  onKeyDown(event: KeyboardEvent<TextElement>): void;
  /** Drops the draft and its refusal: the stored value shows again. */
  cancel(): void;
  /** Writes the draft if it parses; keeps it, with its reason, if not. */
  commit(): void;
}

/**
 * The draft behind a field that edits a document value as ONE undo entry: typing changes only
 * the draft, the draft is written when the edit ends, Escape puts the stored value back (and
 * stops there, so an open dialog stays open). A refused draft is never written.
 */
export function useDraft<T>({
  value,
  parse,
  onCommit,
  multiline = false,
  refusalShows = 'typing',
  leavingRefused = 'retry',
}: DraftOptions<T>): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  // The document changed underneath (undo, a new currency): show the new value.
  if (value !== seen) {
    setSeen(value);
    setDraft(null);
    setRefusal(null);
  }

  const liveReading = refusalShows === 'typing' && draft !== null ? parse(draft) : null;
  const problem = liveReading ? (liveReading.ok ? null : liveReading.message) : refusal;

  const cancel = () => {
    setDraft(null);
    setRefusal(null);
  };

  const commit = () => {
    if (draft === null) return;
    // Untouched text is the display of the value: reading it back could round it.
    if (draft === value) {
      cancel();
      return;
    }
    const reading = liveReading ?? parse(draft);
    if (!reading.ok) {
      setRefusal(reading.message);
      return;
    }
    onCommit(reading.value);
    cancel();
  };

  return {
    text: draft ?? value,
    problem,
    editing: draft !== null,
    onChange(event) {
      setDraft(event.target.value);
      if (refusalShows === 'commit') setRefusal(null);
    },
    onBlur() {
      if (leavingRefused === 'revert' && problem !== null) cancel();
      else commit();
    },
    onKeyDown(event) {
      if (event.key === 'Escape' && draft !== null && (draft !== value || problem !== null)) {
        event.preventDefault();
        event.stopPropagation();
        cancel();
      } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        commit();
      }
    },
    cancel,
    commit,
  };
}
