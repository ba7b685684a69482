import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openCriteria } from './criteriaTesting';

afterEach(cleanup);

describe('comparison view', () => {
  it('shows the RICE, weighted and manual orders in a slope chart and names the disagreements', async () => {
    const app = await openCriteria(undefined, 'Compare orders');
    // RICE: Replicas 500, CLI 300, Failover 100. Weighted: Replicas, Failover, CLI. Manual: Failover, Replicas, CLI.
    const chart = screen.getByRole('img', { name: 'RICE, weighted and manual order: the top 10' });
    expect(chart).toBeTruthy();
    const list = screen.getByRole('heading', { name: 'Biggest disagreements' }).parentElement;
    if (!list) throw new Error('no disagreements');
    const entries = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(entries[0]).toBe('FailoverRICE 3 · Weighted 2 · Manual 12 places apart');
    expect(screen.getByText(/RICE and Weighted/)).toBeTruthy();

    await app.user.click(screen.getByRole('radio', { name: '20' }));
    expect(
      screen.getByRole('img', { name: 'RICE, weighted and manual order: the top 20' }),
    ).toBeTruthy();
  });
});
