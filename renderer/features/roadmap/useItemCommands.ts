import { useCallback, useMemo, useState } from 'react';
import { placementOf, resizeItem, unplaceItem } from '../../../shared/roadmap/placements';
import type { DocumentStore } from '../../state/documentStore';
import { alreadyThere, dropped, removed, respanned } from './announcements';
import { applyTarget, currentTarget, othersInCell } from './dropTargets';
import type { MoveController } from './moveSession';
import type { ItemCommands } from './RoadmapCard';
import type { FocusRequest, KeyboardPick } from './useKeyboardPick';

/**
 * The menu commands of cards and backlog rows — the non-drag way to place, move, resize and
 * remove (issue 6) — each one undo entry and one announcement.
 */
export function useItemCommands(
  documents: DocumentStore,
  controller: MoveController,
  keyboard: KeyboardPick,
  announce: (text: string) => void,
  requestFocus: (request: FocusRequest) => void,
) {
  /** The item whose "Move to…" dialog is open. */
  const [movingItemId, setMovingItemId] = useState<string | null>(null);

  const titleOf = useCallback(
    (itemId: string) => documents.getState().doc?.items.find((i) => i.id === itemId)?.title ?? '',
    [documents],
  );

  const moveTo = useCallback(
    (itemId: string, cell: { trackId: string; columnIndex: number }) => {
      setMovingItemId(null);
      const doc = documents.getState().doc;
      const item = doc?.items.find((i) => i.id === itemId);
      if (!doc || !item) return;
      const origin = currentTarget(doc.roadmap, itemId);
      const index = othersInCell(doc.roadmap, itemId, cell.trackId, cell.columnIndex);
      const target = { kind: 'cell' as const, ...cell, index };
      if (
        origin.kind === 'cell' &&
        origin.trackId === cell.trackId &&
        origin.columnIndex === cell.columnIndex
      ) {
        announce(alreadyThere(item.title, controller.names(), origin));
        return;
      }
      const sizing = { effort: item.rice.effort, trackCount: doc.settings.tracks.length };
      documents.getState().changeRoadmap((roadmap) => applyTarget(roadmap, itemId, target, sizing));
      announce(dropped(item.title, controller.names(), origin, controller.spot(target)));
      requestFocus({ kind: 'card', itemId });
    },
    [documents, controller, announce, requestFocus],
  );

  const commands = useMemo<ItemCommands>(
    () => ({
      openMoveDialog: setMovingItemId,
      resize: (itemId, span) => {
        documents.getState().changeRoadmap((roadmap) => resizeItem(roadmap, itemId, span));
        const placed = placementOf(documents.getState().doc?.roadmap ?? { placements: [] }, itemId);
        if (placed) announce(respanned(titleOf(itemId), placed.span));
      },
      remove: (itemId) => {
        documents.getState().changeRoadmap((roadmap) => unplaceItem(roadmap, itemId));
        announce(removed(titleOf(itemId)));
        requestFocus({ kind: 'row', itemId });
      },
      onKeyDown: keyboard.onKeyDown,
      onFocusLost: keyboard.onFocusLost,
    }),
    [documents, keyboard.onKeyDown, keyboard.onFocusLost, announce, requestFocus, titleOf],
  );

  return {
    commands,
    movingItemId,
    closeMoveDialog: () => setMovingItemId(null),
    moveTo,
  };
}
