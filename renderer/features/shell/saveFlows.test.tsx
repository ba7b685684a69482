import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedRequest, Response } from '../../../shared/ipc/contract';
import { fakeHost, fileRef, sampleWorkshop } from '../../testing/fakeHost';
import { renameWorkshop } from '../../testing/editTitle';
import { renderWithDocument } from '../../testing/renderApp';

afterEach(cleanup);

const saved = (revision = 'rev-2'): Response<'workshop:save'> => ({
  status: 'saved',
  file: fileRef(),
  revision,
});

describe('saving', () => {
  it('saves the edited title to the open file with the revision it was opened at', async () => {
    const api = fakeHost({ 'workshop:save': () => saved() });
    const { user } = await renderWithDocument(api, sampleWorkshop('Q3 planning'));
    await renameWorkshop(user, 'Q4 planning');
    expect(screen.getByRole('heading', { level: 1, name: 'Q4 planning' })).toBeTruthy();
    expect(document.title).toBe('• Q3 planning.tradeoff — Tradeoff');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.requestsTo('workshop:save')).toHaveLength(1));
    const [request] = api.requestsTo('workshop:save');
    expect(request).toMatchObject({ fileId: 'file-0001', expectedRevision: 'rev-1' });
    expect(request?.doc.meta.title).toBe('Q4 planning');
    expect(request?.force).toBeUndefined();
    await screen.findByText('All changes saved');
    expect(document.title).toBe('Q3 planning.tradeoff — Tradeoff');
  });

  it('sends the new revision on the next save', async () => {
    const api = fakeHost({ 'workshop:save': () => saved('rev-2') });
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'First');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByText('All changes saved');
    await renameWorkshop(user, 'Second');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api.requestsTo('workshop:save')).toHaveLength(2));
    expect(api.requestsTo('workshop:save')[1]?.expectedRevision).toBe('rev-2');
  });

  it('asks before overwriting a file changed on disk, and overwrites only when told to', async () => {
    const requests: ParsedRequest<'workshop:save'>[] = [];
    const api = fakeHost({
      'workshop:save': (req) => {
        requests.push(req);
        return req.force
          ? saved()
          : {
              status: 'conflict',
              message: 'Q3 planning.tradeoff changed on disk since you opened it.',
            };
      },
    });
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'The file changed on disk' });
    expect(within(dialog).getByText(/changed on disk since you opened it/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite' }));

    await screen.findByText('All changes saved');
    expect(requests.map((r) => r.force ?? false)).toEqual([false, true]);
  });

  it('keeps the changes unsaved when the conflict is cancelled', async () => {
    const api = fakeHost({
      'workshop:save': () => ({
        status: 'conflict',
        message: 'Changed on disk since you opened it.',
      }),
    });
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'The file changed on disk' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    expect(api.requestsTo('workshop:save')).toHaveLength(1);
  });

  it('shows why a save failed and keeps the work', async () => {
    const api = fakeHost({
      'workshop:save': () => ({ status: 'failed', message: 'The disk is full.' }),
    });
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await renameWorkshop(user, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not save' });
    expect(within(dialog).getByText('The disk is full.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Mine' })).toBeTruthy();
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('saves a new workshop as a named file in the in-app dialog, asking before replacing one', async () => {
    const api = fakeHost({
      'files:list': () => ({
        folder: { id: 'folder-root', name: 'Tradeoff', displayPath: '~/Tradeoff' },
        parentId: null,
        entries: [
          { id: 'file-0009', name: 'Kickoff.tradeoff', kind: 'workshop', modifiedAt: null },
        ],
      }),
      'workshop:saveAs': (req) =>
        req.overwrite
          ? { status: 'saved', file: fileRef('Kickoff.tradeoff', 'file-0009'), revision: 'r9' }
          : { status: 'exists', message: 'Kickoff.tradeoff already exists.' },
    });
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('menuitem', { name: /Save as…/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Save workshop as' });
    const name = within(dialog).getByRole('textbox', { name: 'File name' });
    expect((name as HTMLInputElement).value).toBe('Q3 planning.tradeoff');
    await user.clear(name);
    await user.type(name, 'Kickoff');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const confirm = await screen.findByRole('alertdialog', { name: 'Replace “Kickoff.tradeoff”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Replace' }));

    await waitFor(() => expect(document.title).toBe('Kickoff.tradeoff — Tradeoff'));
    expect(api.requestsTo('workshop:saveAs')).toMatchObject([
      { target: { folderId: 'folder-root', fileName: 'Kickoff.tradeoff' } },
      { target: { folderId: 'folder-root', fileName: 'Kickoff.tradeoff' }, overwrite: true },
    ]);
    // The old file's grant is released once the document lives in the new file.
    expect(api.requestsTo('workshop:close')).toEqual([{ fileId: 'file-0001' }]);
  });

  it('refuses a file name that is a path', async () => {
    const api = fakeHost({
      'files:list': () => ({
        folder: { id: 'folder-root', name: 'Tradeoff', displayPath: '~/Tradeoff' },
        parentId: null,
        entries: [],
      }),
    });
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await user.keyboard('{Control>}{Shift>}s{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Save workshop as' });
    const name = within(dialog).getByRole('textbox', { name: 'File name' });
    await user.clear(name);
    await user.type(name, '../etc/passwd{Enter}');
    expect(within(dialog).getByRole('alert').textContent).toMatch(/cannot contain/);
    expect(api.requestsTo('workshop:saveAs')).toHaveLength(0);
  });

  it('uses the host dialog for Save as in the desktop app, suggesting a name from the title', async () => {
    const api = fakeHost(
      {
        'workshop:saveAs': () => ({ status: 'cancelled' }),
        'workshop:new': () => ({ doc: sampleWorkshop('Infra: 2027') }),
      },
      'native',
    );
    const { user } = await renderWithDocument(api, sampleWorkshop());
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('menuitem', { name: /New workshop/ }));
    await screen.findByRole('heading', { level: 1, name: 'Infra: 2027' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.requestsTo('workshop:saveAs')).toHaveLength(1));
    expect(api.requestsTo('workshop:saveAs')[0]).toMatchObject({
      suggestedName: 'Infra- 2027.tradeoff',
    });
    expect(api.requestsTo('workshop:saveAs')[0]?.target).toBeUndefined();
  });
});
