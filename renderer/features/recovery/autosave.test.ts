import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../app/services';
import { fakeHost, fileRef, sampleWorkshop } from '../../testing/fakeHost';
import { emptySession } from '../../state/uiStore';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';
import { discardSessionDraft } from './sessionDraft';

function setup() {
  const api = fakeHost();
  const services = createServices(api);
  const doc = sampleWorkshop();
  services.documents.getState().load(doc);
  services.ui.setState({
    session: { ...emptySession, file: fileRef(), revision: 'r1', savedDoc: doc },
  });
  const stop = startAutosave(services);
  return { api, services, stop };
}

/** Lets queued promise callbacks run under fake timers. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a recovery draft a few seconds after the last edit, with this session draft id', async () => {
    const { api, services, stop } = setup();
    services.documents.getState().setTitle('Edited');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(api.requestsTo('recovery:write')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    const [write] = api.requestsTo('recovery:write');
    expect(write?.draftId).toBe(services.ui.getState().draftId);
    expect(write?.doc.meta.title).toBe('Edited');
    expect(write?.fileName).toBe('Q3 planning.tradeoff');
    expect(services.ui.getState().autosave.state).toBe('written');
    stop();
  });

  it('waits for a pause: edits in quick succession make one write of the last state', async () => {
    const { api, services, stop } = setup();
    for (const title of ['a', 'ab', 'abc']) {
      services.documents.getState().setTitle(title);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.requestsTo('recovery:write').map((r) => r.doc.meta.title)).toEqual(['abc']);
    stop();
  });

  it('writes nothing when the edits were undone back to the saved document', async () => {
    const { api, services, stop } = setup();
    services.documents.getState().setTitle('Edited');
    services.documents.getState().undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(api.requestsTo('recovery:write')).toHaveLength(0);
    stop();
  });

  it('discards the draft when the work is saved, after any write already under way', async () => {
    const { api, services, stop } = setup();
    services.documents.getState().setTitle('Edited');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    services.ui.setState((s) => ({
      session: { ...s.session, savedDoc: services.documents.getState().doc },
    }));
    await discardSessionDraft(services);
    await settle();
    expect(api.calls.map((c) => c.channel).filter((c) => c.startsWith('recovery:'))).toEqual([
      'recovery:write',
      'recovery:discard',
    ]);
    expect(api.requestsTo('recovery:discard')[0]?.draftId).toBe(services.ui.getState().draftId);
    expect(services.ui.getState().draftWritten).toBe(false);
    stop();
  });

  it('says so in the status when the recovery copy cannot be written', async () => {
    const { api, services, stop } = setup();
    api.handle({
      'recovery:write': () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    services.documents.getState().setTitle('Edited');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    const status = services.ui.getState().autosave;
    expect(status.state).toBe('failed');
    expect(status.state === 'failed' && status.message).toMatch(/ENOSPC/);
    stop();
  });

  it('protects edits of a read-only document too: they can only be kept as a copy', async () => {
    const { api, services, stop } = setup();
    services.ui.setState((s) => ({ session: { ...s.session, readOnly: { message: 'newer' } } }));
    services.documents.getState().setTitle('Edited');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.requestsTo('recovery:write')).toHaveLength(1);
    stop();
  });
});

describe('autosave status', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is not left waiting when another document replaces the edited one', async () => {
    const { services, stop } = setup();
    const next = sampleWorkshop('Next');
    services.documents.getState().load(next);
    services.ui.setState({ session: { ...emptySession, savedDoc: next } });
    expect(services.ui.getState().autosave.state).toBe('idle');
    stop();
  });
});
