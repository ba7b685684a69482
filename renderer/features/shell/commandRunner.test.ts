import { describe, expect, it } from 'vitest';
import type { Response } from '../../../shared/ipc/contract';
import { createServices } from '../../app/services';
import type { FakeHandlers } from '../../bridge/fakeBridge';
import { showAbout } from '../file-dialogs/ask';
import { fakeHost, fileRef, opened, sampleWorkshop } from '../../testing/fakeHost';
import { emptySession } from '../../state/uiStore';
import { createCommandRunner } from './commandRunner';

function setup(handlers: FakeHandlers = {}) {
  const api = fakeHost(handlers);
  const services = createServices(api);
  const doc = sampleWorkshop('A');
  services.documents.getState().load(doc);
  services.ui.setState({
    session: { ...emptySession, file: fileRef(), revision: 'rev-1', savedDoc: doc },
  });
  let clock = 0;
  const run = createCommandRunner(services, () => clock);
  // Far enough apart that no two requests count as one key press seen twice.
  const tick = (ms = 1_000) => (clock += ms);
  return { api, services, run, tick };
}

/** A host answer the test releases when it wants, to hold a command in the middle. */
function held<T>() {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

/** Lets every promise that can settle now settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const title = (s: ReturnType<typeof setup>['services']) => s.documents.getState().doc?.meta.title;
const notices = (s: ReturnType<typeof setup>['services']) =>
  s.ui.getState().notices.map((n) => n.text);
const saved = (): Response<'workshop:save'> => ({
  status: 'saved',
  file: fileRef(),
  revision: 'rev-2',
});

describe('command runner', () => {
  it('runs undo from any source', async () => {
    const { services, run } = setup();
    services.documents.getState().setTitle('B');
    await expect(run({ command: 'undo', source: 'host' })).resolves.toBe('done');
    expect(title(services)).toBe('A');
  });

  it('treats the same command from the native menu and the page shortcut at once as one', async () => {
    const { services, run, tick } = setup();
    services.documents.getState().setTitle('B');
    services.documents.getState().setTitle('C');
    await run({ command: 'undo', source: 'keyboard' });
    tick(20);
    await expect(run({ command: 'undo', source: 'host' })).resolves.toBe('duplicate');
    expect(title(services)).toBe('B');
  });

  it('runs a click and a key press in quick succession as two commands', async () => {
    const { services, run, tick } = setup();
    services.documents.getState().setTitle('B');
    services.documents.getState().setTitle('C');
    await run({ command: 'undo', source: 'page' });
    tick(20);
    await expect(run({ command: 'undo', source: 'keyboard' })).resolves.toBe('done');
    expect(title(services)).toBe('A');
  });

  it('repeats a command pressed again from the same source', async () => {
    const { services, run, tick } = setup();
    services.documents.getState().setTitle('B');
    services.documents.getState().setTitle('C');
    await run({ command: 'undo', source: 'keyboard' });
    tick(20);
    await run({ command: 'undo', source: 'keyboard' });
    expect(title(services)).toBe('A');
  });

  it('leaves a key pressed while a dialog is open to the dialog', async () => {
    const { services, run } = setup();
    services.documents.getState().setTitle('B');
    void showAbout(services.ui);
    await expect(run({ command: 'undo', source: 'keyboard' })).resolves.toBe('ignored');
    expect(title(services)).toBe('B');
  });

  it('is done with an open once the workshop is on screen, while the recent list still loads', async () => {
    const recentList = held<Response<'recent:list'>>();
    const { api, services, run, tick } = setup({
      'workshop:openRecent': () => opened(sampleWorkshop('Security roadmap'), 'security.tradeoff'),
      'recent:list': () => recentList.promise,
    });

    await expect(
      run({ command: 'openRecent', recentFileId: 'file-0002', source: 'page' }),
    ).resolves.toBe('done');
    expect(title(services)).toBe('Security roadmap');
    expect(api.requestsTo('recent:list')).toHaveLength(1);

    // The next shortcut runs at once instead of waiting for (or being lost to) the listing.
    tick();
    services.documents.getState().setTitle('Security roadmap 2027');
    await expect(run({ command: 'undo', source: 'keyboard' })).resolves.toBe('done');
    expect(title(services)).toBe('Security roadmap');

    recentList.release({
      files: [{ ...fileRef('security.tradeoff', 'file-0002'), openedAt: '2026-03-10T09:00:00Z' }],
    });
    await settle();
    expect(services.ui.getState().recent.map((f) => f.name)).toEqual(['security.tradeoff']);
  });

  it('keeps the newest recent list when an older listing answers last', async () => {
    const answers = [held<Response<'recent:list'>>(), held<Response<'recent:list'>>()];
    let asked = 0;
    const { services, run, tick } = setup({
      'workshop:openRecent': (req) => opened(sampleWorkshop(req.fileId), `${req.fileId}.tradeoff`),
      'recent:list': () => answers[asked++]!.promise,
    });
    await run({ command: 'openRecent', recentFileId: 'first-file', source: 'page' });
    tick();
    await run({ command: 'openRecent', recentFileId: 'second-file', source: 'page' });

    const listing = (...names: string[]) => ({
      files: names.map((n, i) => ({ ...fileRef(n, `file-000${i}`), openedAt: '2026-03-10' })),
    });
    answers[1]!.release(listing('second-file.tradeoff', 'first-file.tradeoff'));
    await settle();
    answers[0]!.release(listing('first-file.tradeoff'));
    await settle();
    expect(services.ui.getState().recent.map((f) => f.name)).toEqual([
      'second-file.tradeoff',
      'first-file.tradeoff',
    ]);
  });

  it('runs a command that arrives while another waits for the host once that one is done', async () => {
    const hostAnswer = held<Response<'workshop:save'>>();
    const { api, services, run, tick } = setup({ 'workshop:save': () => hostAnswer.promise });
    services.documents.getState().setTitle('B');

    const saving = run({ command: 'save', source: 'keyboard' });
    tick();
    const undoing = run({ command: 'undo', source: 'keyboard' });
    await settle();
    expect(title(services)).toBe('B');

    hostAnswer.release(saved());
    await expect(saving).resolves.toBe('done');
    await expect(undoing).resolves.toBe('done');
    expect(api.requestsTo('workshop:save')[0]?.doc.meta.title).toBe('B');
    expect(title(services)).toBe('A');
  });

  it('refuses a third command with a notice that says what it is waiting for', async () => {
    const hostAnswer = held<Response<'workshop:save'>>();
    const { services, run, tick } = setup({ 'workshop:save': () => hostAnswer.promise });
    services.documents.getState().setTitle('B');
    services.documents.getState().setTitle('C');

    const saving = run({ command: 'save', source: 'keyboard' });
    tick();
    const undoing = run({ command: 'undo', source: 'keyboard' });
    tick();
    await expect(run({ command: 'redo', source: 'keyboard' })).resolves.toBe('refused');
    expect(notices(services)).toEqual([
      '“Redo” was not run: Tradeoff is still busy with “Save”. Try again once it has finished.',
    ]);

    hostAnswer.release(saved());
    await Promise.all([saving, undoing]);
    expect(title(services)).toBe('B');
  });

  it('takes a command asked for again while it runs as the same request', async () => {
    const hostAnswer = held<Response<'workshop:save'>>();
    const { api, services, run, tick } = setup({ 'workshop:save': () => hostAnswer.promise });
    services.documents.getState().setTitle('B');

    const saving = run({ command: 'save', source: 'keyboard' });
    tick();
    await expect(run({ command: 'save', source: 'page' })).resolves.toBe('duplicate');
    hostAnswer.release(saved());
    await saving;
    expect(api.requestsTo('workshop:save')).toHaveLength(1);
    expect(notices(services)).toEqual([]);
  });

  it('opens a file the host asks for once the dialog on screen is answered', async () => {
    const { api, services, run } = setup({
      'workshop:openRecent': () => opened(sampleWorkshop('From Finder'), 'finder.tradeoff'),
    });
    const about = showAbout(services.ui);

    const opening = run({ command: 'open', recentFileId: 'file-0009', source: 'host' });
    await settle();
    expect(api.requestsTo('workshop:openRecent')).toEqual([]);

    const dialog = services.ui.getState().dialog;
    if (dialog?.kind !== 'about') throw new Error('the About dialog should be open');
    dialog.resolve();
    await about;
    await expect(opening).resolves.toBe('done');
    expect(api.requestsTo('workshop:openRecent')).toEqual([{ fileId: 'file-0009' }]);
    expect(title(services)).toBe('From Finder');
  });

  it('runs a waiting command even when the one before it failed', async () => {
    const hostAnswer = held<Response<'prefs:set'>>();
    const { services, run, tick } = setup({ 'prefs:set': () => hostAnswer.promise });
    services.documents.getState().setTitle('B');
    const toggling = run({ command: 'toggleTheme', source: 'page' });
    tick();
    const undoing = run({ command: 'undo', source: 'keyboard' });
    services.ui.getState().notify = () => {
      throw new Error('the notice area is gone');
    };
    hostAnswer.release(Promise.reject(new Error('disk full')) as never);
    await expect(toggling).rejects.toThrow('the notice area is gone');
    await expect(undoing).resolves.toBe('done');
    expect(title(services)).toBe('A');
  });
});
