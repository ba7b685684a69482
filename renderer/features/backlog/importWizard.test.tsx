import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import badRowsCsv from '../../../test/fixtures/csv/bad-rows.csv?raw';
import jiraCsv from '../../../test/fixtures/csv/jira-export.csv?raw';
import type { Response } from '../../../shared/ipc/contract';
import { sampleWorkshop } from '../../testing/fakeHost';
import { bytesToBase64 } from '../../ui/base64';
import {
  backlogWorkshop,
  giveElementsAHeight,
  renderBacklog,
  shownTitles,
  undoCount,
} from './backlogTesting';

beforeAll(giveElementsAHeight);
afterEach(cleanup);

const readAs = (name: string, bytes: Uint8Array) => (): Response<'import:readFile'> => ({
  status: 'read',
  name,
  base64: bytesToBase64(bytes),
});
const text = (csv: string) => new TextEncoder().encode(csv);

async function openWizard(app: Awaited<ReturnType<typeof renderBacklog>>) {
  await app.user.click(screen.getByRole('button', { name: 'Import CSV…' }));
}

const emptyBacklog = () => backlogWorkshop([{ title: 'Existing item', externalKey: 'PLAT-412' }]);

describe('the CSV import', () => {
  it('reads a Jira export, proposes a mapping with a preview, and imports after confirmation', async () => {
    const app = await renderBacklog(emptyBacklog(), {
      'import:readFile': readAs('jira.csv', text(jiraCsv)),
    });
    await openWizard(app);
    const mapping = await screen.findByRole('dialog', {
      name: 'Import “jira.csv”: match the columns',
    });
    expect(mapping.textContent).toContain('Jira export');
    const titleColumn = within(mapping).getByRole('combobox', { name: 'Column for Title' });
    expect(within(titleColumn).getByRole('option', { selected: true }).textContent).toBe('Summary');
    const keyColumn = within(mapping).getByRole('combobox', { name: 'Column for Key' });
    expect(within(keyColumn).getByRole('option', { selected: true }).textContent).toBe('Issue key');
    const tags = within(mapping).getByRole('list', { name: 'Columns read as tags' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Labels×');
    const preview = within(mapping).getByRole('table', { name: /Preview/ });
    expect(preview.textContent).toContain('Regional failover for the control plane');

    // The room decides Story Points are not the effort in person-months.
    const effort = within(mapping).getByRole('combobox', { name: 'Column for Effort' });
    await app.user.selectOptions(effort, 'Not imported');
    await app.user.click(within(mapping).getByRole('button', { name: 'Review import' }));

    const confirm = await screen.findByRole('dialog', { name: 'Import “jira.csv”: confirm' });
    expect(confirm.textContent).toContain('11 added, 1 updated, 0 unchanged');
    expect(shownTitles()).toEqual(['Existing item']);
    await app.user.click(within(confirm).getByRole('button', { name: 'Import 12 items' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shownTitles()).toHaveLength(12);
    expect(shownTitles()[0]).toBe('Regional failover for the control plane');
    expect(undoCount(app)).toBe(1);
    const imported = app.services.documents.getState().doc?.items ?? [];
    expect(imported.every((item) => item.rice.effort === null)).toBe(true);
    await app.user.keyboard('{Control>}z{/Control}');
    expect(shownTitles()).toEqual(['Existing item']);
  });

  it('lists the rows it cannot import with their reasons, and imports only the rest', async () => {
    const app = await renderBacklog(sampleWorkshop(), {
      'import:readFile': readAs('bad.csv', text(badRowsCsv)),
    });
    await openWizard(app);
    const mapping = await screen.findByRole('dialog', { name: /match the columns/ });
    await app.user.click(within(mapping).getByRole('button', { name: 'Review import' }));
    const confirm = await screen.findByRole('dialog', { name: /confirm/ });
    const errors = within(confirm).getByRole('list', { name: "Rows that can't be imported" });
    const lines = within(errors)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain('Row 3 Reach can\'t be negative (Reach: "-50")');
    expect(lines).toContain('Row 6 Missing title');
    expect(lines).toContain('Row 8 Key BAD-1 is also on row 2');
    await app.user.click(within(confirm).getByRole('button', { name: 'Import 2 items' }));
    expect(shownTitles()).toEqual(['Good row', 'Another good row']);
  });

  it('says clearly when the file is not a CSV, and changes nothing', async () => {
    const binary = new Uint8Array(512).map((_, index) => (index * 37) % 256);
    const app = await renderBacklog(emptyBacklog(), {
      'import:readFile': readAs('photo.csv', binary),
    });
    await openWizard(app);
    const failed = await screen.findByRole('alertdialog', { name: 'Could not import “photo.csv”' });
    expect(failed.textContent).toContain("doesn't look like a CSV");
    expect(failed.textContent).toContain('Nothing in the backlog was changed.');
    await app.user.click(within(failed).getByRole('button', { name: 'Close' }));
    expect(shownTitles()).toEqual(['Existing item']);
    expect(undoCount(app)).toBe(0);
  });

  it('needs a title column before it can go on', async () => {
    const app = await renderBacklog(emptyBacklog(), {
      'import:readFile': readAs('jira.csv', text(jiraCsv)),
    });
    await openWizard(app);
    const mapping = await screen.findByRole('dialog', { name: /match the columns/ });
    await app.user.selectOptions(
      within(mapping).getByRole('combobox', { name: 'Column for Title' }),
      'Not imported',
    );
    expect(within(mapping).getByRole('alert').textContent).toBe(
      "Choose the column that holds each item's title.",
    );
    expect(within(mapping).getByRole('button', { name: 'Review import' })).toHaveProperty(
      'disabled',
      true,
    );
    await app.user.click(within(mapping).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(undoCount(app)).toBe(0);
  });

  it('shows its progress on a large file and stops on Cancel without changing anything', async () => {
    const lines = ['Title,Key,Reach,Effort'];
    for (let i = 1; i <= 60_000; i += 1) lines.push(`Item number ${i},BIG-${i},${i},2`);
    const app = await renderBacklog(emptyBacklog(), {
      'import:readFile': readAs('big.csv', text(lines.join('\n'))),
    });
    await openWizard(app);
    const working = await screen.findByRole('dialog', { name: 'Import “big.csv”' });
    expect(within(working).getByRole('progressbar', { name: 'Reading the file' })).toBeTruthy();
    await app.user.click(within(working).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shownTitles()).toEqual(['Existing item']);
  });

  it('updates items matched by key when the same export comes again', async () => {
    const app = await renderBacklog(emptyBacklog(), {
      'import:readFile': readAs('jira.csv', text(jiraCsv)),
    });
    for (const expected of [
      '11 added, 1 updated, 0 unchanged',
      '0 added, 0 updated, 12 unchanged',
    ]) {
      await openWizard(app);
      const mapping = await screen.findByRole('dialog', { name: /match the columns/ });
      await app.user.click(within(mapping).getByRole('button', { name: 'Review import' }));
      const confirm = await screen.findByRole('dialog', { name: /confirm/ });
      expect(confirm.textContent).toContain(expected);
      const go = within(confirm).getByRole('button', {
        name: /^Import \d+ items?$|^Nothing to import$/,
      });
      if (go.hasAttribute('disabled'))
        await app.user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
      else await app.user.click(go);
    }
    expect(shownTitles()).toHaveLength(12);
  });
});
