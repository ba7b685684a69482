import { useRef } from 'react';
import type { UnsavedChoice } from '../../state/dialogs';
import { Dialog } from '../../ui/Dialog';

interface Props {
  name: string;
  reason: string;
  onAnswer(choice: UnsavedChoice): void;
}

/** Save / Don't save / Cancel, asked before unsaved work would be replaced or closed. */
export function UnsavedChangesDialog({ name, reason, onAnswer }: Props) {
  const saveButton = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      role="alertdialog"
      title={`Save changes to “${name}”?`}
      description={<p>You have unsaved changes. Save them {reason}, or they will be lost.</p>}
      initialFocus={saveButton}
      onCancel={() => onAnswer('cancel')}
      actions={
        <>
          <button type="button" className="button" onClick={() => onAnswer('cancel')}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => onAnswer('discard')}>
            Don't save
          </button>
          <button
            ref={saveButton}
            type="button"
            className="button button--primary"
            onClick={() => onAnswer('save')}
          >
            Save
          </button>
        </>
      }
    />
  );
}
