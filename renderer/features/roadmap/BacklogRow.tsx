import { memo, useId, type CSSProperties } from 'react';
import { MenuButton } from '../../ui/MenuButton';
import { DragHandle } from './DragHandle';
import type { ItemFacts } from './itemFacts';
import type { ItemCommands } from './RoadmapCard';

interface BacklogRowProps {
  itemId: string;
  title: string;
  /** 1-based position in the room's manual order. */
  rank: number;
  facts: ItemFacts;
  trackName: string | null;
  trackColor: string | null;
  /** Where the item is on the roadmap ("2027 Q2, Reliability / performance"), null when not. */
  placedAt: string | null;
  /** The first row of its group shows the group's heading ("Not on the roadmap (3)"). */
  groupHeading: string | null;
  /** Being dragged with the pointer. */
  dragging: boolean;
  commands: ItemCommands;
}

/** One item of the ranked backlog beside the board: drag it onto a cell, or use its menu. */
export const BacklogRow = memo(function BacklogRow({
  itemId,
  title,
  rank,
  facts,
  trackName,
  trackColor,
  placedAt,
  groupHeading,
  dragging,
  commands,
}: BacklogRowProps) {
  const detailsId = useId();
  const style = { '--track-color': trackColor ?? 'var(--border-strong)' } as CSSProperties;
  const entries =
    placedAt === null
      ? [{ label: 'Place on roadmap…', onSelect: () => commands.openMoveDialog(itemId) }]
      : [
          { label: 'Move to…', onSelect: () => commands.openMoveDialog(itemId) },
          { label: 'Remove from roadmap', onSelect: () => commands.remove(itemId) },
        ];
  return (
    <>
      {groupHeading ? <h4 className="roadmap-backlog__group">{groupHeading}</h4> : null}
      <div
        className={dragging ? 'backlog-row backlog-row--dragging' : 'backlog-row'}
        style={style}
        data-row-id={itemId}
      >
        <DragHandle
          id={`row:${itemId}`}
          itemId={itemId}
          className="backlog-row__handle"
          handleAttribute="data-backlog-handle"
          label={title}
          detailsId={detailsId}
          onKeyDown={(event) => commands.onKeyDown(itemId, event)}
          onBlur={() => commands.onFocusLost(itemId)}
        >
          <span className="backlog-row__rank" aria-hidden="true">
            {rank}
          </span>
          <span className="backlog-row__body">
            <span className="backlog-row__title">{title}</span>
            <span className="backlog-row__facts" aria-hidden="true">
              <span>
                {facts.scoreLabel} {facts.score}
              </span>
              <span>{facts.effort}</span>
              <span className="backlog-row__track">{trackName ?? 'No track'}</span>
            </span>
            {placedAt ? (
              <span className="backlog-row__placed">On the roadmap: {placedAt}</span>
            ) : null}
          </span>
          <span id={detailsId} className="visually-hidden">
            {`Rank ${rank}. ${facts.spoken}. ${trackName ?? 'No track'}.`}
            {placedAt ? ` On the roadmap: ${placedAt}.` : ' Not on the roadmap.'}
          </span>
        </DragHandle>
        <div className="backlog-row__menu">
          <MenuButton label={`Actions for ${title}`} visibleLabel="⋯" entries={entries} />
        </div>
      </div>
    </>
  );
});
