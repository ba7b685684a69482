import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openCriteria, undoCount, weightsOf } from './criteriaTesting';

afterEach(cleanup);

const names = () =>
  screen
    .getAllByRole('textbox', { name: 'Criterion name' })
    .map((field) => (field as HTMLInputElement).value);
const criteriaOf = (app: Awaited<ReturnType<typeof openCriteria>>) =>
  app.services.documents.getState().doc?.criteria ?? [];

describe('editing criteria', () => {
  it('adds a criterion at an equal share, ready to be named', async () => {
    const app = await openCriteria(undefined, 'Edit criteria');
    await app.user.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(names()).toEqual(['Reliability impact', 'Customer reach', 'Effort', 'New criterion']);
    expect(weightsOf(app)).toEqual([30, 22.5, 22.5, 25]);
    const field = screen.getAllByRole('textbox', { name: 'Criterion name' })[3];
    expect(document.activeElement).toBe(field);
    await app.user.keyboard('Developer experience{Enter}');
    expect(criteriaOf(app)[3]?.name).toBe('Developer experience');
    expect(undoCount(app)).toBe(2);
  });

  it('renames on Enter, puts the name back on Escape, and refuses empty or duplicate names', async () => {
    const app = await openCriteria(undefined, 'Edit criteria');
    const [first] = screen.getAllByRole('textbox', { name: 'Criterion name' });
    if (!first) throw new Error('no name field');
    await app.user.clear(first);
    await app.user.type(first, 'Reliability{Enter}');
    expect(criteriaOf(app)[0]?.name).toBe('Reliability');
    await app.user.clear(first);
    await app.user.type(first, 'Oops{Escape}');
    expect((first as HTMLInputElement).value).toBe('Reliability');
    await app.user.clear(first);
    await app.user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Give the criterion a name.');
    await app.user.type(first, 'effort{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'Another criterion is already called “Effort”.',
    );
    expect(criteriaOf(app)[0]?.name).toBe('Reliability');
  });

  it('reorders with the move buttons, keeping focus on the button at the ends', async () => {
    const app = await openCriteria(undefined, 'Edit criteria');
    await app.user.click(screen.getByRole('button', { name: 'Move Effort up' }));
    expect(names()).toEqual(['Reliability impact', 'Effort', 'Customer reach']);
    const up = screen.getByRole('button', { name: 'Move Effort up' });
    await app.user.click(up);
    expect(names()).toEqual(['Effort', 'Reliability impact', 'Customer reach']);
    expect(up.getAttribute('aria-disabled')).toBe('true');
    await app.user.click(up);
    expect(names()).toEqual(['Effort', 'Reliability impact', 'Customer reach']);
    expect(document.activeElement).toBe(up);
    expect(undoCount(app)).toBe(2);
  });

  it('deletes a criterion with its scores, says so, and undoes it from the message', async () => {
    const app = await openCriteria(undefined, 'Edit criteria');
    await app.user.click(screen.getByRole('button', { name: 'Delete Customer reach' }));
    expect(names()).toEqual(['Reliability impact', 'Effort']);
    expect(weightsOf(app).map((w) => Math.round(w * 1e6) / 1e6)).toEqual([57.142857, 42.857143]);
    const items = app.services.documents.getState().doc?.items ?? [];
    expect(items.every((item) => !('reach' in item.scores))).toBe(true);
    const message = screen.getByText(/Deleted “Customer reach” and its 3 scores/);
    await app.user.click(within(message).getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual(['Reliability impact', 'Customer reach', 'Effort']);
    expect(app.services.documents.getState().doc?.items[0]?.scores.reach).toBe(2);
  });

  it('sets direction and scale, each one undo entry', async () => {
    const app = await openCriteria(undefined, 'Edit criteria');
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Customer reach: counts as' }),
      'cost',
    );
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Effort: scale' }), '0-10');
    expect(criteriaOf(app)[1]?.direction).toBe('cost');
    expect(criteriaOf(app)[2]?.scale).toEqual({ min: 0, max: 10 });
    expect(undoCount(app)).toBe(2);
  });
});
