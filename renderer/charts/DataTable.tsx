/**
 * The numbers behind a chart, as a table: the accessible alternative to the picture, and what a
 * reader copies from. Every chart builds one from the same values it draws, formatted the same.
 */
export interface ChartTable {
  caption: string;
  /** Headers of the value columns; the first (row header) column is `rowHeader`. */
  rowHeader: string;
  columns: readonly string[];
  rows: readonly ChartTableRow[];
}

export interface ChartTableRow {
  key: string;
  header: string;
  cells: readonly string[];
}

export function DataTable({ table, id }: { table: ChartTable; id: string }) {
  return (
    <div className="chart__table-wrap" id={id}>
      <table className="chart__table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={table.columns[index] ?? index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
