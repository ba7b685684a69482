import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDocument } from '../../app/ServicesContext';
import './workshopMeta.css';

const TITLE_MAX = 200;

/**
 * The workshop title, edited in place: click it (or press Enter on it) to type; Enter or leaving
 * the field keeps the change as one undo step, Escape puts the old title back.
 */
export function TitleField() {
  const title = useDocument((s) => s.doc?.meta.title ?? '');
  const setTitle = useDocument((s) => s.setTitle);
  const [draft, setDraft] = useState<string | null>(null);
  /** The edit in progress, read by the handlers so that blur after Enter or Escape does nothing. */
  const editing = useRef<string | null>(null);
  const refocusButton = useRef(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (draft === null && refocusButton.current) {
      refocusButton.current = false;
      button.current?.focus();
    }
  }, [draft]);

  const start = () => {
    editing.current = title;
    setDraft(title);
  };

  const finish = (keep: boolean, refocus: boolean) => {
    const value = editing.current;
    if (value === null) return;
    editing.current = null;
    refocusButton.current = refocus;
    setDraft(null);
    const trimmed = value.trim();
    // An empty title would leave the header, the file name and the PDF with nothing to show.
    if (keep && trimmed !== '') setTitle(trimmed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false, true);
    }
  };

  return (
    <h1 className="workshop-title">
      {draft !== null ? (
        <input
          className="workshop-title__input"
          aria-label="Workshop title"
          value={draft}
          maxLength={TITLE_MAX}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            editing.current = event.target.value;
            setDraft(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => finish(true, false)}
        />
      ) : (
        <button
          ref={button}
          type="button"
          className="workshop-title__button"
          title="Rename the workshop"
          onClick={start}
        >
          {title || 'Untitled workshop'}
        </button>
      )}
    </h1>
  );
}
