import { filterItems, isFilterActive } from '../../../shared/backlog/filter';
import { manualOrder } from '../../../shared/backlog/ranking';
import type { BacklogItem } from '../../../shared/workshop/schema';
import type { AppServices } from '../../app/services';
import { useServices } from '../../app/ServicesContext';
import { backlogUiOf } from './backlogUi';
import { visibleIdsOf } from './backlogView';
import { describeMove, planMove, type Move } from './moves';

const named = (item: BacklogItem | undefined) =>
  item === undefined || item.title.trim() === '' ? 'Untitled item' : `'${item.title.trim()}'`;

const EDGE: Partial<Record<Move['kind'], string>> = {
  up: 'is already first',
  top: 'is already first',
  down: 'is already last',
  bottom: 'is already last',
};

/**
 * What the rows, their menus and their shortcuts do, as commands over the stores: each edit is
 * one undo entry, and each says what happened through the backlog's live region and keeps the
 * keyboard on the item it acted on.
 */
export function backlogCommands(services: AppServices) {
  const { documents } = services;
  const ui = backlogUiOf(services);
  const items = () => documents.getState().doc?.items ?? [];
  const find = (itemId: string) => items().find((item) => item.id === itemId);

  return {
    move(itemId: string, move: Move): void {
      const all = items();
      const visible = visibleIdsOf(all, ui.getState().filter);
      const result = planMove(all, itemId, move, visible);
      if (result.kind === 'unchanged') {
        const edge = EDGE[move.kind];
        if (edge !== undefined) ui.getState().announce(`${named(find(itemId))} ${edge}`);
        return;
      }
      const sentence = describeMove(all, result, itemId);
      documents.getState().reorderBacklog(result);
      ui.getState().announce(sentence);
      ui.getState().requestFocus(itemId);
    },

    duplicate(itemId: string): void {
      const original = find(itemId);
      const copyId = documents.getState().duplicateBacklogItem(itemId);
      if (copyId === null) return;
      ui.getState().announce(`Duplicated ${named(original)}`);
      ui.getState().requestFocus(copyId);
    },

    remove(itemId: string): void {
      const all = items();
      const item = find(itemId);
      if (item === undefined) return;
      const shown = manualOrder(filterItems(all, ui.getState().filter));
      const index = shown.findIndex((candidate) => candidate.id === itemId);
      const next = shown[index + 1] ?? shown[index - 1];
      documents.getState().deleteBacklogItem(itemId);
      if (ui.getState().expandedId === itemId) ui.getState().setExpanded(null);
      ui.getState().announce(`Deleted ${named(item)}. Undo brings it back.`);
      if (next !== undefined) ui.getState().requestFocus(next.id);
    },

    /** A new, empty item at the end, opened for editing; a filter that would hide it is cleared. */
    add(): void {
      const id = documents.getState().addBacklogItem();
      if (id === null) return;
      const state = ui.getState();
      if (isFilterActive(state.filter)) state.clearFilter();
      state.setExpanded(id);
      state.requestFocus(id, 'title');
      state.announce('Added an item at the end of the list');
    },
  };
}

export type BacklogCommands = ReturnType<typeof backlogCommands>;

const commandSets = new WeakMap<AppServices, BacklogCommands>();

export function useBacklogCommands(): BacklogCommands {
  const services = useServices();
  let commands = commandSets.get(services);
  if (commands === undefined) {
    commands = backlogCommands(services);
    commandSets.set(services, commands);
  }
  return commands;
}
