import type { CSSProperties } from 'react';
import type { Track, Workshop } from '../../../shared/workshop/schema';
import type { PrintBoard } from './boardLayout';

/**
 * How to read the board, and what it cannot show: cards placed after its last quarter, cards of
 * items no longer in the backlog, items without an effort (their effort is not in the sums).
 */
export function boardNotes(board: PrintBoard, unsizedCount: number): string[] {
  const notes: string[] = [];
  if (board.offBoard.length > 0) {
    const list = board.offBoard.map((c) => `${c.title} (${c.where})`).join('; ');
    notes.push(`Planned after the last quarter, not drawn: ${list}.`);
  }
  if (board.missingItemCount > 0) {
    const n = board.missingItemCount;
    notes.push(`${n} card${n === 1 ? ' refers' : 's refer'} to items no longer in the backlog.`);
  }
  if (unsizedCount > 0) {
    notes.push(
      `${unsizedCount} placed item${unsizedCount === 1 ? ' has' : 's have'} no effort yet and ${unsizedCount === 1 ? 'is' : 'are'} not counted in capacity or balance.`,
    );
  }
  return notes;
}

interface BoardLegendProps {
  tracks: readonly Track[];
  scoreBasis: Workshop['roadmap']['scoreBasis'];
  notes: readonly string[];
}

export function BoardLegend({ tracks, scoreBasis, notes }: BoardLegendProps) {
  const score =
    scoreBasis === 'weighted'
      ? 'Weighted: the item’s weighted total out of 100'
      : 'RICE: Reach × Impact × Confidence ÷ Effort';
  return (
    <section className="print-legend" aria-label="Legend">
      <h2 className="print-legend__heading">Legend</h2>
      <ul className="print-legend__tracks">
        {tracks.map((track) => (
          <li key={track.id} className="print-legend__track">
            <span
              className="print-legend__swatch"
              style={{ '--track-color': track.color } as CSSProperties}
              aria-hidden="true"
            />
            {track.name}
          </li>
        ))}
      </ul>
      <ul className="print-legend__keys">
        <li>{score}</li>
        <li>Effort in person-months (pm); a card across several columns spans those quarters</li>
        <li>→ the work runs past the last quarter shown</li>
        <li>Capacity: planned effort of the period against the person-months available</li>
      </ul>
      {notes.length > 0 ? (
        <ul className="print-legend__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
