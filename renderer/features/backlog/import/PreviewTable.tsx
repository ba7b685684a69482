import { previewImport } from '../../../../shared/backlog/csv/importRows';
import type { ColumnMapping } from '../../../../shared/backlog/csv/mapping';
import type { CsvTable } from '../../../../shared/backlog/csv/parse';
import { formatGrouped } from '../../../../shared/backlog/numbers';
import type { Settings } from '../../../../shared/workshop/schema';

const PREVIEW_ROWS = 5;

const show = (value: number | undefined, suffix = '') =>
  value === undefined ? '' : `${formatGrouped(value)}${suffix}`;

/** The first rows as the import will read them with the current mapping. */
export function PreviewTable({
  table,
  mapping,
  settings,
}: {
  table: CsvTable;
  mapping: ColumnMapping;
  settings: Settings;
}) {
  const rows = previewImport(table, mapping, settings, PREVIEW_ROWS);
  return (
    <div className="backlog-import-preview">
      <table className="backlog-import-preview__table">
        <caption>
          Preview: the first {Math.min(PREVIEW_ROWS, table.rows.length)} rows as they will be
          imported
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Title</th>
            <th scope="col">Key</th>
            <th scope="col">Track</th>
            <th scope="col">Tags</th>
            <th scope="col">Reach</th>
            <th scope="col">Impact</th>
            <th scope="col">Confidence</th>
            <th scope="col">Effort</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.ok ? (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td className="backlog-import-preview__title">{row.values.title}</td>
                <td>{row.values.key ?? ''}</td>
                <td>{row.values.trackName ?? ''}</td>
                <td>{(row.values.tags ?? []).join(', ')}</td>
                <td className="is-number">{show(row.values.rice.reach)}</td>
                <td className="is-number">{show(row.values.rice.impact)}</td>
                <td className="is-number">{show(row.values.rice.confidence, '%')}</td>
                <td className="is-number">{show(row.values.rice.effort)}</td>
              </tr>
            ) : (
              <tr key={row.row} className="is-refused">
                <th scope="row">{row.row}</th>
                <td colSpan={8}>Can't be imported: {row.reason}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
