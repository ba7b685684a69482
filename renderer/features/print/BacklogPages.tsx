import type { Workshop } from '../../../shared/workshop/schema';
import { backlogTables, type BacklogRow, type CriterionRow } from './backlogRows';
import './tables.css';

/**
 * The scoring behind the board, from a new page: the backlog by RICE score, the room's own
 * order with the weighted totals, and the criteria weights those totals use. Long tables run
 * over several pages with their header row repeated, one row never split.
 */
export function BacklogPages({ doc }: { doc: Workshop }) {
  const tables = backlogTables(doc);
  return (
    <>
      <section className="print-section print-section--new-page" aria-labelledby="print-rice">
        <h2 id="print-rice" className="print-section__heading">
          Backlog ranked by RICE score
        </h2>
        <p className="print-section__lead">
          RICE = Reach × Impact × Confidence ÷ Effort. Reach in{' '}
          {doc.settings.reachUnit || 'people or events per period'}; effort in person-months.
          Unscored items come last.
        </p>
        {tables.byRice.length === 0 ? (
          <p className="print-empty">The backlog is empty.</p>
        ) : (
          <RiceTable rows={tables.byRice} />
        )}
      </section>
      <section className="print-section" aria-labelledby="print-manual">
        <h2 id="print-manual" className="print-section__heading">
          The room’s order, with weighted totals
        </h2>
        <p className="print-section__lead">
          Weighted total = Σ weight × score on each criterion, out of 100; criteria where more is
          worse count inverted, unscored criteria add nothing.
        </p>
        {tables.byManual.length === 0 ? (
          <p className="print-empty">The backlog is empty.</p>
        ) : (
          <ManualTable rows={tables.byManual} />
        )}
        <CriteriaTable criteria={tables.criteria} weightSum={tables.weightSum} />
      </section>
    </>
  );
}

function ItemCell({ row }: { row: BacklogRow }) {
  return (
    <th scope="row" className="print-table__item">
      {row.externalKey ? <span className="print-table__key">{row.externalKey} </span> : null}
      {row.title}
    </th>
  );
}

const rank = (value: number | null) => (value === null ? '—' : String(value));

function RiceTable({ rows }: { rows: readonly BacklogRow[] }) {
  return (
    <table className="print-table" aria-label="Backlog ranked by RICE score">
      <thead>
        <tr>
          <th scope="col" className="print-table__rank">
            RICE rank
          </th>
          <th scope="col">Item</th>
          <th scope="col">Track</th>
          <th scope="col" className="print-table__number">
            Reach
          </th>
          <th scope="col">Impact</th>
          <th scope="col">Confidence</th>
          <th scope="col" className="print-table__number">
            Effort
          </th>
          <th scope="col" className="print-table__number">
            RICE score
          </th>
          <th scope="col" className="print-table__rank">
            Room’s rank
          </th>
          <th scope="col">Roadmap</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.itemId}>
            <td className="print-table__rank">{rank(row.riceRank)}</td>
            <ItemCell row={row} />
            <td>{row.track}</td>
            <td className="print-table__number">{row.reach}</td>
            <td className="print-table__short">{row.impact}</td>
            <td className="print-table__short">{row.confidence}</td>
            <td className="print-table__number">{row.effort}</td>
            <td className="print-table__number print-table__strong">{row.riceScore}</td>
            <td className="print-table__rank">{row.manualRank}</td>
            <td className="print-table__short">{row.roadmap ?? 'Not placed'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ManualTable({ rows }: { rows: readonly BacklogRow[] }) {
  return (
    <table className="print-table" aria-label="The room’s order">
      <thead>
        <tr>
          <th scope="col" className="print-table__rank">
            Room’s rank
          </th>
          <th scope="col">Item</th>
          <th scope="col">Track</th>
          <th scope="col" className="print-table__number">
            Weighted total
          </th>
          <th scope="col" className="print-table__rank">
            Weighted rank
          </th>
          <th scope="col" className="print-table__rank">
            RICE rank
          </th>
          <th scope="col" className="print-table__number">
            RICE score
          </th>
          <th scope="col">Roadmap</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.itemId}>
            <td className="print-table__rank">{row.manualRank}</td>
            <ItemCell row={row} />
            <td>{row.track}</td>
            <td className="print-table__number print-table__strong">
              {row.weightedTotal}
              {row.weightedCoverage ? (
                <span className="print-table__coverage">{row.weightedCoverage}</span>
              ) : null}
            </td>
            <td className="print-table__rank">{row.weightedRank}</td>
            <td className="print-table__rank">{rank(row.riceRank)}</td>
            <td className="print-table__number">{row.riceScore}</td>
            <td className="print-table__short">{row.roadmap ?? 'Not placed'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CriteriaTable({
  criteria,
  weightSum,
}: {
  criteria: readonly CriterionRow[];
  weightSum: string;
}) {
  return (
    <div className="print-criteria">
      <h3 className="print-section__subheading">Criteria weights</h3>
      {criteria.length === 0 ? (
        <p className="print-empty">No criteria are set.</p>
      ) : (
        <table className="print-table print-table--narrow" aria-label="Criteria weights">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Direction</th>
              <th scope="col">Scale</th>
              <th scope="col" className="print-table__number">
                Weight
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="print-table__item">
                  {c.name}
                </th>
                <td>{c.direction}</td>
                <td>{c.scale}</td>
                <td className="print-table__number">{c.weight}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td />
              <td className="print-table__number print-table__strong">{weightSum}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
