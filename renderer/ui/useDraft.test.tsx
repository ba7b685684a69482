import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDraft, type DraftOptions, type DraftReading } from './useDraft';

const readCount = (text: string): DraftReading<number> =>
  /^\d+$/.test(text.trim())
    ? { ok: true, value: Number(text.trim()) }
    : { ok: false, message: `“${text}” is not a whole number` };

type FieldOptions = Pick<DraftOptions<number>, 'multiline' | 'refusalShows' | 'leavingRefused'>;

/** A count kept in state, edited through the hook, inside a box that closes on Escape. */
function Harness({ onCommit, ...options }: FieldOptions & { onCommit(value: number): void }) {
  const [count, setCount] = useState(7);
  const draft = useDraft({
    ...options,
    value: String(count),
    parse: readCount,
    onCommit: (next) => {
      onCommit(next);
      setCount(next);
    },
  });
  const Field = options.multiline ? 'textarea' : 'input';
  return (
    <div
      role="dialog"
      aria-label="Box"
      onKeyDown={(event) => {
        if (event.key === 'Escape') closed();
      }}
    >
      <Field
        aria-label="Count"
        aria-invalid={draft.problem !== null ? true : undefined}
        value={draft.text}
        onChange={draft.onChange}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
      {draft.problem !== null ? <span role="alert">{draft.problem}</span> : null}
      <output aria-label="State">{draft.editing ? 'editing' : 'idle'}</output>
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        Add one elsewhere
      </button>
    </div>
  );
}

/** The box's own Escape handler: called only when the field lets the key through. */
const closed = vi.fn();

function setup(options: FieldOptions = {}) {
  closed.mockClear();
  const onCommit = vi.fn();
  const user = userEvent.setup();
  render(<Harness onCommit={onCommit} {...options} />);
  const field = screen.getByRole('textbox', { name: 'Count' });
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
    throw new Error('the count is not a text field');
  }
  return { user, field, onCommit };
}

afterEach(cleanup);

const alertText = () => screen.queryByRole('alert')?.textContent ?? null;

describe('useDraft', () => {
  it('commits once on Enter, however many keys were typed', async () => {
    const { user, field, onCommit } = setup();
    await user.clear(field);
    await user.type(field, '42');
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('status', { name: 'State' }).textContent).toBe('editing');
    await user.keyboard('{Enter}');
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith(42);
    expect(field.value).toBe('42');
    expect(screen.getByRole('status', { name: 'State' }).textContent).toBe('idle');
  });

  it('commits when the field is left', async () => {
    const { user, field, onCommit } = setup();
    await user.clear(field);
    await user.type(field, '9');
    await user.tab();
    expect(onCommit).toHaveBeenCalledWith(9);
  });

  it('commits nothing for text identical to the stored value', async () => {
    const { user, field, onCommit } = setup();
    await user.type(field, '1{Backspace}{Enter}');
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows a refusal while typing by default, and never commits it', async () => {
    const { user, field, onCommit } = setup();
    await user.type(field, 'x');
    expect(alertText()).toBe('“7x” is not a whole number');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('{Enter}');
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(field.value).toBe('7x');
    expect(alertText()).toBe('“7x” is not a whole number');
  });

  it('shows a refusal only on commit, until the next keystroke, with refusalShows "commit"', async () => {
    const { user, field } = setup({ refusalShows: 'commit' });
    await user.type(field, 'x');
    expect(alertText()).toBeNull();
    await user.keyboard('{Enter}');
    expect(alertText()).toBe('“7x” is not a whole number');
    await user.type(field, 'y');
    expect(alertText()).toBeNull();
  });

  it('keeps a refusal while typing until the next commit with refusalShows "next-commit"', async () => {
    const { user, field, onCommit } = setup({ refusalShows: 'next-commit' });
    await user.type(field, 'x{Enter}');
    await user.type(field, 'y');
    expect(alertText()).toBe('“7x” is not a whole number');
    await user.clear(field);
    await user.type(field, '5{Enter}');
    expect(alertText()).toBeNull();
    expect(onCommit).toHaveBeenCalledWith(5);
  });

  it('puts the stored value back when a refused field is left, with leavingRefused "revert"', async () => {
    const { user, field } = setup({ refusalShows: 'commit', leavingRefused: 'revert' });
    await user.type(field, 'x{Enter}');
    await user.tab();
    expect(field.value).toBe('7');
    expect(alertText()).toBeNull();
  });

  it('puts the stored value back on Escape without letting the Escape close the box', async () => {
    const { user, field, onCommit } = setup();
    await user.type(field, 'x');
    await user.keyboard('{Escape}');
    expect(field.value).toBe('7');
    expect(alertText()).toBeNull();
    expect(closed).not.toHaveBeenCalled();
    // Nothing left to put back: Escape is the box's again.
    await user.keyboard('{Escape}');
    expect(closed).toHaveBeenCalledTimes(1);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('makes a new line on Enter in a multi-line field and commits on Ctrl+Enter', async () => {
    const { user, field, onCommit } = setup({ multiline: true });
    await user.clear(field);
    await user.type(field, '3{Enter}');
    expect(onCommit).not.toHaveBeenCalled();
    expect(field.value).toBe('3\n');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onCommit).toHaveBeenCalledWith(3);
  });

  it('drops the draft when the stored value changes underneath', async () => {
    const { user, field } = setup({ refusalShows: 'next-commit' });
    await user.type(field, 'x{Enter}');
    expect(alertText()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add one elsewhere' }));
    expect(field.value).toBe('8');
    expect(alertText()).toBeNull();
  });
});
