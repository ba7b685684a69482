import { memo, type CSSProperties } from 'react';
import { formatGrouped } from '../../../shared/backlog/numbers';
import type { ColumnLoad } from '../../../shared/roadmap/capacity';
import type { BoardColumn } from '../../../shared/roadmap/periods';
import { CapacityField } from './CapacityField';

interface ColumnHeaderProps {
  column: BoardColumn;
  columnIndex: number;
  load: ColumnLoad | undefined;
  /** Whether the column is one period, so its capacity is one editable number. */
  editable: boolean;
  onCapacity(periodIndex: number, personMonths: number): void;
}

const number = (value: number) => formatGrouped(value, 1);
const LOAD_HINT = 'Planned effort of capacity, in person-months (pm)';

/**
 * A period's heading: its name, then planned effort against capacity ("16.5 of [18] pm", the
 * capacity editable for a single quarter) with a bar, and an over-capacity warning in words
 * beside a hatched column (issue 6: "marks over-capacity periods" — never by colour alone).
 */
export const ColumnHeader = memo(function ColumnHeader({
  column,
  columnIndex,
  load,
  editable,
  onCapacity,
}: ColumnHeaderProps) {
  const over = load !== undefined && load.over && load.capacity !== null;
  const style: CSSProperties = { gridRow: '1', gridColumn: `${columnIndex + 2}` };
  const planned = number(load?.planned ?? 0);
  const capacity = load?.capacity ?? null;
  const fill = load ? Math.min(1, load.utilization ?? (load.planned > 0 ? 1 : 0)) : 0;
  return (
    <div
      className={over ? 'roadmap-column roadmap-column--over' : 'roadmap-column'}
      style={style}
      role="group"
      aria-label={column.label}
    >
      <h3 className="roadmap-column__label">
        {column.label}
        {column.detail !== column.label ? (
          <span className="roadmap-column__detail">{column.detail}</span>
        ) : null}
      </h3>
      {editable ? (
        <p className="roadmap-load__text" title={LOAD_HINT}>
          <span>{planned} of</span>
          <CapacityField
            period={column.label}
            value={capacity}
            onCommit={(value) => onCapacity(column.firstPeriod, value)}
          />
          <span>pm</span>
        </p>
      ) : (
        <p className="roadmap-load__text" title={LOAD_HINT}>
          {capacity === null
            ? `${planned} pm, no capacity set`
            : `${planned} of ${number(capacity)} pm`}
        </p>
      )}
      <div className="roadmap-load__bar" aria-hidden="true">
        <div className="roadmap-load__fill" style={{ width: `${fill * 100}%` }} />
      </div>
      {over && capacity !== null ? (
        <p className="roadmap-load__over">
          <span aria-hidden="true">⚠ </span>Over by {number((load?.planned ?? 0) - capacity)} pm
          <span className="visually-hidden"> of capacity</span>
        </p>
      ) : null}
    </div>
  );
});
