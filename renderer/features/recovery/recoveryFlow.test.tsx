import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/ipc/contract';
import { fakeHost, sampleWorkshop } from '../../testing/fakeHost';
import { renderApp } from '../../testing/renderApp';

afterEach(cleanup);

const draft: Draft = {
  draftId: 'Zm9vYmFyYmF6cXV4cXV1eA',
  title: 'Crashed planning',
  fileName: 'Q3 planning.tradeoff',
  savedAt: '2026-03-09T16:45:00Z',
};

describe('recovery after a crash', () => {
  it('offers the drafts found at start and restores one as unsaved work', async () => {
    const api = fakeHost({
      'recovery:list': () => ({ drafts: [draft] }),
      'recovery:restore': () => ({
        status: 'restored',
        doc: sampleWorkshop('Crashed planning'),
        fileName: 'Q3 planning.tradeoff',
      }),
    });
    const { user, services } = await renderApp(api);
    const offer = await screen.findByRole('dialog', { name: 'Recover unsaved work?' });
    expect(within(offer).getByText('Crashed planning')).toBeTruthy();
    await user.click(within(offer).getByRole('button', { name: /Restore/ }));

    await screen.findByRole('heading', { level: 1, name: 'Crashed planning' });
    expect(api.requestsTo('recovery:restore')).toEqual([{ draftId: draft.draftId }]);
    expect(screen.getByText('Unsaved changes', { selector: '.status-bar__item' })).toBeTruthy();
    expect(screen.getByText(/Recovered copy of Q3 planning\.tradeoff/)).toBeTruthy();
    // The restored draft stays on disk as this session's draft until the work is saved.
    expect(services.ui.getState()).toMatchObject({ draftId: draft.draftId, draftWritten: true });
    expect(api.requestsTo('recovery:discard')).toHaveLength(0);
  });

  it('discards a draft the user does not want, and closes the offer when none are left', async () => {
    const api = fakeHost({ 'recovery:list': () => ({ drafts: [draft] }) });
    const { user } = await renderApp(api);
    const offer = await screen.findByRole('dialog', { name: 'Recover unsaved work?' });
    await user.click(within(offer).getByRole('button', { name: /Discard/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.requestsTo('recovery:discard')).toEqual([{ draftId: draft.draftId }]);
    expect(screen.queryByText('Unsaved work from an earlier session')).toBeNull();
  });

  it('keeps the drafts on the start screen when the decision is put off', async () => {
    const api = fakeHost({ 'recovery:list': () => ({ drafts: [draft] }) });
    const { user } = await renderApp(api);
    const offer = await screen.findByRole('dialog', { name: 'Recover unsaved work?' });
    await user.click(within(offer).getByRole('button', { name: 'Decide later' }));
    expect(
      screen.getByRole('heading', { name: 'Unsaved work from an earlier session' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /Restore unsaved work “Crashed planning”/ }),
    ).toBeTruthy();
  });

  it('says why a draft could not be restored', async () => {
    const api = fakeHost({
      'recovery:list': () => ({ drafts: [draft] }),
      'recovery:restore': () => ({
        status: 'failed',
        message: 'The recovery copy is damaged.',
        fieldPath: null,
      }),
    });
    const { user } = await renderApp(api);
    const offer = await screen.findByRole('dialog', { name: 'Recover unsaved work?' });
    await user.click(within(offer).getByRole('button', { name: /Restore/ }));
    const error = await screen.findByRole('alertdialog', {
      name: 'Could not restore unsaved work',
    });
    expect(within(error).getByText('The recovery copy is damaged.')).toBeTruthy();
  });
});
