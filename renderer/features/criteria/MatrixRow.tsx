import { memo, type CSSProperties } from 'react';
import { displayTitle } from '../../../shared/backlog/items';
import { isInScale, scoreOf } from '../../../shared/criteria/scoring';
import type { BacklogItem, Criterion } from '../../../shared/workshop/schema';
import { CellEditor, type EditStart } from './CellEditor';
import type { NavigationKey } from './gridNavigation';
import { scoreStep } from './scoreColour';
import { TotalCell } from './TotalCell';

export interface RowEditing {
  col: number;
  start: EditStart;
}

interface MatrixRowProps {
  item: BacklogItem;
  criteria: readonly Criterion[];
  row: number;
  top: number;
  height: number;
  /** The cursor's column when it is on this row, otherwise -1. */
  activeCol: number;
  editing: RowEditing | null;
  /** Stable across renders, so a row re-renders only when its own item or the cursor changes. */
  onCommit(score: number | null, move: NavigationKey | null): void;
  onCancel(refocus: boolean): void;
  onStartEditing(row: number, col: number): void;
}

export const cellId = (row: number, col: number) => `${row}:${col}`;

/** One item across the criteria, then its weighted total. */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { item, criteria, row, top, height, activeCol, editing } = props;
  const title = displayTitle(item);
  const position = { transform: `translateY(${top}px)`, height } as CSSProperties;
  return (
    <div role="row" className="matrix__row" aria-rowindex={row + 2} style={position}>
      <div role="rowheader" className="matrix__item" aria-colindex={1} title={title}>
        <span className="matrix__item-title">{title}</span>
      </div>
      {criteria.map((criterion, col) =>
        editing?.col === col ? (
          <div
            key={criterion.id}
            role="gridcell"
            className="matrix__cell matrix__cell--editing"
            aria-colindex={col + 2}
          >
            <CellEditor
              start={editing.start}
              criterion={criterion}
              itemTitle={title}
              onCommit={props.onCommit}
              onCancel={props.onCancel}
            />
          </div>
        ) : (
          <ScoreCell
            key={criterion.id}
            score={scoreOf(item, criterion.id)}
            criterion={criterion}
            id={cellId(row, col)}
            col={col}
            active={activeCol === col}
            onDoubleClick={() => props.onStartEditing(row, col)}
          />
        ),
      )}
      <TotalCell
        item={item}
        criteria={criteria}
        cellId={cellId(row, criteria.length)}
        colIndex={criteria.length + 2}
        active={activeCol === criteria.length}
      />
    </div>
  );
});

interface ScoreCellProps {
  score: number | null;
  criterion: Criterion;
  id: string;
  col: number;
  active: boolean;
  onDoubleClick(): void;
}

function ScoreCell({ score, criterion, id, col, active, onDoubleClick }: ScoreCellProps) {
  const { min, max } = criterion.scale;
  const outside = score !== null && !isInScale(score, criterion.scale);
  const shade =
    score === null ? 'matrix__cell--empty' : `matrix__cell--s${scoreStep(score, criterion.scale)}`;
  return (
    <div
      role="gridcell"
      className={`matrix__cell ${shade}${outside ? ' matrix__cell--outside' : ''}`}
      data-cell={id}
      aria-colindex={col + 2}
      tabIndex={active ? 0 : -1}
      title={
        outside
          ? `${score} is outside ${min}–${max}: it counts as ${score > max ? max : min} until re-scored`
          : undefined
      }
      onDoubleClick={onDoubleClick}
    >
      {score === null ? <span className="visually-hidden">unscored</span> : score}
      {outside ? (
        <span className="matrix__outside-mark">
          <span aria-hidden="true">!</span>
          <span className="visually-hidden">
            , outside {min} to {max}
          </span>
        </span>
      ) : null}
    </div>
  );
}
