import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  criteriaWorkshop,
  openCriteria,
  rankedTitles,
  undoCount,
  weightsOf,
} from './criteriaTesting';

afterEach(cleanup);

const presets = () => screen.getByRole('group', { name: 'Weight presets' });
const preset = (name: string) => within(presets()).getByRole('button', { name });
const pressed = (name: string) => preset(name).getAttribute('aria-pressed') === 'true';

describe('weight presets', () => {
  it('applies a built-in preset as one undo entry and shows it as the active one', async () => {
    const app = await openCriteria();
    expect(pressed('Reliability first')).toBe(false);
    await app.user.click(preset('Reliability first'));
    // Reliability weighs three times each of the two others: 60 / 20 / 20.
    expect(weightsOf(app).map((w) => Math.round(w * 1e9) / 1e9)).toEqual([60, 20, 20]);
    expect(pressed('Reliability first')).toBe(true);
    expect(rankedTitles()).toEqual(['Failover', 'Replicas', 'CLI']);
    expect(undoCount(app)).toBe(1);
    expect(screen.getByText('Applied “Reliability first”.')).toBeTruthy();
  });

  it('saves the current weights as a named preset in the workshop, then switches between presets', async () => {
    const app = await openCriteria();
    await app.user.click(preset('Cost conscious'));
    await app.user.click(screen.getByRole('button', { name: 'Save current weights as…' }));
    await app.user.type(
      screen.getByRole('textbox', { name: 'Preset name' }),
      'Tight budget{Enter}',
    );
    expect(screen.getByText('Saved preset “Tight budget”.')).toBeTruthy();
    expect(app.services.documents.getState().doc?.weightPresets.map((p) => p.name)).toEqual([
      'Tight budget',
    ]);
    expect(pressed('Tight budget')).toBe(true);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Save current weights as…' }),
    );

    await app.user.click(preset('Balanced'));
    expect(pressed('Tight budget')).toBe(false);
    expect(pressed('Balanced')).toBe(true);
    await app.user.click(preset('Tight budget'));
    expect(pressed('Tight budget')).toBe(true);
    expect(weightsOf(app)[2]).toBeCloseTo(60, 9);
  });

  it('undoes a preset switch back to the weights before it', async () => {
    const app = await openCriteria();
    await app.user.click(preset('Growth first'));
    await app.user.click(preset('Reliability first'));
    await app.user.keyboard('{Control>}z{/Control}');
    expect(pressed('Growth first')).toBe(true);
    await app.user.keyboard('{Control>}z{/Control}');
    expect(weightsOf(app)).toEqual([40, 30, 30]);
  });

  it('refuses an empty name and updates a preset saved again under the same name', async () => {
    const app = await openCriteria(
      criteriaWorkshop((doc) => ({
        ...doc,
        weightPresets: [{ id: 'p1', name: 'Board', weights: { rel: 10, reach: 80, effort: 10 } }],
      })),
    );
    await app.user.click(screen.getByRole('button', { name: 'Save current weights as…' }));
    await app.user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Give the preset a name.');
    await app.user.type(screen.getByRole('textbox', { name: 'Preset name' }), ' board {Enter}');
    expect(screen.getByText('Updated preset “board” with the current weights.')).toBeTruthy();
    const saved = app.services.documents.getState().doc?.weightPresets ?? [];
    expect(saved).toEqual([
      { id: 'p1', name: 'board', weights: { rel: 40, reach: 30, effort: 30 } },
    ]);
  });

  it('keeps locked weights when a preset is applied', async () => {
    const app = await openCriteria();
    await app.user.click(screen.getByRole('button', { name: 'Lock Reliability impact' }));
    await app.user.click(preset('Cost conscious'));
    expect(weightsOf(app)[0]).toBe(40);
    expect(weightsOf(app)[1]).toBeCloseTo(15, 9);
    expect(weightsOf(app)[2]).toBeCloseTo(45, 9);
  });

  it('deletes a saved preset, and undo brings it back', async () => {
    const app = await openCriteria(
      criteriaWorkshop((doc) => ({
        ...doc,
        weightPresets: [{ id: 'p1', name: 'Board', weights: { rel: 10, reach: 80, effort: 10 } }],
      })),
    );
    await app.user.click(screen.getByRole('button', { name: 'Delete preset Board' }));
    expect(within(presets()).queryByRole('button', { name: 'Board' })).toBeNull();
    await app.user.keyboard('{Control>}z{/Control}');
    expect(preset('Board')).toBeTruthy();
  });
});
