import { useId, useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';

interface PositionDialogProps {
  /** The item's display title (`displayTitle`). */
  title: string;
  /** 1-based position among the shown items now. */
  current: number;
  /** How many items are shown (the positions to choose from). */
  count: number;
  filtered: boolean;
  onMove(position: number): void;
  onCancel(): void;
}

/** "Move to position N": the non-drag way to put an item anywhere in the list. */
export function PositionDialog({
  title,
  current,
  count,
  filtered,
  onMove,
  onCancel,
}: PositionDialogProps) {
  const [text, setText] = useState(String(current));
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const errorId = useId();
  const formId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const position = Number(text.trim());
    if (!Number.isInteger(position) || position < 1 || position > count) {
      setProblem(`Enter a whole number from 1 to ${count}.`);
      field.current?.focus();
      return;
    }
    onMove(position);
  };

  return (
    <Dialog
      title={`Move “${title}”`}
      description={
        <p>
          {filtered
            ? `Position among the ${count} items shown; hidden items keep their places.`
            : `Position in the room's order, 1 to ${count}.`}
        </p>
      }
      initialFocus={field}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary">
            Move
          </button>
        </>
      }
    >
      <form id={formId} className="field" onSubmit={submit}>
        <label htmlFor={fieldId} className="field__label">
          New position
        </label>
        <input
          ref={field}
          id={fieldId}
          className="field__input"
          type="number"
          min={1}
          max={count}
          step={1}
          value={text}
          aria-invalid={problem !== null ? true : undefined}
          aria-describedby={problem !== null ? errorId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        {problem !== null ? (
          <span id={errorId} className="field__error" role="alert">
            {problem}
          </span>
        ) : null}
      </form>
    </Dialog>
  );
}
