import { columnSamples } from '../../../../shared/backlog/csv/mapping';
import type { CsvTable } from '../../../../shared/backlog/csv/parse';

/** Every column the file has, with its first values: what there is to map. */
export function ColumnList({ table }: { table: CsvTable }) {
  return (
    <details className="backlog-import-columns">
      <summary>All {table.columns.length} columns in the file</summary>
      <dl className="backlog-import-columns__list">
        {table.columns.map((column) => (
          <div key={column.index} className="backlog-import-columns__entry">
            <dt>{column.name}</dt>
            <dd>{columnSamples(table, column.index, 3).join(' · ') || 'empty'}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
