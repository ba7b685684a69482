import { DndContext, DragOverlay, MeasuringStrategy, pointerWithin } from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { setCapacity, setLayout, setPeriodCount } from '../../../shared/roadmap/periods';
import type { Roadmap, Workshop } from '../../../shared/workshop/schema';
import { useServices } from '../../app/ServicesContext';
import { exportRoadmapPdf } from '../print/exportPdf';
import { BacklogPanel } from './BacklogPanel';
import { BalanceStrip } from './BalanceStrip';
import { CardFace } from './CardFace';
import { beyondEndText, DRAG_INSTRUCTIONS, SILENT_DND } from './dragText';
import { dialogStart } from './dropTargets';
import { MoveController } from './moveSession';
import { MoveDialog } from './MoveDialog';
import { OffBoardNote } from './OffBoardNote';
import { RoadmapBoard } from './RoadmapBoard';
import { RoadmapToolbar } from './RoadmapToolbar';
import { useAnnouncer, useFocusRequest } from './useAnnouncer';
import { useBoardView } from './useBoardView';
import { useItemCommands } from './useItemCommands';
import { useKeyboardPick } from './useKeyboardPick';
import { usePointerDrag } from './usePointerDrag';
import './roadmap.css';

const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } };
const ACCESSIBILITY = {
  announcements: SILENT_DND,
  screenReaderInstructions: { draggable: DRAG_INSTRUCTIONS },
};

/**
 * The Roadmap workspace (issue 6): the ranked backlog beside a board of periods × tracks, cards
 * moved by mouse or keyboard or menu, capacity per period and the balance between tracks.
 */
export function RoadmapWorkspace({ doc }: { doc: Workshop }) {
  const services = useServices();
  const { documents } = services;
  const [message, announce] = useAnnouncer();
  const controller = useMemo(() => new MoveController(documents, announce), [documents, announce]);
  // Leaving the workspace mid-move puts the board back as it was.
  useEffect(() => () => controller.cancel(), [controller]);

  const rootRef = useRef<HTMLDivElement>(null);
  const boardRef = useRef<HTMLElement>(null);
  const [focusRequest, requestFocus] = useFocusRequest(rootRef);
  const trackIdOf = useCallback(
    (itemId: string) =>
      documents.getState().doc?.items.find((i) => i.id === itemId)?.trackId ?? null,
    [documents],
  );
  const keyboard = useKeyboardPick(controller, trackIdOf, announce, requestFocus);
  const pointer = usePointerDrag(controller, boardRef);
  const { commands, movingItemId, closeMoveDialog, moveTo } = useItemCommands(
    documents,
    controller,
    keyboard,
    announce,
    requestFocus,
  );
  const view = useBoardView(doc);
  const { roadmap } = doc;

  const changeRoadmap = (recipe: (roadmap: Roadmap) => Roadmap) =>
    documents.getState().changeRoadmap(recipe);
  const onCapacity = useCallback(
    (periodIndex: number, value: number) =>
      documents.getState().changeRoadmap((r) => setCapacity(r, periodIndex, value)),
    [documents],
  );
  const onPeriodCount = (count: number) => {
    const { roadmap: next, beyondEnd } = setPeriodCount(roadmap, count);
    changeRoadmap(() => next);
    const text = beyondEndText(next, beyondEnd.outOfRange.length);
    if (text) announce(text);
  };

  const dragged =
    pointer.draggedItemId === null ? undefined : view.itemsById.get(pointer.draggedItemId);
  const draggedFacts = dragged ? view.factsById.get(dragged.id) : undefined;
  const draggedColor = doc.settings.tracks.find((t) => t.id === dragged?.trackId)?.color;
  const moving = movingItemId === null ? undefined : view.itemsById.get(movingItemId);

  return (
    <div className="roadmap" ref={rootRef}>
      <div className="roadmap__head">
        {/* The active tab already says "Roadmap"; the heading is for moving around by headings. */}
        <h2 className="visually-hidden">Roadmap</h2>
        <RoadmapToolbar
          roadmap={roadmap}
          onLayout={(layout) => changeRoadmap((r) => setLayout(r, layout))}
          onStart={(start) => changeRoadmap((r) => ({ ...r, ...start }))}
          onPeriodCount={onPeriodCount}
          onScoreBasis={(scoreBasis) => changeRoadmap((r) => ({ ...r, scoreBasis }))}
          onExportPdf={() => void exportRoadmapPdf(services)}
        />
      </div>
      <DndContext
        sensors={pointer.sensors}
        collisionDetection={pointerWithin}
        measuring={MEASURING}
        accessibility={ACCESSIBILITY}
        onDragStart={pointer.onDragStart}
        onDragMove={pointer.onDragMove}
        // Also when the target under a still pointer changes (the board scrolled under it).
        onDragOver={pointer.onDragMove}
        onDragEnd={pointer.onDragEnd}
        onDragCancel={pointer.onDragCancel}
      >
        <div className="roadmap__body">
          <BacklogPanel
            items={doc.items}
            tracks={doc.settings.tracks}
            factsById={view.factsById}
            placedAt={view.placedAt}
            draggedItemId={pointer.draggedItemId}
            cardDragged={pointer.draggedFromBoard}
            focusRequest={focusRequest}
            commands={commands}
          />
          <div className="roadmap__main">
            {doc.settings.tracks.length === 0 ? (
              <p className="workspace__next">
                This workshop has no tracks, so the board has no rows to place items on.
              </p>
            ) : (
              <RoadmapBoard
                layout={view.layout}
                roadmap={roadmap}
                loads={view.capacity.columns}
                itemsById={view.itemsById}
                factsById={view.factsById}
                pickedItemId={keyboard.pickedItemId}
                draggedItemId={pointer.draggedItemId}
                commands={commands}
                onCapacity={onCapacity}
                boardRef={boardRef}
              />
            )}
            <p
              className="roadmap__announcement"
              role="status"
              aria-label="Roadmap announcements"
              aria-live="polite"
              aria-atomic="true"
            >
              {message}
            </p>
            <OffBoardNote
              roadmap={roadmap}
              offBoard={view.layout.offBoard}
              itemsById={view.itemsById}
            />
            <BalanceStrip
              balance={view.balance}
              unsizedCount={view.capacity.unsizedItemIds.length}
            />
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged && draggedFacts ? (
            <div
              className="roadmap-card roadmap-card--overlay"
              style={{ '--track-color': draggedColor ?? 'var(--border-strong)' } as CSSProperties}
            >
              <div className="roadmap-card__handle">
                <CardFace title={dragged.title} facts={draggedFacts} spanText={null} />
              </div>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {moving ? (
        <MoveDialog
          title={moving.title}
          mode={view.placedAt.has(moving.id) ? 'move' : 'place'}
          columns={view.layout.columns}
          tracks={doc.settings.tracks}
          initial={dialogStart(
            roadmap,
            moving.id,
            moving.trackId,
            doc.settings.tracks.map((t) => t.id),
          )}
          onSubmit={(cell) => moveTo(moving.id, cell)}
          onCancel={closeMoveDialog}
        />
      ) : null}
    </div>
  );
}
