import { Dialog } from '../../ui/Dialog';

interface Props {
  title: string;
  message: string;
  fieldPath: string | null;
  onClose(): void;
}

/** A failure said plainly; for a damaged file, also where in the file the problem is. */
export function ErrorDialog({ title, message, fieldPath, onClose }: Props) {
  return (
    <Dialog
      role="alertdialog"
      title={title}
      description={
        <>
          <p>{message}</p>
          {fieldPath ? (
            <p>
              First problem at: <code className="error-dialog__path">{fieldPath}</code>
            </p>
          ) : null}
          <p>Nothing on disk was changed.</p>
        </>
      }
      onCancel={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          OK
        </button>
      }
    />
  );
}
