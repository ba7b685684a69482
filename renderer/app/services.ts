import type { Bridge } from '../../shared/ipc/api';
import { createDocumentStore, type DocumentStore } from '../state/documentStore';
import { createUiStore, type UiStore } from '../state/uiStore';
import { newDraftId } from '../features/recovery/draftId';

/** What every command and component works with: the host, the document, the UI state. */
export interface AppServices {
  api: Bridge;
  documents: DocumentStore;
  ui: UiStore;
}

export function createServices(api: Bridge): AppServices {
  return { api, documents: createDocumentStore(), ui: createUiStore(newDraftId()) };
}
