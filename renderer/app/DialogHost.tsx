import { AboutDialog } from '../features/shell/AboutDialog';
import { ConfirmDialog } from '../features/file-dialogs/ConfirmDialog';
import { ConflictDialog } from '../features/file-dialogs/ConflictDialog';
import { ErrorDialog } from '../features/file-dialogs/ErrorDialog';
import { FileDialog } from '../features/file-dialogs/FileDialog';
import { UnsavedChangesDialog } from '../features/file-dialogs/UnsavedChangesDialog';
import { RecoveryDialog } from '../features/recovery/RecoveryDialog';
import { useUi } from './ServicesContext';

/** Shows the dialog a command is waiting on; answering it resolves that command's question. */
export function DialogHost() {
  const dialog = useUi((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'unsaved':
      return (
        <UnsavedChangesDialog name={dialog.name} reason={dialog.reason} onAnswer={dialog.resolve} />
      );
    case 'conflict':
      return <ConflictDialog message={dialog.message} onAnswer={dialog.resolve} />;
    case 'error':
      return (
        <ErrorDialog
          title={dialog.title}
          message={dialog.message}
          fieldPath={dialog.fieldPath}
          onClose={dialog.resolve}
        />
      );
    case 'confirm':
      return (
        <ConfirmDialog
          title={dialog.title}
          message={dialog.message}
          confirmLabel={dialog.confirmLabel}
          onAnswer={dialog.resolve}
        />
      );
    case 'openFile':
      return (
        <FileDialog
          mode="open"
          accept={dialog.accept}
          title={dialog.title}
          onDone={dialog.resolve}
        />
      );
    case 'saveFile':
      return (
        <FileDialog
          mode="save"
          suggestedName={dialog.suggestedName}
          extension={dialog.extension}
          title={dialog.title}
          onDone={dialog.resolve}
        />
      );
    case 'recovery':
      return <RecoveryDialog onClose={dialog.resolve} />;
    case 'about':
      return <AboutDialog onClose={dialog.resolve} />;
  }
}
