import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  backlogWorkshop,
  giveElementsAHeight,
  renderBacklog,
  row,
  undoCount,
} from './backlogTesting';

beforeAll(giveElementsAHeight);
afterEach(cleanup);

const doc = () =>
  backlogWorkshop([
    { title: 'Regional failover', externalKey: 'PLAT-412' },
    { title: 'Kafka', externalUrl: 'http://jira.example.com/browse/PLAT-420' },
  ]);

async function openDetails(app: Awaited<ReturnType<typeof renderBacklog>>, title: string) {
  await app.user.click(within(row(title)).getByRole('button', { name: `Details of ${title}` }));
  return within(row(title)).getByRole('group', { name: `Details of ${title}` });
}

describe("a row's details", () => {
  it('edits description, track, tags, key and link, one undo step each', async () => {
    const app = await renderBacklog(doc());
    const details = await openDetails(app, 'Kafka');
    await app.user.type(
      within(details).getByRole('textbox', { name: 'Description' }),
      'Managed, usage-billed.',
    );
    await app.user.tab();
    await app.user.selectOptions(
      within(details).getByRole('combobox', { name: 'Track' }),
      'New services',
    );
    await app.user.type(
      within(details).getByRole('textbox', { name: 'Tags' }),
      'streaming, new-service, Streaming{Enter}',
    );
    await app.user.type(
      within(details).getByRole('textbox', { name: 'External key' }),
      'PLAT-420{Enter}',
    );
    const link = within(details).getByRole('textbox', { name: 'Link' });
    await app.user.clear(link);
    await app.user.type(link, 'https://jira.example.com/browse/PLAT-420{Enter}');
    const item = app.services.documents.getState().doc?.items[1];
    expect(item).toMatchObject({
      description: 'Managed, usage-billed.',
      trackId: 'track-new-services',
      tags: ['streaming', 'new-service'],
      externalKey: 'PLAT-420',
      externalUrl: 'https://jira.example.com/browse/PLAT-420',
    });
    expect(undoCount(app)).toBe(5);
    const meta = row('Kafka').querySelector('.backlog-meta');
    expect(meta?.textContent).toBe('New servicesPLAT-420streamingnew-service');
  });

  it('refuses a key another item has and a link that is not a web link', async () => {
    const app = await renderBacklog(doc());
    const details = await openDetails(app, 'Kafka');
    const key = within(details).getByRole('textbox', { name: 'External key' });
    await app.user.type(key, 'PLAT-412{Enter}');
    expect(within(details).getByRole('alert').textContent).toBe(
      '“Regional failover” already has the key PLAT-412',
    );
    await app.user.keyboard('{Escape}');
    const link = within(details).getByRole('textbox', { name: 'Link' });
    await app.user.clear(link);
    await app.user.type(link, 'javascript:alert(1){Enter}');
    expect(within(details).getByRole('alert').textContent).toBe(
      'Only http:// and https:// links are kept',
    );
    expect(undoCount(app)).toBe(0);
  });

  it('opens only https links, in the browser, and offers to copy any link', async () => {
    const app = await renderBacklog(doc());
    const details = await openDetails(app, 'Kafka');
    expect(within(details).queryByRole('link', { name: 'Open link' })).toBeNull();
    expect(
      within(details).getByText('Only https links open from here; copy this one.'),
    ).toBeTruthy();
    const link = within(details).getByRole('textbox', { name: 'Link' });
    await app.user.clear(link);
    await app.user.type(link, 'https://jira.example.com/browse/PLAT-420{Enter}');
    const open = within(details).getByRole('link', { name: 'Open link' });
    expect(open.getAttribute('href')).toBe('https://jira.example.com/browse/PLAT-420');
    expect(open.getAttribute('target')).toBe('_blank');
    expect(open.getAttribute('rel')).toBe('noopener noreferrer');
    await app.user.click(within(details).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe('https://jira.example.com/browse/PLAT-420');
    expect(await screen.findByText('Link copied.')).toBeTruthy();
  });
});
