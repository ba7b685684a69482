import type { ImportKind } from '../../shared/ipc/contract';

/**
 * The modal dialogs the app can ask through. One at a time: a flow such as "unsaved changes →
 * save as → replace the existing file?" asks its questions in sequence, each resolving a promise.
 */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';
export type ConflictChoice = 'overwrite' | 'saveAs' | 'cancel';
export interface SaveTarget {
  folderId: string;
  fileName: string;
}

export type DialogRequest =
  | {
      kind: 'unsaved';
      /** The workshop or file name the question is about. */
      name: string;
      /** What happens after the answer, e.g. "before opening another file". */
      reason: string;
      resolve: (choice: UnsavedChoice) => void;
    }
  | { kind: 'conflict'; message: string; resolve: (choice: ConflictChoice) => void }
  | {
      kind: 'error';
      title: string;
      message: string;
      /** For damaged files: the path of the first bad field. */
      fieldPath: string | null;
      resolve: () => void;
    }
  | {
      kind: 'confirm';
      title: string;
      message: string;
      confirmLabel: string;
      resolve: (confirmed: boolean) => void;
    }
  | {
      kind: 'openFile';
      /** Which files the in-app dialog lists (workshops unless said otherwise). */
      accept: ImportKind;
      title: string;
      resolve: (fileId: string | null) => void;
    }
  | {
      kind: 'saveFile';
      suggestedName: string;
      /** Added to the typed name when missing, e.g. `.tradeoff`, `.csv`. */
      extension: string;
      title: string;
      resolve: (target: SaveTarget | null) => void;
    }
  | { kind: 'recovery'; resolve: () => void }
  | { kind: 'about'; resolve: () => void };

export type DialogKind = DialogRequest['kind'];
