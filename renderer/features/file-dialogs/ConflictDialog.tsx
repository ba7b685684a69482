import { useRef } from 'react';
import type { ConflictChoice } from '../../state/dialogs';
import { Dialog } from '../../ui/Dialog';

/**
 * The file changed on disk since it was opened or saved (another program, a sync tool). Nothing
 * has been written; the user decides whose version wins.
 */
export function ConflictDialog({
  message,
  onAnswer,
}: {
  message: string;
  onAnswer(choice: ConflictChoice): void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      role="alertdialog"
      title="The file changed on disk"
      description={
        <>
          <p>{message}</p>
          <p>
            Overwrite replaces the version on disk with yours. Save as… keeps both by saving yours
            under another name.
          </p>
        </>
      }
      initialFocus={cancel}
      onCancel={() => onAnswer('cancel')}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={() => onAnswer('cancel')}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => onAnswer('saveAs')}>
            Save as…
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => onAnswer('overwrite')}
          >
            Overwrite
          </button>
        </>
      }
    />
  );
}
