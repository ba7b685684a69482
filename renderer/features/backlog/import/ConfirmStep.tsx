import { summarizeImportPlan } from '../../../../shared/backlog/csv/importRows';
import { Dialog } from '../../../ui/Dialog';
import { type ImportStep, useImportStore } from './importStore';

type ConfirmState = Extract<ImportStep, { step: 'confirm' }>;

/** Rows listed before the rest are summarised, so a broken 50,000-row file stays readable. */
const LISTED = 200;

/**
 * The last step before anything changes: how many items will be added, updated and left
 * unchanged, which rows cannot be imported and why, and what was adjusted on the way. Import
 * writes it all as one undo step; Cancel leaves the backlog as it was.
 */
export function ConfirmStep({ step }: { step: ConfirmState }) {
  const { plan, source } = step;
  const back = useImportStore((s) => s.back);
  const confirm = useImportStore((s) => s.confirm);
  const cancel = useImportStore((s) => s.cancel);
  const changes = plan.added.length + plan.updated.length;

  return (
    <Dialog
      title={`Import “${source.fileName}”: confirm`}
      wide
      description={<p className="backlog-import-summary">{summarizeImportPlan(plan)}.</p>}
      onCancel={cancel}
      actions={
        <>
          <button type="button" className="button" onClick={back}>
            Back to the columns
          </button>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={changes === 0}
            onClick={confirm}
          >
            {changes === 0
              ? 'Nothing to import'
              : `Import ${changes} ${changes === 1 ? 'item' : 'items'}`}
          </button>
        </>
      }
    >
      <ul className="backlog-import-counts">
        <li>
          <strong>{plan.added.length}</strong> new
        </li>
        <li>
          <strong>{plan.updated.length}</strong> updated (matched by key)
        </li>
        <li>
          <strong>{plan.skipped.length}</strong> unchanged
        </li>
        <li className={plan.errors.length > 0 ? 'is-refused' : undefined}>
          <strong>{plan.errors.length}</strong> can't be imported
        </li>
      </ul>
      {plan.tracksToAdd.length > 0 ? (
        <p className="backlog-import-note">
          New tracks: {plan.tracksToAdd.map((track) => track.name).join(', ')}.
        </p>
      ) : null}
      {plan.errors.length > 0 ? (
        <section className="backlog-import-errors" aria-labelledby="backlog-import-errors-title">
          <h3 id="backlog-import-errors-title">Rows that can't be imported</h3>
          <ul aria-labelledby="backlog-import-errors-title">
            {plan.errors.slice(0, LISTED).map((error) => (
              <li key={error.row}>
                <span className="backlog-import-errors__row">Row {error.row}</span> {error.reason}
              </li>
            ))}
          </ul>
          {plan.errors.length > LISTED ? (
            <p className="backlog-import-note">…and {plan.errors.length - LISTED} more rows.</p>
          ) : null}
        </section>
      ) : null}
      {plan.warnings.length > 0 ? (
        <details className="backlog-import-warnings">
          <summary>{plan.warnings.length} things were adjusted while reading</summary>
          <ul>
            {plan.warnings.slice(0, LISTED).map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="backlog-import-note">
        Nothing changes until you import; afterwards, Undo takes the whole import back.
      </p>
    </Dialog>
  );
}
