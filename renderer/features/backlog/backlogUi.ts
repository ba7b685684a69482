import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { NO_FILTER, type BacklogFilter } from '../../../shared/backlog/filter';
import { useServices } from '../../app/ServicesContext';
import type { AppServices } from '../../app/services';

/** Where the keyboard lands on a row: its drag handle, or its title (a new item). */
export type FocusTarget = 'handle' | 'title';

/**
 * What the backlog workspace shows, apart from the document (STYLE §7): the filter, the row
 * whose details are open, the side list, and what to say to screen readers. None of it is
 * saved or undone; it lives as long as the app, so switching workspaces keeps the filter.
 */
export interface BacklogUiState {
  filter: BacklogFilter;
  /** The item whose details are open below its row. */
  expandedId: string | null;
  /** Whether the RICE order is shown beside the room's order. */
  showComputed: boolean;
  /** An item to scroll to and focus (after a move, an add, a click in the RICE order). */
  focusRequest: { itemId: string; target: FocusTarget; seq: number } | null;
  /** The last sentence for the polite live region (moves made without dragging, deletes). */
  announcement: { text: string; seq: number };
  /** The item whose "Move to position…" dialog is open. */
  positionDialogFor: string | null;
  settingsOpen: boolean;
  setFilter(patch: Partial<BacklogFilter>): void;
  clearFilter(): void;
  setExpanded(itemId: string | null): void;
  setShowComputed(show: boolean): void;
  requestFocus(itemId: string, target?: FocusTarget): void;
  /** The row got the focus it was asked for: a later remount must not take it again. */
  focusDone(seq: number): void;
  announce(text: string): void;
  askPosition(itemId: string | null): void;
  setSettingsOpen(open: boolean): void;
  /** Another workshop was opened (or this one closed): nothing shown before applies to it. */
  forgetDocument(): void;
}

export type BacklogUiStore = ReturnType<typeof createBacklogUiStore>;

export function createBacklogUiStore() {
  let seq = 0;
  return createStore<BacklogUiState>()((set) => ({
    filter: NO_FILTER,
    expandedId: null,
    showComputed: true,
    focusRequest: null,
    announcement: { text: '', seq: 0 },
    positionDialogFor: null,
    settingsOpen: false,
    setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
    clearFilter: () => set({ filter: NO_FILTER }),
    setExpanded: (expandedId) => set({ expandedId }),
    setShowComputed: (showComputed) => set({ showComputed }),
    requestFocus: (itemId, target = 'handle') =>
      set({ focusRequest: { itemId, target, seq: ++seq } }),
    focusDone: (done) => set((s) => (s.focusRequest?.seq === done ? { focusRequest: null } : {})),
    announce: (text) => set({ announcement: { text, seq: ++seq } }),
    askPosition: (positionDialogFor) => set({ positionDialogFor }),
    setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
    forgetDocument: () =>
      set({
        filter: NO_FILTER,
        expandedId: null,
        focusRequest: null,
        positionDialogFor: null,
        settingsOpen: false,
        announcement: { text: '', seq: ++seq },
      }),
  }));
}

/** One backlog UI state per running app (tests create several apps in one page). */
const stores = new WeakMap<AppServices, BacklogUiStore>();

export function backlogUiOf(services: AppServices): BacklogUiStore {
  let store = stores.get(services);
  if (store === undefined) {
    const created = createBacklogUiStore();
    services.documents.subscribe((state, previous) => {
      if (state.loadCount !== previous.loadCount) created.getState().forgetDocument();
    });
    stores.set(services, created);
    store = created;
  }
  return store;
}

export function useBacklogUiStore(): BacklogUiStore {
  return backlogUiOf(useServices());
}

export function useBacklogUi<T>(selector: (state: BacklogUiState) => T): T {
  return useStore(useBacklogUiStore(), selector);
}
