import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { boardColumns } from '../../../shared/roadmap/periods';
import { cannotMove, movedOver, overBacklog, pickedUp } from './announcements';
import { BACKLOG_TARGET, othersInCell, type CellTarget, type DragTarget } from './dropTargets';
import { isArrowKey, nextCellTarget, type ArrowKey } from './keyboardMoves';
import type { MoveController, MoveSession } from './moveSession';

/**
 * Drag and drop from the keyboard (issue 6): Space or Enter picks up a card (or a backlog item),
 * the arrow keys move it between cells and positions (← from the first period: over the backlog,
 * to take it off the board), Enter or Space drops it, Escape cancels. Each step is announced
 * with the item, the period and the track. Focus follows the card.
 */

export type FocusRequest = { kind: 'card' | 'row'; itemId: string };

export interface KeyboardPick {
  /** The item picked up from the keyboard, if any. */
  pickedItemId: string | null;
  onKeyDown(itemId: string, event: KeyboardEvent<HTMLElement>): void;
  /** Focus left the picked card for good: cancel the move. */
  onFocusLost(itemId: string): void;
}

const PICK_KEYS = new Set([' ', 'Enter']);

export function useKeyboardPick(
  controller: MoveController,
  trackIdOf: (itemId: string) => string | null,
  announce: (text: string) => void,
  requestFocus: (request: FocusRequest) => void,
): KeyboardPick {
  const [pickedItemId, setPicked] = useState<string | null>(null);

  const pickUp = useCallback(
    (itemId: string) => {
      const session = controller.start(itemId);
      if (!session) return;
      const names = controller.names();
      const trackIds = names.tracks.map((t) => t.id);
      const first =
        session.origin.kind === 'cell' ? session.origin : firstTarget(session, trackIds, trackIdOf);
      if (!first) {
        controller.cancel();
        return;
      }
      controller.preview(first);
      setPicked(itemId);
      requestFocus({ kind: 'card', itemId });
      announce(
        pickedUp(session.title, names, controller.spot(session.origin), controller.spot(first)),
      );
    },
    [controller, trackIdOf, announce, requestFocus],
  );

  const end = useCallback(
    (how: 'drop' | 'cancel') => {
      const session = controller.current;
      if (!session) return;
      if (how === 'drop') controller.finish();
      else controller.cancel();
      setPicked(null);
      const onBoard = controller.whereIs(session.itemId).kind === 'cell';
      requestFocus({ kind: onBoard ? 'card' : 'row', itemId: session.itemId });
    },
    [controller, requestFocus],
  );

  /** The cell a card left for the backlog with ←, where → takes it back. */
  const cellBeforeBacklog = useRef<CellTarget | null>(null);

  const moveTo = useCallback(
    (session: MoveSession, target: DragTarget) => {
      controller.preview(target);
      const onBoard = target.kind === 'cell';
      requestFocus({ kind: onBoard ? 'card' : 'row', itemId: session.itemId });
      announce(
        onBoard
          ? movedOver(session.title, controller.names(), controller.spot(target))
          : overBacklog(session.title),
      );
    },
    [controller, announce, requestFocus],
  );

  const step = useCallback(
    (session: MoveSession, key: ArrowKey) => {
      const from = session.target;
      if (from === null) return;
      if (from.kind === 'backlog') {
        // Over the backlog only → leads back onto the board.
        if (key === 'ArrowRight' && cellBeforeBacklog.current) {
          moveTo(session, cellBeforeBacklog.current);
        } else {
          announce(cannotMove(session.title));
        }
        return;
      }
      if (key === 'ArrowLeft' && from.columnIndex === 0) {
        // Left of the first period lies the backlog: dropping there takes the card off.
        cellBeforeBacklog.current = from;
        moveTo(session, BACKLOG_TARGET);
        return;
      }
      const next = nextCellTarget(key, from, {
        trackIds: controller.names().tracks.map((t) => t.id),
        columnCount: boardColumns(session.base).length,
        othersIn: (trackId, column) => othersInCell(session.base, session.itemId, trackId, column),
      });
      if (next === null) announce(cannotMove(session.title));
      else moveTo(session, next);
    },
    [controller, announce, moveTo],
  );

  const onKeyDown = useCallback(
    (itemId: string, event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const session = controller.current;
      if (pickedItemId !== itemId || session?.itemId !== itemId) {
        if (!PICK_KEYS.has(event.key)) return;
        event.preventDefault();
        pickUp(itemId);
        return;
      }
      if (isArrowKey(event.key)) step(session, event.key);
      else if (PICK_KEYS.has(event.key)) end('drop');
      else if (event.key === 'Escape') end('cancel');
      else if (event.key !== 'Tab') return;
      // Tab would leave the card mid-move: it stays on the card until the move ends.
      event.preventDefault();
      event.stopPropagation();
    },
    [controller, pickedItemId, pickUp, step, end],
  );

  const onFocusLost = useCallback(
    (itemId: string) => {
      // A move re-renders the card elsewhere and gives it focus back right after; only a card
      // still unfocused once that is done has really lost it (a click elsewhere, a window switch).
      window.setTimeout(() => {
        if (controller.current?.itemId !== itemId) return;
        const active = document.activeElement;
        const handles = active instanceof HTMLElement ? active.dataset : {};
        if (handles.cardHandle === itemId || handles.backlogHandle === itemId) return;
        end('cancel');
      }, 0);
    },
    [controller, end],
  );

  return { pickedItemId, onKeyDown, onFocusLost };
}

/** A backlog item picked up from the keyboard starts at the end of its track's first cell. */
function firstTarget(
  session: MoveSession,
  trackIds: readonly string[],
  trackIdOf: (itemId: string) => string | null,
): CellTarget | null {
  const own = trackIdOf(session.itemId);
  const trackId = own !== null && trackIds.includes(own) ? own : trackIds[0];
  if (trackId === undefined) return null;
  const index = othersInCell(session.base, session.itemId, trackId, 0);
  return { kind: 'cell', trackId, columnIndex: 0, index };
}
