import { memo, useId, type CSSProperties, type KeyboardEvent } from 'react';
import { MAX_SPAN } from '../../../shared/roadmap/placements';
import { MenuButton } from '../../ui/MenuButton';
import { CardFace } from './CardFace';
import { DragHandle } from './DragHandle';
import type { ItemFacts } from './itemFacts';

/** What a card (or a backlog row) can ask the workspace to do, without dragging. */
export interface ItemCommands {
  openMoveDialog(itemId: string): void;
  resize(itemId: string, span: number): void;
  remove(itemId: string): void;
  onKeyDown(itemId: string, event: KeyboardEvent<HTMLElement>): void;
  onFocusLost(itemId: string): void;
}

interface RoadmapCardProps {
  itemId: string;
  title: string;
  facts: ItemFacts;
  trackColor: string;
  span: number;
  spanText: string | null;
  /** "2027 Q1, New services" (and how far it runs), read after the title. */
  where: string;
  /** CSS grid placement on the board (see boardLayout.ts). */
  gridRow: string;
  gridColumn: string;
  /** Picked up from the keyboard. */
  picked: boolean;
  /** Being dragged with the pointer: drawn as the outline of where it will land. */
  placeholder: boolean;
  commands: ItemCommands;
}

export const RoadmapCard = memo(function RoadmapCard({
  itemId,
  title,
  facts,
  trackColor,
  span,
  spanText,
  where,
  gridRow,
  gridColumn,
  picked,
  placeholder,
  commands,
}: RoadmapCardProps) {
  const detailsId = useId();
  const classes = ['roadmap-card'];
  if (picked) classes.push('roadmap-card--picked');
  if (placeholder) classes.push('roadmap-card--placeholder');
  const style = { gridRow, gridColumn, '--track-color': trackColor } as CSSProperties;

  return (
    <li className={classes.join(' ')} style={style} data-card-id={itemId}>
      <DragHandle
        id={`card:${itemId}`}
        itemId={itemId}
        className="roadmap-card__handle"
        handleAttribute="data-card-handle"
        label={title}
        detailsId={detailsId}
        pressed={picked}
        onKeyDown={(event) => commands.onKeyDown(itemId, event)}
        onBlur={() => commands.onFocusLost(itemId)}
      >
        <CardFace title={title} facts={facts} spanText={spanText} />
        <span id={detailsId} className="visually-hidden">
          {`${where}. ${facts.spoken}.`}
        </span>
      </DragHandle>
      <div className="roadmap-card__menu">
        <MenuButton
          label={`Actions for ${title}`}
          visibleLabel="⋯"
          entries={[
            { label: 'Move to…', onSelect: () => commands.openMoveDialog(itemId) },
            {
              label: `Span ${span + 1} quarters`,
              onSelect: () => commands.resize(itemId, span + 1),
              disabled: span >= MAX_SPAN,
            },
            ...(span > 1
              ? [
                  {
                    label: span === 2 ? 'Span 1 quarter' : `Span ${span - 1} quarters`,
                    onSelect: () => commands.resize(itemId, span - 1),
                  },
                ]
              : []),
            { label: 'Remove from roadmap', onSelect: () => commands.remove(itemId) },
          ]}
        />
      </div>
    </li>
  );
});
