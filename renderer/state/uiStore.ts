import { createStore } from 'zustand/vanilla';
import type { Draft, FileRef, RecentFile, Response, Theme } from '../../shared/ipc/contract';
import type { Workshop } from '../../shared/workshop/schema';
import type { DialogRequest } from './dialogs';

/**
 * Everything the app shows that is NOT in the `.tradeoff` file (STYLE §7). None of it is undone
 * and none of it is saved with the document; the theme alone persists, through `prefs:set`.
 */

export type Workspace = 'backlog' | 'criteria' | 'market' | 'roadmap';
export type AppInfo = Response<'app:info'>;

/** What is known about the file behind the open document. */
export interface FileSession {
  file: FileRef | null;
  /** The host's token for the content on disk, sent back on save to detect outside changes. */
  revision: string | null;
  /**
   * The document as last opened or saved. Dirty = the open document is not this object: edits
   * create new objects, so undoing back to it makes the document clean again.
   */
  savedDoc: Workshop | null;
  /** A file from a newer Tradeoff: shown, never saved over. */
  readOnly: { message: string } | null;
  /** The schema version the file was upgraded from on load, if any. */
  migratedFrom: number | null;
  lastSavedAt: Date | null;
  /** A restored draft remembers the name of the file it was a copy of. */
  draftOf: string | null;
}

export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'waiting' }
  | { state: 'writing' }
  | { state: 'written'; at: Date }
  | { state: 'failed'; message: string };

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
}

export interface UiState {
  /** `null` until the host answered `app:info`. */
  host: AppInfo | null;
  startupError: string | null;
  workspace: Workspace;
  session: FileSession;
  dialog: DialogRequest | null;
  /** What a running file command is doing ("Saving…"); other commands wait for it. */
  busy: string | null;
  notices: Notice[];
  recent: RecentFile[];
  drafts: Draft[];
  /** This session's recovery draft id (or the id of the draft that was restored). */
  draftId: string;
  /** Whether a draft under `draftId` may exist on disk and must be discarded when done. */
  draftWritten: boolean;
  autosave: AutosaveStatus;
  /** The preference; `system` follows `prefers-color-scheme`. */
  theme: Theme;
  setWorkspace(workspace: Workspace): void;
  notify(tone: Notice['tone'], text: string): void;
  dismissNotice(id: number): void;
}

export const emptySession: FileSession = {
  file: null,
  revision: null,
  savedDoc: null,
  readOnly: null,
  migratedFrom: null,
  lastSavedAt: null,
  draftOf: null,
};

export function createUiStore(draftId: string) {
  let nextNoticeId = 1;
  return createStore<UiState>()((set) => ({
    host: null,
    startupError: null,
    workspace: 'backlog',
    session: emptySession,
    dialog: null,
    busy: null,
    notices: [],
    recent: [],
    drafts: [],
    draftId,
    draftWritten: false,
    autosave: { state: 'idle' },
    theme: 'system',
    setWorkspace: (workspace) => set({ workspace }),
    notify: (tone, text) =>
      set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, tone, text }] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;

/** Unsaved changes: a document is open and it is not the one last opened or saved. */
export function isDirty(doc: Workshop | null, session: FileSession): boolean {
  return doc !== null && doc !== session.savedDoc;
}
