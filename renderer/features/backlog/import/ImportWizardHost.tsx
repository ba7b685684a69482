import { memo } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { ConfirmStep } from './ConfirmStep';
import { useImportStore } from './importStore';
import { MappingStep } from './MappingStep';
import './importWizard.css';

/**
 * The CSV import, as one dialog that walks through its steps: reading the file (with progress
 * and Cancel), the mapping of columns with a preview, and the confirmation with the counts and
 * the rows that cannot be imported. Nothing reaches the document before the confirmation.
 */
export const ImportWizardHost = memo(function ImportWizardHost() {
  const current = useImportStore((s) => s.current);
  const cancel = useImportStore((s) => s.cancel);
  const start = useImportStore((s) => s.start);

  switch (current.step) {
    case 'closed':
      return null;
    case 'working': {
      const percent = Math.round(current.done * 100);
      const what = current.work === 'reading' ? 'Reading the file' : 'Checking every row';
      return (
        <Dialog
          key="working"
          title={`Import “${current.fileName}”`}
          description={
            <p>{what}… The window stays usable; Cancel stops without changing anything.</p>
          }
          onCancel={cancel}
          actions={
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          }
        >
          <progress className="backlog-import-progress" max={100} value={percent} aria-label={what}>
            {percent}%
          </progress>
          <p className="backlog-import-progress__text" aria-live="polite">
            {percent}%
          </p>
        </Dialog>
      );
    }
    case 'failed':
      return (
        <Dialog
          key="failed"
          title={`Could not import “${current.fileName}”`}
          role="alertdialog"
          description={<p>{current.message}</p>}
          onCancel={cancel}
          actions={
            <>
              <button type="button" className="button" onClick={() => void start()}>
                Choose another file…
              </button>
              <button type="button" className="button button--primary" onClick={cancel}>
                Close
              </button>
            </>
          }
        >
          <p className="backlog-import-note">Nothing in the backlog was changed.</p>
        </Dialog>
      );
    case 'mapping':
      return <MappingStep key="mapping" step={current} />;
    case 'confirm':
      return <ConfirmStep key="confirm" step={current} />;
  }
});
