import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../testing/fakeHost';
import { createDocumentStore } from './documentStore';
import { createUiStore, emptySession, isDirty } from './uiStore';

function openedDocument() {
  const documents = createDocumentStore();
  const ui = createUiStore('draft-0000000000000000');
  const doc = sampleWorkshop();
  documents.getState().load(doc);
  ui.setState({ session: { ...emptySession, savedDoc: doc } });
  const dirty = () => isDirty(documents.getState().doc, ui.getState().session);
  return { documents, ui, dirty };
}

describe('dirty tracking', () => {
  it('is clean right after opening', () => {
    expect(openedDocument().dirty()).toBe(false);
  });

  it('is dirty after an edit and clean again after undoing back to the saved document', () => {
    const { documents, dirty } = openedDocument();
    documents.getState().setTitle('Changed');
    documents.getState().setFacilitator('Ana');
    expect(dirty()).toBe(true);
    documents.getState().undo();
    expect(dirty()).toBe(true);
    documents.getState().undo();
    expect(dirty()).toBe(false);
    documents.getState().redo();
    expect(dirty()).toBe(true);
  });

  it('is clean after a save records the saved document, and dirty after the next edit', () => {
    const { documents, ui, dirty } = openedDocument();
    documents.getState().setTitle('Changed');
    ui.setState((s) => ({ session: { ...s.session, savedDoc: documents.getState().doc } }));
    expect(dirty()).toBe(false);
    documents.getState().undo();
    expect(dirty()).toBe(true);
  });

  it('counts a restored draft (never saved) as dirty, and no document as clean', () => {
    expect(isDirty(sampleWorkshop(), emptySession)).toBe(true);
    expect(isDirty(null, emptySession)).toBe(false);
  });
});

describe('notices', () => {
  it('adds notices with distinct ids and dismisses one at a time', () => {
    const ui = createUiStore('draft-0000000000000000');
    ui.getState().notify('warning', 'one');
    ui.getState().notify('info', 'two');
    const [first, second] = ui.getState().notices;
    expect(first?.id).not.toBe(second?.id);
    ui.getState().dismissNotice(first!.id);
    expect(ui.getState().notices.map((n) => n.text)).toEqual(['two']);
  });
});
