import type { BoardColumn } from '../../../shared/roadmap/periods';
import type { Track } from '../../../shared/workshop/schema';
import type { CellTarget, DragTarget } from './dropTargets';

/**
 * What the board says about a move, for the live region and the line under the toolbar (issue
 * 6: "with announcements"). Every sentence names the item, the period and the track, e.g.
 * "Placed 'Regional failover' in 2027 Q2, Reliability / performance".
 */

export interface BoardNames {
  columns: readonly Pick<BoardColumn, 'label'>[];
  tracks: readonly Pick<Track, 'id' | 'name'>[];
}

/** A cell and where in it the card is; `cardCount` counts the moved card too. */
export interface Spot {
  target: DragTarget;
  cardCount: number;
}

export function cellName(names: BoardNames, target: Pick<CellTarget, 'trackId' | 'columnIndex'>) {
  const period = names.columns[target.columnIndex]?.label ?? `column ${target.columnIndex + 1}`;
  const track = names.tracks.find((t) => t.id === target.trackId)?.name ?? 'a removed track';
  return `${period}, ${track}`;
}

function position(spot: Spot): string {
  if (spot.target.kind !== 'cell' || spot.cardCount < 2) return '';
  return `, position ${spot.target.index + 1} of ${spot.cardCount}`;
}

function where(names: BoardNames, spot: Spot): string {
  return spot.target.kind === 'cell'
    ? `${cellName(names, spot.target)}${position(spot)}`
    : 'the backlog';
}

export const KEYBOARD_HELP = 'Arrow keys move it, Enter drops it, Escape cancels.';

export function pickedUp(title: string, names: BoardNames, from: Spot, to: Spot): string {
  const start =
    from.target.kind === 'backlog'
      ? `Picked up '${title}' from the backlog, now over ${where(names, to)}.`
      : `Picked up '${title}' in ${where(names, from)}.`;
  return `${start} ${KEYBOARD_HELP}`;
}

export function movedOver(title: string, names: BoardNames, to: Spot): string {
  return `'${title}' over ${where(names, to)}.`;
}

export function overBacklog(title: string): string {
  return `'${title}' over the backlog: drop it to take it off the roadmap, → goes back.`;
}

export function cannotMove(title: string): string {
  return `'${title}' is at the edge of the board.`;
}

export function dropped(title: string, names: BoardNames, from: DragTarget, to: Spot): string {
  if (to.target.kind === 'backlog') return removed(title);
  const cell = cellName(names, to.target);
  const extra = to.cardCount > 1 ? `, position ${to.target.index + 1} of ${to.cardCount}` : '';
  return from.kind === 'backlog'
    ? `Placed '${title}' in ${cell}${extra}`
    : `Moved '${title}' to ${cell}${extra}`;
}

export function cancelled(title: string, names: BoardNames, origin: Spot): string {
  return `Cancelled. '${title}' stays in ${where(names, origin)}.`;
}

export function removed(title: string): string {
  return `Removed '${title}' from the roadmap`;
}

export function respanned(title: string, span: number): string {
  return `'${title}' now spans ${span} ${span === 1 ? 'quarter' : 'quarters'}`;
}

export function alreadyThere(
  title: string,
  names: BoardNames,
  cell: Pick<CellTarget, 'trackId' | 'columnIndex'>,
): string {
  return `'${title}' is already in ${cellName(names, cell)}`;
}
