import type { CSSProperties } from 'react';
import type { ColumnLoad } from '../../../shared/roadmap/capacity';
import { BoardCard } from './BoardCard';
import type { BoardTrack, PrintBoard } from './boardLayout';
import { CapacityCell } from './CapacityCell';
import './board.css';

/**
 * The board as one table: the quarters in a header row that Chromium repeats on every page the
 * board runs over, one row group per track, one row per lane of cards, and the capacity of each
 * period in the last row, under its own column.
 */
export function RoadmapBoard({
  board,
  loads,
}: {
  board: PrintBoard;
  loads: readonly ColumnLoad[];
}) {
  return (
    <table
      className={`print-board${board.columns.length > 5 ? ' print-board--dense' : ''}`}
      aria-label="Roadmap board"
    >
      <colgroup>
        <col className="print-board__track-column" />
        {board.columns.map((column) => (
          <col key={column.key} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="print-board__corner">
            Track
          </th>
          {board.columns.map((column) => (
            <th key={column.key} scope="col" className="print-board__period">
              {column.label}
              {column.detail !== column.label ? (
                <span className="print-board__period-detail">{column.detail}</span>
              ) : null}
            </th>
          ))}
        </tr>
      </thead>
      {board.tracks.map((track) => (
        <TrackRows key={track.trackId} track={track} />
      ))}
      <tbody className="print-board__capacity">
        <tr>
          <th scope="row">Capacity</th>
          {loads.map((load) => (
            <CapacityCell key={load.columnIndex} load={load} />
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function TrackRows({ track }: { track: BoardTrack }) {
  const colour = { '--track-color': track.color } as CSSProperties;
  return (
    <tbody
      className={`print-board__track${track.keepTogether ? ' print-board__track--keep' : ''}`}
      style={colour}
    >
      {track.lanes.map((lane, index) => (
        <tr key={index} className="print-board__lane">
          {index === 0 ? (
            <th scope="row" className="print-board__track-name">
              {track.name}
              <span className="print-board__track-count">
                {track.cardCount === 0
                  ? 'Nothing planned'
                  : `${track.cardCount} item${track.cardCount === 1 ? '' : 's'}`}
              </span>
            </th>
          ) : (
            <td className="print-board__track-more" />
          )}
          {lane.map((cell) =>
            cell.kind === 'card' ? (
              <td key={cell.card.itemId} colSpan={cell.columnCount} className="print-board__cell">
                <BoardCard card={cell.card} color={track.color} />
              </td>
            ) : (
              <td
                key={`gap-${cell.column}`}
                className="print-board__cell print-board__cell--empty"
              />
            ),
          )}
        </tr>
      ))}
    </tbody>
  );
}
