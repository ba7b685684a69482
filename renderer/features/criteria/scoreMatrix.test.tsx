import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared/workshop/schema';
import { criteriaWorkshop, openCriteria, testItem, undoCount } from './criteriaTesting';

afterEach(cleanup);

const grid = () => screen.getByRole('grid', { name: 'Scores by item and criterion' });
const cell = (row: number, col: number) => {
  const found = grid().querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
  if (!found) throw new Error(`No cell ${row}:${col}`);
  return found;
};
const focusedCell = () => (document.activeElement as HTMLElement | null)?.dataset.cell;
const scores = (app: Awaited<ReturnType<typeof openCriteria>>, itemId: string) =>
  app.services.documents.getState().doc?.items.find((i) => i.id === itemId)?.scores;

function unscoredWorkshop() {
  return criteriaWorkshop((doc) => ({
    ...doc,
    items: doc.items.map((item) => ({ ...item, scores: {} })),
  }));
}

describe('scoring matrix', () => {
  it('is scored from the keyboard alone: type a digit, Enter goes down, Tab goes right', async () => {
    const app = await openCriteria(unscoredWorkshop(), 'Scoring matrix');
    cell(0, 0).focus();
    await app.user.keyboard('4{Enter}');
    expect(scores(app, 'failover')).toEqual({ rel: 4 });
    expect(focusedCell()).toBe('1:0');
    await app.user.keyboard('2{Tab}');
    expect(scores(app, 'replicas')).toEqual({ rel: 2 });
    expect(focusedCell()).toBe('1:1');
    await app.user.keyboard('5{Tab}3{Tab}');
    expect(scores(app, 'replicas')).toEqual({ rel: 2, reach: 5, effort: 3 });
    // Past the last criterion, Tab goes on to the total and then to the next row's first cell.
    expect(focusedCell()).toBe('1:3');
    await app.user.keyboard('{Tab}');
    expect(focusedCell()).toBe('2:0');
    expect(undoCount(app)).toBe(4);
    expect(within(cell(1, 1)).getByText('5')).toBeTruthy();
  });

  it('refuses a score outside the scale inline and keeps the cell open until it is fixed', async () => {
    const app = await openCriteria(unscoredWorkshop(), 'Scoring matrix');
    cell(0, 0).focus();
    await app.user.keyboard('7{Enter}');
    const editor = screen.getByRole('textbox', { name: /Reliability impact score for Failover/ });
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'Reliability impact is scored 1–5; 7 is above 5.',
    );
    expect(scores(app, 'failover')).toEqual({});
    await app.user.keyboard('{Backspace}x{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      '“x” is not a number. Reliability impact is scored 1–5.',
    );
    await app.user.keyboard('{Backspace}5{Enter}');
    expect(scores(app, 'failover')).toEqual({ rel: 5 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes two digits on a 0–10 scale and abandons an entry on Escape', async () => {
    const doc = unscoredWorkshop();
    const criteria: Criterion[] = doc.criteria.map((c) =>
      c.id === 'effort' ? { ...c, scale: { min: 0, max: 10 } } : c,
    );
    const app = await openCriteria({ ...doc, criteria }, 'Scoring matrix');
    cell(0, 2).focus();
    await app.user.keyboard('10{Enter}');
    expect(scores(app, 'failover')).toEqual({ effort: 10 });
    await app.user.keyboard('3{Escape}');
    expect(scores(app, 'replicas')).toEqual({});
    expect(focusedCell()).toBe('1:2');
  });

  it('clears a score with Delete, shows the cell empty, and undo brings the score back', async () => {
    const app = await openCriteria(undefined, 'Scoring matrix');
    cell(0, 0).focus();
    await app.user.keyboard('{Delete}');
    expect(scores(app, 'failover')).toEqual({ reach: 2, effort: 4 });
    expect(cell(0, 0).textContent).toBe('unscored');
    expect(cell(0, 0).className).toContain('matrix__cell--empty');
    await app.user.keyboard('{Control>}z{/Control}');
    expect(cell(0, 0).textContent).toBe('5');
  });

  it('moves with arrows, Home and End, edits with F2, and shades cells by score', async () => {
    const app = await openCriteria(undefined, 'Scoring matrix');
    cell(0, 0).focus();
    await app.user.keyboard('{ArrowRight}{ArrowDown}');
    expect(focusedCell()).toBe('1:1');
    await app.user.keyboard('{End}');
    expect(focusedCell()).toBe('1:3');
    await app.user.keyboard('{Home}{ArrowUp}{ArrowUp}');
    expect(focusedCell()).toBe('0:0');
    expect(cell(0, 0).className).toContain('matrix__cell--s4');
    expect(cell(2, 0).className).toContain('matrix__cell--s0');
    await app.user.keyboard('{F2}');
    const editor = screen.getByRole('textbox', { name: /Reliability impact score for Failover/ });
    expect((editor as HTMLInputElement).value).toBe('5');
    await app.user.keyboard('3{Enter}');
    expect(scores(app, 'failover')?.rel).toBe(3);
  });

  it('opens a cell for editing with its score on a double click', async () => {
    const app = await openCriteria(undefined, 'Scoring matrix');
    await app.user.dblClick(cell(0, 1));
    const editor = screen.getByRole('textbox', { name: /Customer reach score for Failover/ });
    expect((editor as HTMLInputElement).value).toBe('2');
    await app.user.keyboard('4{Enter}');
    expect(scores(app, 'failover')?.reach).toBe(4);
    expect(focusedCell()).toBe('1:1');
  });

  it('shows the formula behind a total when the total cell has focus', async () => {
    const app = await openCriteria(undefined, 'Scoring matrix');
    cell(0, 0).focus();
    await app.user.keyboard('{End}');
    const tooltip = screen.getByRole('tooltip');
    expect(cell(0, 3).getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(tooltip.textContent).toContain(
      'Reliability impact: 40% × (5 − 1)/(5 − 1) = 40% × 1 = 40',
    );
    expect(tooltip.textContent).toContain('Effort (cost, inverted)');
    expect(tooltip.textContent).toContain('Total = 40 + 7.5 + 7.5 = 55 of 100');
    expect(cell(0, 3).textContent).toContain('55.0');
  });

  it('leaves the grid with Escape then Tab', async () => {
    const app = await openCriteria(undefined, 'Scoring matrix');
    cell(1, 1).focus();
    await app.user.keyboard('{Escape}{Tab}');
    expect(grid().contains(document.activeElement)).toBe(false);
  });

  it('renders only the rows on screen for 2,000 items × 10 criteria, and follows the cursor', async () => {
    const criteria: Criterion[] = Array.from({ length: 10 }, (_, i) => ({
      id: `c${i}`,
      name: `Criterion ${i}`,
      direction: 'benefit',
      scale: { min: 1, max: 5 },
      weight: 10,
      locked: false,
    }));
    const items = Array.from({ length: 2000 }, (_, i) =>
      testItem(`item-${i}`, `Item ${i}`, `a${String(i).padStart(4, '0')}`, { c0: (i % 5) + 1 }),
    );
    const app = await openCriteria(
      criteriaWorkshop((doc) => ({ ...doc, criteria, items })),
      'Scoring matrix',
    );
    expect(grid().getAttribute('aria-rowcount')).toBe('2001');
    const rendered = grid().querySelectorAll('[role="row"]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    cell(0, 0).focus();
    await app.user.keyboard('{Control>}{End}{/Control}');
    expect(focusedCell()).toBe('1999:10');
    expect(screen.getByText('Item 1999')).toBeTruthy();
    await app.user.keyboard('{Home}4{Enter}');
    expect(scores(app, 'item-1999')).toEqual({ c0: 4 });
  });
});
