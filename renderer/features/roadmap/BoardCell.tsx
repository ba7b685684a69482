import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import type { DropData } from './usePointerDrag';

interface BoardCellProps {
  trackId: string;
  columnIndex: number;
  gridRow: string;
  gridColumn: string;
  /** The period is over capacity: the cell is hatched. */
  over: boolean;
  empty: boolean;
}

/**
 * The drop zone of one track × period, drawn under its cards. Cards are not its children (a
 * card spanning periods lies across several cells), so it is hidden from assistive technology;
 * the cards' lists carry the cell's name.
 */
export const BoardCell = memo(function BoardCell({
  trackId,
  columnIndex,
  gridRow,
  gridColumn,
  over,
  empty,
}: BoardCellProps) {
  const data: DropData = { kind: 'cell', trackId, columnIndex };
  const { setNodeRef, isOver } = useDroppable({ id: `cell:${trackId}:${columnIndex}`, data });
  const classes = ['roadmap-cell'];
  if (over) classes.push('roadmap-cell--over-capacity');
  if (isOver) classes.push('roadmap-cell--drop');
  return (
    <div
      ref={setNodeRef}
      className={classes.join(' ')}
      style={{ gridRow, gridColumn }}
      aria-hidden="true"
    >
      {empty ? <span className="roadmap-cell__hint">Drop items here</span> : null}
    </div>
  );
});
