import type { Announcements, DragEndEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { manualOrder } from '../../../shared/backlog/ranking';
import type { BacklogItem } from '../../../shared/workshop/schema';
import type { AppServices } from '../../app/services';
import { useServices } from '../../app/ServicesContext';
import { backlogUiOf } from './backlogUi';
import { describeMove, planDrop, positionAfter } from './moves';

/**
 * Where a sortable entry sits: its 0-based index among the shown rows, and those rows' ids
 * (dnd-kit keeps both on each entry's data, read here as data from outside).
 */
function sortablePlace(data: unknown): { index: number; ids: string[] } | null {
  if (typeof data !== 'object' || data === null) return null;
  const sortable: unknown = Reflect.get(data, 'sortable');
  if (typeof sortable !== 'object' || sortable === null) return null;
  const index: unknown = Reflect.get(sortable, 'index');
  const items: unknown = Reflect.get(sortable, 'items');
  if (typeof index !== 'number' || !Array.isArray(items)) return null;
  return { index, ids: items.map(String) };
}

function named(item: BacklogItem | undefined): string {
  return item === undefined || item.title.trim() === ''
    ? 'Untitled item'
    : `'${item.title.trim()}'`;
}

/**
 * Dragging rows of the room's order, with the mouse or the keyboard: the document is edited
 * once, on drop, inside a gesture (STYLE §6: one undo entry per drag; undo is refused while
 * an item is picked up; Escape puts everything back). What a screen reader hears uses the
 * item's title and its position over the whole backlog, never its id.
 */
export function useDragReorder() {
  const services = useServices();
  const [activeId, setActiveId] = useState<string | null>(null);
  // One set of handlers for the list's life: a drop re-renders the list before dnd-kit asks
  // for the drop's announcement, which must still remember the drag.
  const tools = useMemo(() => dragTools(services, setActiveId), [services]);
  return { activeId, ...tools };
}

/** The drag's handlers and announcements, with what one drag remembers between its events. */
function dragTools(services: AppServices, setActiveId: (id: string | null) => void) {
  const { documents } = services;
  const items = () => documents.getState().doc?.items ?? [];
  const find = (id: UniqueIdentifier) => items().find((item) => item.id === String(id));
  const positionOf = (id: UniqueIdentifier) =>
    manualOrder(items()).findIndex((item) => item.id === String(id)) + 1;
  const planFor = (activeItem: UniqueIdentifier, overData: unknown) => {
    const place = sortablePlace(overData);
    return place === null ? null : planDrop(items(), place.ids, String(activeItem), place.index);
  };

  /**
   * The drop is described before it is written (the announcement may be asked for after the
   * move, when the item would already "stay" where it landed); and the first "over" of a
   * drag is the item itself, which must not drown out "Picked up".
   */
  let lastDrop: { itemId: string; sentence: string } | null = null;
  let pickedUp: string | null = null;

  const dropSentence = (activeItem: UniqueIdentifier, overData: unknown) => {
    const plan = overData === null ? null : planFor(activeItem, overData);
    const item = find(activeItem);
    if (plan === null || plan.kind === 'unchanged') {
      return `Dropped ${named(item)} back at position ${positionOf(activeItem)} of ${items().length}.`;
    }
    return describeMove(items(), plan, String(activeItem));
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${named(find(active.id))} at position ${positionOf(active.id)} of ${items().length}. ` +
      'Arrow keys move it, Space drops it, Escape cancels.',
    onDragOver: ({ active, over }) => {
      if (pickedUp === String(active.id) && over?.id === active.id) return undefined;
      pickedUp = null;
      const plan = over === null ? null : planFor(active.id, over.data.current);
      if (plan === null) return `${named(find(active.id))} is not over a position.`;
      const position = positionAfter(items(), plan, String(active.id));
      return `${named(find(active.id))} would go to position ${position} of ${items().length}.`;
    },
    onDragEnd: ({ active, over }) =>
      lastDrop?.itemId === String(active.id)
        ? lastDrop.sentence
        : dropSentence(active.id, over === null ? null : over.data.current),
    onDragCancel: ({ active }) =>
      `Cancelled. ${named(find(active.id))} stays at position ${positionOf(active.id)} of ${items().length}.`,
  };

  return {
    announcements,
    onDragStart: (event: DragStartEvent) => {
      pickedUp = String(event.active.id);
      lastDrop = null;
      setActiveId(String(event.active.id));
      documents.getState().beginGesture();
    },
    onDragEnd: (event: DragEndEvent) => {
      setActiveId(null);
      const overData = event.over === null ? null : event.over.data.current;
      const plan = overData === null ? null : planFor(event.active.id, overData);
      lastDrop = {
        itemId: String(event.active.id),
        sentence: dropSentence(event.active.id, overData),
      };
      if (plan !== null) documents.getState().reorderBacklog(plan);
      documents.getState().endGesture();
      backlogUiOf(services).getState().requestFocus(String(event.active.id));
    },
    onDragCancel: () => {
      setActiveId(null);
      documents.getState().cancelGesture();
    },
  };
}
