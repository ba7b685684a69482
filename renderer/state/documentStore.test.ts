import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../testing/fakeHost';
import { createDocumentStore } from './documentStore';

function storeWith(title = 'Q3 planning') {
  const store = createDocumentStore();
  store.getState().load(sampleWorkshop(title));
  return store;
}

const title = (store: ReturnType<typeof createDocumentStore>) => store.getState().doc?.meta.title;
const history = (store: ReturnType<typeof createDocumentStore>) => store.temporal.getState();

describe('document store', () => {
  it('undoes and redoes title edits one at a time', () => {
    const store = storeWith('A');
    store.getState().setTitle('B');
    store.getState().setTitle('C');
    store.getState().undo();
    expect(title(store)).toBe('B');
    store.getState().undo();
    expect(title(store)).toBe('A');
    store.getState().redo();
    expect(title(store)).toBe('B');
    store.getState().redo();
    expect(title(store)).toBe('C');
  });

  it('records nothing when an edit sets the value already there', () => {
    const store = storeWith('Same');
    store.getState().setTitle('Same');
    expect(history(store).pastStates).toHaveLength(0);
  });

  it('records nothing and clears the history when a document is loaded', () => {
    const store = storeWith('A');
    store.getState().setTitle('B');
    store.getState().undo();
    const next = sampleWorkshop('Other');
    store.getState().load(next);
    expect(store.getState().doc).toBe(next);
    expect(history(store).pastStates).toHaveLength(0);
    expect(history(store).futureStates).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().doc).toBe(next);
  });

  it('counts loads, and only loads, outside the undo history', () => {
    const store = storeWith('A');
    expect(store.getState().loadCount).toBe(1);
    store.getState().setTitle('B');
    store.getState().undo();
    store.getState().redo();
    store.getState().beginGesture();
    store.getState().setTitle('C');
    store.getState().endGesture();
    expect(store.getState().loadCount).toBe(1);
    store.getState().load(sampleWorkshop('Other'));
    expect(store.getState().loadCount).toBe(2);
    store.getState().load(null);
    expect(store.getState().loadCount).toBe(3);
    store.getState().undo();
    expect(store.getState().loadCount).toBe(3);
    expect(history(store).pastStates).toHaveLength(0);
  });

  it('drops the redo history when a new edit follows an undo', () => {
    const store = storeWith('A');
    store.getState().setTitle('B');
    store.getState().undo();
    store.getState().setFacilitator('Ana');
    store.getState().redo();
    expect(title(store)).toBe('A');
    expect(store.getState().doc?.meta.facilitator).toBe('Ana');
  });

  it('edits facilitator and date as separate undo steps', () => {
    const store = storeWith();
    store.getState().setFacilitator('Ana');
    store.getState().setDate('2026-04-01');
    store.getState().undo();
    expect(store.getState().doc?.meta).toMatchObject({ facilitator: 'Ana', date: '2026-03-10' });
  });

  it('ignores edits when no document is open', () => {
    const store = createDocumentStore();
    store.getState().setTitle('Nothing');
    expect(store.getState().doc).toBeNull();
    expect(history(store).pastStates).toHaveLength(0);
  });

  it('records a whole gesture as one undo step', () => {
    const store = storeWith('Start');
    const before = store.getState().doc;
    store.getState().beginGesture();
    for (const step of ['S1', 'S2', 'S3']) store.getState().setTitle(step);
    expect(title(store)).toBe('S3');
    expect(history(store).pastStates).toHaveLength(0);
    store.getState().endGesture();
    expect(history(store).pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
    store.getState().redo();
    expect(title(store)).toBe('S3');
  });

  it('refuses undo and redo in the middle of a gesture', () => {
    const store = storeWith('A');
    store.getState().setTitle('B');
    store.getState().beginGesture();
    store.getState().setTitle('dragging');
    store.getState().undo();
    expect(title(store)).toBe('dragging');
    store.getState().endGesture();
    store.getState().undo();
    expect(title(store)).toBe('B');
  });

  it('records nothing for a gesture that changed nothing', () => {
    const store = storeWith();
    store.getState().beginGesture();
    store.getState().endGesture();
    expect(history(store).pastStates).toHaveLength(0);
  });

  it('puts the document back and records nothing when a gesture is cancelled', () => {
    const store = storeWith('Before');
    const before = store.getState().doc;
    store.getState().beginGesture();
    store.getState().setTitle('Moving');
    store.getState().cancelGesture();
    expect(store.getState().doc).toBe(before);
    expect(history(store).pastStates).toHaveLength(0);
    store.getState().setTitle('After');
    expect(history(store).pastStates).toHaveLength(1);
  });
});
