import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { displayTitle } from '../../../shared/backlog/items';
import { useDocument } from '../../app/ServicesContext';
import { useBacklogCommands } from './backlogCommands';
import { useBacklogUi } from './backlogUi';
import { BacklogRow } from './BacklogRow';
import { moveForKey } from './moves';
import { findItem } from './useBacklogItem';

interface SortableRowProps {
  itemId: string;
  /** 0-based among the shown rows, and how many are shown. */
  index: number;
  count: number;
  /** Pixels from the top of the list (the virtualizer's layout). */
  start: number;
  manualPosition: number;
  computedPosition: number | null;
  delta: number | null;
  measure(element: HTMLElement | null): void;
}

function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLElement && target.matches('input, textarea, select');
}

/**
 * A row as the drag and drop sees it: its handle picks it up (pointer, or Space / Enter from
 * the keyboard), and the row takes the non-drag move shortcuts. The cells re-render only when
 * their item or ranks change, not on every frame of someone else's drag.
 */
export const SortableRow = memo(function SortableRow({
  itemId,
  index,
  count,
  start,
  manualPosition,
  computedPosition,
  delta,
  measure,
}: SortableRowProps) {
  const sortable = useSortable({ id: itemId });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    sortable;
  const title = useDocument((s) => findItem(s.doc, itemId)?.title.trim() ?? '');
  const focus = useBacklogUi((s) => (s.focusRequest?.itemId === itemId ? s.focusRequest : null));
  const focusDone = useBacklogUi((s) => s.focusDone);
  const commands = useBacklogCommands();
  const handle = useRef<HTMLButtonElement | null>(null);
  const row = useRef<HTMLDivElement | null>(null);
  const name = displayTitle({ title });
  const dragOn = sortable.active !== null;

  useEffect(() => {
    if (focus === null) return;
    const target =
      focus.target === 'title'
        ? row.current?.querySelector<HTMLElement>('.backlog-entry__title-input')
        : handle.current;
    if (target) {
      target.focus();
      focusDone(focus.seq);
    }
  }, [focus, focusDone]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // While something is picked up, the keyboard belongs to the drag.
    if (dragOn || isTextField(event.target)) return;
    const move = moveForKey(event);
    if (move !== null) {
      event.preventDefault();
      commands.move(itemId, move);
    } else if (
      (event.key === 'Delete' || event.key === 'Backspace') &&
      event.target === handle.current
    ) {
      event.preventDefault();
      commands.remove(itemId);
    }
  };

  return (
    <div
      ref={measure}
      data-index={index}
      className="backlog-list__slot"
      role="listitem"
      aria-label={name}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${start}px)` }}
    >
      <div
        ref={(element) => {
          setNodeRef(element);
          row.current = element;
        }}
        className={sortable.isDragging ? 'backlog-entry is-lifted' : 'backlog-entry'}
        style={{ transform: CSS.Translate.toString(transform), transition }}
        onKeyDown={onKeyDown}
      >
        <button
          ref={(element) => {
            setActivatorNodeRef(element);
            handle.current = element;
          }}
          type="button"
          className="backlog-handle"
          {...attributes}
          {...listeners}
          aria-label={`Move ${name}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <BacklogRow
          itemId={itemId}
          manualPosition={manualPosition}
          computedPosition={computedPosition}
          delta={delta}
        />
      </div>
    </div>
  );
});
