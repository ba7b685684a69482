import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  criteriaWorkshop,
  openCriteria,
  rankedTitles,
  undoCount,
  weightsOf,
} from './criteriaTesting';

afterEach(cleanup);

const slider = (name: string) => screen.getByRole('slider', { name });
const sum = (weights: number[]) => weights.reduce((a, w) => a + w, 0);

describe('weight sliders', () => {
  it('moves a weight by one point per arrow key, the others making room in proportion', async () => {
    const app = await openCriteria();
    slider('Reliability impact').focus();
    await app.user.keyboard('{ArrowRight}{ArrowRight}{ArrowUp}');
    const [rel, reach, effort] = weightsOf(app);
    expect(rel).toBe(43);
    expect(reach).toBeCloseTo(28.5, 9);
    expect(effort).toBeCloseTo(28.5, 9);
    expect(sum(weightsOf(app))).toBeCloseTo(100, 9);
    await app.user.keyboard('{ArrowLeft}{PageDown}');
    expect(weightsOf(app)[0]).toBe(32);
    await app.user.keyboard('{End}');
    expect(weightsOf(app)).toEqual([100, 0, 0]);
    await app.user.keyboard('{Home}');
    expect(weightsOf(app)[0]).toBe(0);
    expect(sum(weightsOf(app))).toBeCloseTo(100, 9);
  });

  it('records each key press as one undo entry', async () => {
    const app = await openCriteria();
    slider('Reliability impact').focus();
    await app.user.keyboard('{ArrowRight}{ArrowRight}');
    expect(undoCount(app)).toBe(2);
    await app.user.keyboard('{Control>}z{/Control}');
    expect(weightsOf(app)[0]).toBe(41);
  });

  it('records a whole pointer drag as one undo entry, and undo puts every weight back', async () => {
    const app = await openCriteria();
    const rel = slider('Reliability impact');
    fireEvent.pointerDown(rel);
    for (const value of ['45', '52', '60']) fireEvent.change(rel, { target: { value } });
    expect(undoCount(app)).toBe(0);
    fireEvent.pointerUp(window);
    expect(undoCount(app)).toBe(1);
    expect(weightsOf(app)).toEqual([60, 20, 20]);
    await app.user.keyboard('{Control>}z{/Control}');
    expect(weightsOf(app)).toEqual([40, 30, 30]);
  });

  it('re-ranks on every input and shows the movement since the slider was grabbed', async () => {
    const app = await openCriteria();
    expect(rankedTitles()).toEqual(['Replicas', 'Failover', 'CLI']);
    const rel = slider('Reliability impact');
    fireEvent.pointerDown(rel);
    fireEvent.change(rel, { target: { value: '60' } });
    expect(rankedTitles()).toEqual(['Failover', 'Replicas', 'CLI']);
    const list = screen.getByRole('list', { name: 'Items by weighted total' });
    expect(within(list).getByText('up 1 place')).toBeTruthy();
    expect(within(list).getByText('down 1 place')).toBeTruthy();
    fireEvent.pointerUp(window);
    expect(app.services.documents.getState().doc?.criteria[0]?.weight).toBe(60);
  });

  it('keeps a locked weight still while another moves, and cannot move it', async () => {
    const app = await openCriteria();
    await app.user.click(screen.getByRole('button', { name: 'Lock Effort' }));
    expect(screen.getByRole('button', { name: 'Lock Effort' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect((slider('Effort') as HTMLInputElement).disabled).toBe(true);
    slider('Reliability impact').focus();
    await app.user.keyboard('{End}');
    expect(weightsOf(app)).toEqual([70, 0, 30]);
    expect(screen.getByText(/Locked: other weights move around it/)).toBeTruthy();
  });

  it('allows 0% and says which slider cannot move when the others are all locked', async () => {
    const app = await openCriteria();
    await app.user.click(screen.getByRole('button', { name: 'Lock Effort' }));
    slider('Customer reach').focus();
    await app.user.keyboard('{Home}');
    expect(weightsOf(app)).toEqual([70, 0, 30]);
    await app.user.click(screen.getByRole('button', { name: 'Lock Reliability impact' }));
    expect((slider('Customer reach') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Unlock another criterion to move this one.')).toBeTruthy();
  });

  it('takes a typed weight as one undo entry and refuses one the others cannot make room for', async () => {
    const app = await openCriteria();
    const field = screen.getByRole('textbox', { name: 'Reliability impact weight in percent' });
    await app.user.clear(field);
    await app.user.type(field, '55{Enter}');
    expect(weightsOf(app)).toEqual([55, 22.5, 22.5]);
    expect(undoCount(app)).toBe(1);

    await app.user.click(screen.getByRole('button', { name: 'Lock Effort' }));
    await app.user.clear(field);
    await app.user.type(field, '90{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'Type a weight from 0 to 77.5%: 22.5% is locked elsewhere.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(weightsOf(app)[0]).toBe(55);
    await app.user.keyboard('{Escape}');
    expect((field as HTMLInputElement).value).toBe('55');
  });

  it('shows the weight beside each slider and a total of 100%', async () => {
    await openCriteria(
      criteriaWorkshop((doc) => ({
        ...doc,
        criteria: doc.criteria.map((c) => ({ ...c, weight: 100 / 3 })),
      })),
    );
    expect(slider('Customer reach').getAttribute('aria-valuetext')).toBe('33.3%');
    expect(screen.getByText('100%')).toBeTruthy();
  });
});
