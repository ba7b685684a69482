import { useId, useState } from 'react';
import type { BoardColumn } from '../../../shared/roadmap/periods';
import type { Track } from '../../../shared/workshop/schema';
import { Dialog } from '../../ui/Dialog';

interface MoveDialogProps {
  title: string;
  /** Placing an item that is not on the roadmap yet, or moving a card. */
  mode: 'place' | 'move';
  columns: readonly BoardColumn[];
  tracks: readonly Track[];
  initial: { trackId: string; columnIndex: number };
  onSubmit(target: { trackId: string; columnIndex: number }): void;
  onCancel(): void;
}

/**
 * "Move to…": the way to place or move an item without dragging (issue 6). The item goes to
 * the end of the chosen cell.
 */
export function MoveDialog({
  title,
  mode,
  columns,
  tracks,
  initial,
  onSubmit,
  onCancel,
}: MoveDialogProps) {
  const [columnIndex, setColumnIndex] = useState(initial.columnIndex);
  const [trackId, setTrackId] = useState(initial.trackId);
  const periodId = useId();
  const trackFieldId = useId();
  const action = mode === 'place' ? 'Place' : 'Move';
  return (
    <Dialog
      title={`${action} “${title}”`}
      description={
        mode === 'place'
          ? 'Choose the period and the track it goes to.'
          : 'Choose the period and the track to move it to. It keeps its span.'
      }
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => onSubmit({ trackId, columnIndex })}
          >
            {action}
          </button>
        </>
      }
    >
      <div className="move-dialog__fields">
        <div className="field">
          <label className="field__label" htmlFor={periodId}>
            Period
          </label>
          <select
            id={periodId}
            className="field__input"
            value={columnIndex}
            onChange={(event) => setColumnIndex(Number(event.target.value))}
          >
            {columns.map((column, index) => (
              <option key={column.key} value={index}>
                {column.label === column.detail
                  ? column.label
                  : `${column.label} (${column.detail})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={trackFieldId}>
            Track
          </label>
          <select
            id={trackFieldId}
            className="field__input"
            value={trackId}
            onChange={(event) => setTrackId(event.target.value)}
          >
            {tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.name}
              </option>
            ))}
          </select>
        </div>
      </div>
    </Dialog>
  );
}
