import { useEffect } from 'react';
import { useUi } from '../../app/ServicesContext';
import { Dialog } from '../../ui/Dialog';
import { DraftList } from './DraftList';

/** Offered at start when an earlier session ended with unsaved changes (a crash, a killed host). */
export function RecoveryDialog({ onClose }: { onClose(): void }) {
  const count = useUi((s) => s.drafts.length);
  useEffect(() => {
    if (count === 0) onClose();
  }, [count, onClose]);
  return (
    <Dialog
      title="Recover unsaved work?"
      description={
        <p>
          Tradeoff closed without saving {count === 1 ? 'this workshop' : 'these workshops'} last
          time. Restore to continue where you left off, or discard what you do not need. Until you
          decide, the copies are kept.
        </p>
      }
      wide
      onCancel={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Decide later
        </button>
      }
    >
      <DraftList beforeRestore={onClose} />
    </Dialog>
  );
}
