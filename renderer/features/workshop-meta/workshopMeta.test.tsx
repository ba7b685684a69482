import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeHost, sampleWorkshop } from '../../testing/fakeHost';
import { renameWorkshop } from '../../testing/editTitle';
import { renderWithDocument } from '../../testing/renderApp';

afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 1 });

describe('workshop title', () => {
  it('opens for editing with Enter on the title and keeps the change with Enter', async () => {
    const { user, services } = await renderWithDocument(fakeHost(), sampleWorkshop('Old'));
    within(heading()).getByRole('button').focus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'Workshop title' });
    await user.clear(field);
    await user.type(field, 'New{Enter}');
    expect(heading().textContent).toBe('New');
    expect(document.activeElement).toBe(within(heading()).getByRole('button'));
    expect(services.documents.temporal.getState().pastStates).toHaveLength(1);
  });

  it('puts the old title back on Escape', async () => {
    const { user, services } = await renderWithDocument(fakeHost(), sampleWorkshop('Old'));
    await user.click(within(heading()).getByRole('button'));
    const field = screen.getByRole('textbox', { name: 'Workshop title' });
    await user.clear(field);
    await user.type(field, 'Typo{Escape}');
    expect(heading().textContent).toBe('Old');
    expect(services.documents.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps the change when the field loses focus', async () => {
    const { user } = await renderWithDocument(fakeHost(), sampleWorkshop('Old'));
    await user.click(within(heading()).getByRole('button'));
    await user.type(screen.getByRole('textbox', { name: 'Workshop title' }), ' plus');
    await user.click(screen.getByRole('tab', { name: /Criteria/ }));
    expect(heading().textContent).toBe('Old plus');
  });

  it('ignores an empty title', async () => {
    const { user } = await renderWithDocument(fakeHost(), sampleWorkshop('Old'));
    await user.click(within(heading()).getByRole('button'));
    await user.clear(screen.getByRole('textbox', { name: 'Workshop title' }));
    await user.keyboard('{Enter}');
    expect(heading().textContent).toBe('Old');
  });

  it('undoes and redoes the rename with Ctrl+Z and Ctrl+Shift+Z (and Ctrl+Y)', async () => {
    const { user } = await renderWithDocument(fakeHost(), sampleWorkshop('Old'));
    await renameWorkshop(user, 'New');
    await user.keyboard('{Control>}z{/Control}');
    expect(heading().textContent).toBe('Old');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(heading().textContent).toBe('New');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(heading().textContent).toBe('New');
  });

  it('leaves Ctrl+Z inside the title field to the field', async () => {
    const { user } = await renderWithDocument(fakeHost(), sampleWorkshop('Old'));
    await renameWorkshop(user, 'New');
    await user.click(within(heading()).getByRole('button'));
    await user.keyboard('{Control>}z{/Control}{Escape}');
    expect(heading().textContent).toBe('New');
  });
});

describe('workshop details', () => {
  it('edits facilitator and date, each one undo step', async () => {
    const { user, services } = await renderWithDocument(fakeHost(), sampleWorkshop());
    expect(screen.getByText(/No facilitator set/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Workshop details' }));
    const panel = screen.getByRole('dialog', { name: 'Workshop details' });
    await user.type(within(panel).getByRole('textbox', { name: 'Facilitator' }), 'Ana Lima{Enter}');
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog', { name: 'Workshop details' })).toBeNull();
    expect(screen.getByText(/Facilitator: Ana Lima/)).toBeTruthy();
    expect(services.documents.temporal.getState().pastStates).toHaveLength(1);
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByText(/No facilitator set/)).toBeTruthy();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const { user } = await renderWithDocument(fakeHost(), sampleWorkshop());
    const toggle = screen.getByRole('button', { name: 'Workshop details' });
    await user.click(toggle);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Workshop details' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});
