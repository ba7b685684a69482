import type { Workshop, WorkshopMeta } from '../../../shared/workshop/schema';
import type { Edit } from '../../state/documentStore';

export interface MetaActions {
  setTitle(title: string): void;
  setFacilitator(facilitator: string): void;
  /** ISO `YYYY-MM-DD`, or empty to clear. */
  setDate(date: string): void;
}

function withMeta<K extends keyof WorkshopMeta>(key: K, value: WorkshopMeta[K]) {
  return (doc: Workshop): Workshop =>
    doc.meta[key] === value ? doc : { ...doc, meta: { ...doc.meta, [key]: value } };
}

/** Workshop meta edits; each call is one undo entry, and setting the same value records none. */
export function metaActions(edit: Edit): MetaActions {
  return {
    setTitle: (title) => edit(withMeta('title', title)),
    setFacilitator: (facilitator) => edit(withMeta('facilitator', facilitator)),
    setDate: (date) => edit(withMeta('date', date)),
  };
}
