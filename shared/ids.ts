/** Random ids for document entities; `crypto.randomUUID` exists in every host we run in. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
