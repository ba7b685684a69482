import { useId } from 'react';
import { mappingProblems } from '../../../../shared/backlog/csv/mapping';
import { useDocument } from '../../../app/ServicesContext';
import { Dialog } from '../../../ui/Dialog';
import { ColumnList } from './ColumnList';
import { FieldMapping } from './FieldMapping';
import { type ImportStep, useImportStore } from './importStore';
import { PreviewTable } from './PreviewTable';

type MappingState = Extract<ImportStep, { step: 'mapping' }>;

/**
 * Which column feeds which field: the proposal from the headers (and, for a plain
 * spreadsheet, from the values), editable, with the first rows as the import would read them.
 */
export function MappingStep({ step }: { step: MappingState }) {
  const { source, mapping } = step;
  const setMapping = useImportStore((s) => s.setMapping);
  const review = useImportStore((s) => s.review);
  const cancel = useImportStore((s) => s.cancel);
  const settings = useDocument((s) => s.doc?.settings);
  const problemId = useId();
  const problems = step.problem !== null ? [step.problem] : mappingProblems(mapping, source.table);
  const rows = source.table.rows.length;

  return (
    <Dialog
      title={`Import “${source.fileName}”: match the columns`}
      wide
      description={
        <p>
          <strong>{source.detection.label}</strong> ({source.detection.evidence.join('; ')}), {rows}{' '}
          {rows === 1 ? 'row' : 'rows'} and {source.table.columns.length} columns. Check which
          column feeds each field; the preview shows how the first rows will be read.
        </p>
      }
      onCancel={cancel}
      actions={
        <>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-describedby={problems.length > 0 ? problemId : undefined}
            disabled={problems.length > 0}
            onClick={() => void review()}
          >
            Review import
          </button>
        </>
      }
    >
      <div className="backlog-import-mapping">
        <FieldMapping
          table={source.table}
          mapping={mapping}
          reasons={source.proposal.reasons}
          onChange={setMapping}
        />
        {problems.length > 0 ? (
          <p id={problemId} className="backlog-import-problem" role="alert">
            {problems.join(' ')}
          </p>
        ) : null}
        {settings === undefined ? null : (
          <PreviewTable table={source.table} mapping={mapping} settings={settings} />
        )}
        <ColumnList table={source.table} />
      </div>
    </Dialog>
  );
}
