import { useRef } from 'react';
import { Dialog } from '../../ui/Dialog';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onAnswer(confirmed: boolean): void;
}

/** A yes/no question about something that cannot be undone; Cancel has the focus. */
export function ConfirmDialog({ title, message, confirmLabel, onAnswer }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      role="alertdialog"
      title={title}
      description={<p>{message}</p>}
      initialFocus={cancel}
      onCancel={() => onAnswer(false)}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={() => onAnswer(false)}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={() => onAnswer(true)}>
            {confirmLabel}
          </button>
        </>
      }
    />
  );
}
