import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  backlogWorkshop,
  giveElementsAHeight,
  renderBacklog,
  row,
  undoCount,
} from '../backlogTesting';

beforeAll(giveElementsAHeight);
afterEach(cleanup);

const doc = () =>
  backlogWorkshop([
    {
      title: 'Regional failover',
      trackId: 'track-reliability',
      rice: { reach: 500, impact: 2, confidence: 80, effort: 4 },
    },
    {
      title: 'Kafka',
      trackId: 'track-new-services',
      rice: { reach: 100, impact: 1.5, confidence: 50, effort: 1 },
    },
  ]);

async function openSettings(app: Awaited<ReturnType<typeof renderBacklog>>) {
  await app.user.click(screen.getByRole('button', { name: 'Backlog settings…' }));
  return screen.getByRole('dialog', { name: 'Backlog settings' });
}

const score = (title: string) =>
  within(row(title)).getByRole('note', { name: /^RICE score of/ }).textContent;

describe('backlog settings', () => {
  it('renames and revalues a level, carrying every item that held it, in one undo step', async () => {
    const app = await renderBacklog(doc());
    const dialog = await openSettings(app);
    const name = within(dialog).getByRole('textbox', { name: 'Name of impact level 2' });
    await app.user.clear(name);
    await app.user.type(name, 'Big');
    const value = within(dialog).getByRole('textbox', { name: 'Value of impact level 2' });
    await app.user.clear(value);
    await app.user.type(value, '2.5');
    await app.user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const items = app.services.documents.getState().doc?.items ?? [];
    expect(items[0]?.rice.impact).toBe(2.5);
    // A hand-typed 1.5 matched no level and stays.
    expect(items[1]?.rice.impact).toBe(1.5);
    expect(score('Regional failover')).toBe('250');
    expect(
      within(row('Regional failover')).getByRole('combobox', {
        name: 'Impact of Regional failover',
      }),
    ).toHaveProperty('value', '1');
    expect(screen.getAllByRole('option', { name: 'Big (2.5)' }).length).toBeGreaterThan(0);
    expect(undoCount(app)).toBe(1);
    await app.user.keyboard('{Control>}z{/Control}');
    expect(score('Regional failover')).toBe('200');
  });

  it('edits the reach unit and the tracks; a removed track leaves its items without one', async () => {
    const app = await renderBacklog(doc());
    const dialog = await openSettings(app);
    const unit = within(dialog).getByRole('textbox', { name: 'Reach counts' });
    await app.user.clear(unit);
    await app.user.type(unit, 'clusters per month');
    await app.user.click(within(dialog).getByRole('button', { name: 'Remove New services' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Add track' }));
    await app.user.type(
      within(dialog).getByRole('textbox', { name: 'Name of track 3' }),
      'Security',
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    const state = app.services.documents.getState().doc;
    expect(state?.settings.reachUnit).toBe('clusters per month');
    expect(state?.settings.tracks.map((track) => track.name)).toEqual([
      'Reliability / performance',
      'Developer experience',
      'Security',
    ]);
    expect(state?.items[1]?.trackId).toBeNull();
    expect(within(row('Kafka')).getByText('No track')).toBeTruthy();
    expect(screen.getByText('clusters per month')).toBeTruthy();
  });

  it('refuses what cannot be saved, with the reason beside the field', async () => {
    const app = await renderBacklog(doc());
    const dialog = await openSettings(app);
    const value = within(dialog).getByRole('textbox', { name: 'Value of confidence level 1 (%)' });
    await app.user.clear(value);
    await app.user.type(value, '120');
    await app.user.clear(within(dialog).getByRole('textbox', { name: 'Name of track 1' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(within(dialog).getByText("Can't be more than 100%")).toBeTruthy();
    expect(within(dialog).getByText('Give the track a name')).toBeTruthy();
    expect(undoCount(app)).toBe(0);
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('will not remove a track that holds items on the roadmap', async () => {
    const workshop = doc();
    workshop.roadmap.placements.push({
      itemId: 'item-1',
      trackId: 'track-reliability',
      periodIndex: 0,
      span: 1,
      slot: 'a0',
    });
    const app = await renderBacklog(workshop);
    const dialog = await openSettings(app);
    await app.user.click(
      within(dialog).getByRole('button', { name: 'Remove Reliability / performance' }),
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(within(dialog).getByText(/holds 1 item on the roadmap/)).toBeTruthy();
    expect(app.services.documents.getState().doc?.settings.tracks).toHaveLength(3);
  });
});
