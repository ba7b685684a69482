import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeHost, fileRef, opened, sampleWorkshop } from '../../testing/fakeHost';
import { renameWorkshop } from '../../testing/editTitle';
import { renderApp, renderWithDocument } from '../../testing/renderApp';

afterEach(cleanup);

const folder = {
  folder: { id: 'folder-root', name: 'Tradeoff', displayPath: '~/Tradeoff' },
  parentId: null,
  entries: [
    { id: 'file-0002', name: 'Broken.tradeoff', kind: 'workshop' as const, modifiedAt: null },
    { id: 'folder-0001', name: 'Archive', kind: 'folder' as const, modifiedAt: null },
  ],
};

describe('opening', () => {
  it('opens a workshop picked in the in-app dialog', async () => {
    const other = sampleWorkshop('Platform offsite');
    const api = fakeHost({
      'files:list': () => folder,
      'workshop:open': () => opened(other, 'Broken.tradeoff'),
    });
    const { user } = await renderApp(api);
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a workshop' });
    await user.click(await within(dialog).findByRole('button', { name: /Broken\.tradeoff/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await screen.findByRole('heading', { level: 1, name: 'Platform offsite' });
    expect(api.requestsTo('workshop:open')).toEqual([{ fileId: 'file-0002' }]);
  });

  it('browses into a folder and back up', async () => {
    const api = fakeHost({
      'files:list': (req) =>
        req.folderId === 'folder-0001'
          ? {
              folder: { id: 'folder-0001', name: 'Archive', displayPath: '~/Tradeoff/Archive' },
              parentId: 'folder-root',
              entries: [],
            }
          : folder,
    });
    const { user } = await renderApp(api);
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a workshop' });
    await user.click(await within(dialog).findByRole('button', { name: /Archive/ }));
    await within(dialog).findByText('~/Tradeoff/Archive');
    expect(within(dialog).getByText(/no matching files or folders yet/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Up one folder' }));
    await within(dialog).findByText('~/Tradeoff');
    expect(api.requestsTo('files:list')).toEqual([
      { accept: 'workshop' },
      { folderId: 'folder-0001', accept: 'workshop' },
      { folderId: 'folder-root', accept: 'workshop' },
    ]);
  });

  it('creates a folder inside the one shown and shows the listing the host returns', async () => {
    const api = fakeHost({
      'files:list': () => folder,
      'files:createFolder': (req) => ({
        ...folder,
        entries: [
          ...folder.entries,
          { id: 'folder-0002', name: req.name, kind: 'folder', modifiedAt: null },
        ],
      }),
    });
    const { user } = await renderApp(api);
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a workshop' });
    await user.click(within(dialog).getByRole('button', { name: 'New folder' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Folder name' }), '2027{Enter}');
    await within(dialog).findByRole('button', { name: /2027/ });
    expect(api.requestsTo('files:createFolder')).toEqual([
      { parentId: 'folder-root', name: '2027' },
    ]);
  });

  it('shows why a damaged file cannot open, with the bad field, and keeps the open document', async () => {
    const api = fakeHost({
      'files:list': () => folder,
      'workshop:open': () => ({
        status: 'failed',
        message: 'Broken.tradeoff is not a valid workshop file: effort must be greater than 0.',
        fieldPath: 'workshop.items[3].rice.effort',
      }),
    });
    const { user } = await renderWithDocument(api, sampleWorkshop('Keep me'));
    await user.keyboard('{Control>}o{/Control}');
    const picker = await screen.findByRole('dialog', { name: 'Open a workshop' });
    await user.dblClick(await within(picker).findByRole('button', { name: /Broken\.tradeoff/ }));

    const error = await screen.findByRole('alertdialog', { name: 'Could not open the file' });
    expect(within(error).getByText(/effort must be greater than 0/)).toBeTruthy();
    expect(within(error).getByText('workshop.items[3].rice.effort')).toBeTruthy();
    await user.click(within(error).getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Keep me' })).toBeTruthy();
    expect(document.title).toBe('Q3 planning.tradeoff — Tradeoff');
  });

  it('never saves over a file from a newer version; Save as makes a copy after a warning', async () => {
    const api = fakeHost({
      'recent:list': () => ({
        files: [{ ...fileRef('Future.tradeoff'), openedAt: '2026-01-01T00:00:00Z' }],
      }),
      'workshop:openRecent': () => ({
        ...opened(sampleWorkshop('From the future'), 'Future.tradeoff'),
        readOnly: {
          message:
            'Future.tradeoff was written by Tradeoff 3.0 (file format 4); this is Tradeoff 0.1 (format 1).',
        },
      }),
      'files:list': () => ({ ...folder, entries: [] }),
      'workshop:saveAs': () => ({
        status: 'saved',
        file: fileRef('Future copy.tradeoff', 'file-0003'),
        revision: 'r1',
      }),
    });
    const { user } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: /Future\.tradeoff/ }));
    const banner = await screen.findByRole('region', { name: 'Read-only file' });
    expect(banner.textContent).toMatch(/Tradeoff 3\.0 .* Tradeoff 0\.1/);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);

    await renameWorkshop(user, 'My copy');
    await user.keyboard('{Control>}s{/Control}');
    const warning = await screen.findByRole('alertdialog', {
      name: 'Save a copy with this version?',
    });
    expect(warning.textContent).toMatch(/left out of the copy/);
    await user.click(within(warning).getByRole('button', { name: 'Save a copy…' }));
    const picker = await screen.findByRole('dialog', { name: 'Save workshop as' });
    await user.click(within(picker).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Read-only file' })).toBeNull(),
    );
    expect(api.requestsTo('workshop:save')).toHaveLength(0);
    expect(api.requestsTo('workshop:saveAs')[0]?.doc.meta.title).toBe('My copy');
    expect(document.title).toBe('Future copy.tradeoff — Tradeoff');
  });

  it('makes no copy of a newer file when the warning is cancelled', async () => {
    const api = fakeHost({
      'recent:list': () => ({
        files: [{ ...fileRef('Future.tradeoff'), openedAt: '2026-01-01T00:00:00Z' }],
      }),
      'workshop:openRecent': () => ({
        ...opened(sampleWorkshop('From the future'), 'Future.tradeoff'),
        readOnly: { message: 'Written by a newer Tradeoff.' },
      }),
    });
    const { user } = await renderApp(api);
    await user.click(await screen.findByRole('button', { name: /Future\.tradeoff/ }));
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('menuitem', { name: /Save as…/ }));
    const warning = await screen.findByRole('alertdialog', {
      name: 'Save a copy with this version?',
    });
    await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('region', { name: 'Read-only file' })).toBeTruthy();
  });
});

describe('unsaved changes', () => {
  it('asks before starting a new workshop; Cancel keeps the work', async () => {
    const api = fakeHost();
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Edited');
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('menuitem', { name: /New workshop/ }));

    const prompt = await screen.findByRole('alertdialog', {
      name: 'Save changes to “Q3 planning.tradeoff”?',
    });
    expect(document.activeElement).toBe(within(prompt).getByRole('button', { name: 'Save' }));
    await user.click(within(prompt).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Edited' })).toBeTruthy();
    expect(api.requestsTo('workshop:new')).toHaveLength(0);
  });

  it("starts the new workshop after Don't save", async () => {
    const api = fakeHost();
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Edited');
    await user.keyboard('{Control>}n{/Control}');
    const prompt = await screen.findByRole('alertdialog');
    await user.click(within(prompt).getByRole('button', { name: "Don't save" }));
    await screen.findByRole('heading', { level: 1, name: 'Untitled workshop' });
    expect(screen.getByText('Not saved yet', { selector: '.status-bar__item' })).toBeTruthy();
    expect(api.requestsTo('workshop:close')).toEqual([{ fileId: 'file-0001' }]);
  });

  it('saves first when the answer is Save, then opens the recent file', async () => {
    const api = fakeHost({
      'workshop:save': () => ({ status: 'saved', file: fileRef(), revision: 'r2' }),
    });
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Edited');
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('menuitem', { name: /Q3 planning\.tradeoff/ }));
    const prompt = await screen.findByRole('alertdialog');
    await user.click(within(prompt).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.requestsTo('workshop:openRecent')).toHaveLength(2));
    expect(api.calls.map((c) => c.channel)).toContain('workshop:save');
  });

  it('Escape on the prompt cancels', async () => {
    const api = fakeHost();
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Edited');
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('menuitem', { name: 'Close' }));
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Edited' })).toBeTruthy();
  });

  it('closes the window when the host asks and nothing is unsaved', async () => {
    const api = fakeHost({}, 'native');
    await renderWithDocument(api, sampleWorkshop());
    await act(async () => api.emit('window:closeRequested', {}));
    await waitFor(() => expect(api.requestsTo('window:close')).toHaveLength(1));
  });

  it("asks before the window closes with unsaved changes, and closes after Don't save", async () => {
    const api = fakeHost({}, 'native');
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Edited');
    await act(async () => api.emit('window:closeRequested', {}));
    const prompt = await screen.findByRole('alertdialog');
    expect(api.requestsTo('window:close')).toHaveLength(0);
    await user.click(within(prompt).getByRole('button', { name: "Don't save" }));
    await waitFor(() => expect(api.requestsTo('window:close')).toHaveLength(1));
  });

  it('tells the host whether closing must ask', async () => {
    const api = fakeHost({}, 'native');
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Edited');
    await waitFor(() => expect(api.requestsTo('window:setDirty').at(-1)).toEqual({ dirty: true }));
  });

  it('runs the native menu commands', async () => {
    const api = fakeHost({}, 'native');
    const { user } = await renderWithDocument(api, sampleWorkshop('Before'));
    await renameWorkshop(user, 'After');
    await act(async () => api.emit('menu:command', { command: 'undo' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Before' })).toBeTruthy();
    await act(async () => api.emit('menu:command', { command: 'redo' }));
    expect(screen.getByRole('heading', { level: 1, name: 'After' })).toBeTruthy();
  });
});
