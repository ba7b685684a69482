import { useDraggable } from '@dnd-kit/core';
import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';

interface DragHandleProps {
  /** dnd-kit id, unique among draggables: `card:<item>` or `row:<item>`. */
  id: string;
  itemId: string;
  className: string;
  /** `data-card-handle` or `data-backlog-handle`: how focus finds it again after a move. */
  handleAttribute: 'data-card-handle' | 'data-backlog-handle';
  label: string;
  /** The id of the element holding the item's details, read after its name. */
  detailsId: string;
  pressed?: boolean;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onBlur?(event: FocusEvent<HTMLElement>): void;
  children: ReactNode;
}

/**
 * The part of a card or backlog row that is dragged. dnd-kit re-renders every draggable on every
 * pointer move of a drag; keeping the hook in this small component (whose children are elements
 * made by a memoized parent, so React skips them) keeps a drag over a big board cheap.
 */
export function DragHandle({
  id,
  itemId,
  className,
  handleAttribute,
  label,
  detailsId,
  pressed,
  onKeyDown,
  onBlur,
  children,
}: DragHandleProps) {
  const { attributes, listeners, setNodeRef } = useDraggable({ id, data: { itemId } });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      {...{ [handleAttribute]: itemId }}
      className={className}
      aria-label={label}
      aria-describedby={`${detailsId} ${attributes['aria-describedby']}`}
      aria-pressed={pressed ? true : undefined}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {children}
    </div>
  );
}
