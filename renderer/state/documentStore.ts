import { createStore } from 'zustand/vanilla';
import { temporal } from 'zundo';
import type { Workshop } from '../../shared/workshop/schema';
import { metaActions, type MetaActions } from '../features/workshop-meta/metaActions';
import { backlogActions, type BacklogActions } from '../features/backlog/backlogActions';
import { criteriaActions, type CriteriaActions } from '../features/criteria/criteriaActions';
import { marketActions, type MarketActions } from '../features/market/marketActions';
import { roadmapActions, type RoadmapActions } from '../features/roadmap/roadmapActions';

/**
 * The workshop document and nothing else (STYLE §7): what goes into the `.tradeoff` file.
 * UI state lives in uiStore.ts. Every edit goes through a named action and records one undo
 * entry; loading records nothing and clears the history (STYLE §6).
 */

/** Applies a pure change to the open document. Returning the same object records nothing. */
export type Edit = (recipe: (doc: Workshop) => Workshop) => void;

export interface DocumentCore {
  doc: Workshop | null;
  /**
   * How many times `load` has run: a change means another workshop arrived (or this one
   * closed). Not part of the undo history.
   */
  loadCount: number;
  /** Replaces the document (open, new, restore, close) without an undo entry; clears history. */
  load(doc: Workshop | null): void;
  undo(): void;
  redo(): void;
  /**
   * A gesture (drag, slider) updates the document live while it moves and records one entry
   * when it ends. Undo and redo are refused mid-gesture.
   */
  beginGesture(): void;
  endGesture(): void;
  /** Puts the document back as it was when the gesture began, recording nothing. */
  cancelGesture(): void;
}

/** Feature slices add their named actions here. */
export type DocumentState = DocumentCore &
  MetaActions &
  BacklogActions &
  CriteriaActions &
  MarketActions &
  RoadmapActions;

/** The undo history holds only the document, compared by reference. */
type Tracked = Pick<DocumentState, 'doc'>;

const HISTORY_LIMIT = 500;

export function createDocumentStore(initial: Workshop | null = null) {
  /** The document when the current gesture began; `undefined` when no gesture is on. */
  let gestureBase: Workshop | null | undefined;
  // Called only from actions, which run after the store exists.
  const history = () => store.temporal.getState();

  const store = createStore<DocumentState>()(
    temporal(
      (set, get) => {
        const edit: Edit = (recipe) => {
          const doc = get().doc;
          if (!doc) return;
          const next = recipe(doc);
          if (next !== doc) set({ doc: next });
        };

        return {
          doc: initial,
          loadCount: 0,
          load: (doc) => {
            gestureBase = undefined;
            history().pause();
            set((state) => ({ doc, loadCount: state.loadCount + 1 }));
            history().clear();
            history().resume();
          },
          undo: () => {
            if (gestureBase === undefined) history().undo();
          },
          redo: () => {
            if (gestureBase === undefined) history().redo();
          },
          beginGesture: () => {
            if (gestureBase !== undefined) return;
            gestureBase = get().doc;
            history().pause();
          },
          endGesture: () => {
            if (gestureBase === undefined) return;
            const base = gestureBase;
            gestureBase = undefined;
            history().resume();
            if (base !== get().doc) {
              store.temporal.setState({
                pastStates: [...history().pastStates, { doc: base }].slice(-HISTORY_LIMIT),
                futureStates: [],
              });
            }
          },
          cancelGesture: () => {
            if (gestureBase === undefined) return;
            const base = gestureBase;
            gestureBase = undefined;
            set({ doc: base });
            history().resume();
          },
          ...metaActions(edit),
          ...backlogActions(edit),
          ...criteriaActions(edit),
          ...marketActions(edit),
          ...roadmapActions(edit),
        };
      },
      {
        partialize: (state): Tracked => ({ doc: state.doc }),
        equality: (past, current) => past.doc === current.doc,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
