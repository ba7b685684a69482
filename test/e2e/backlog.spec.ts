import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvText } from '../../shared/backlog/csv/parse';
import { createBacklogItem } from '../../shared/backlog/items';
import { initialRanks } from '../../shared/backlog/rankKeys';
import { expect, restartApp, test } from './support/fixtures';
import { AppShell } from './support/pages/AppShell';
import { BacklogPage } from './support/pages/BacklogPage';
import { FileActions } from './support/pages/FileActions';
import { workshopDocument } from './support/workshopFiles';

/**
 * Issue 3, end to end: a facilitator imports a real tool's export through the mapping step,
 * scores items, re-ranks them with the mouse and the keyboard, undoes, saves and reopens; exports
 * the scored backlog; imports the next week's export over it; and sees refused rows and files.
 */

const CSV_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/csv');

const JIRA = 'jira-export.csv';
const FAILOVER = 'Regional failover for the control plane';
const LATENCY = 'Cut P99 latency of the metadata API below 50 ms';
const KAFKA = 'Managed Kafka service (preview)';
const TERRAFORM = 'Terraform provider: import existing resources';
const COMPLETION = 'CLI auto-completion for zsh and fish';

async function importJira(backlog: BacklogPage, fileName = JIRA): Promise<void> {
  await backlog.chooseImportFile(fileName);
  await backlog.reviewImport(fileName);
  await backlog.confirmImport(fileName);
}

test('a Jira export goes through the mapping step, is scored, re-ranked, undone, saved and reopened intact', async ({
  page,
  host,
  workshop,
}) => {
  const shell = new AppShell(page);
  const backlog = new BacklogPage(page);
  await copyFile(path.join(CSV_FIXTURES, JIRA), path.join(workshop.dir, JIRA));

  await shell.newWorkshopButton.click();
  await backlog.chooseImportFile(JIRA);
  const mapping = backlog.mappingStep(JIRA);
  await expect(mapping).toContainText('Jira export');
  await expect(
    mapping.getByRole('combobox', { name: 'Column for Title' }).locator('option:checked'),
  ).toHaveText('Summary');
  await expect(mapping.getByRole('table', { name: /Preview/ })).toContainText(FAILOVER);
  // Story points are not person-months in this room: the effort is scored here instead.
  await backlog.mapColumn(JIRA, 'Effort', 'Not imported');
  await backlog.reviewImport(JIRA);
  await expect(backlog.confirmStep(JIRA)).toContainText('12 added, 0 updated, 0 unchanged');
  await backlog.confirmImport(JIRA);
  await expect(backlog.heading).toContainText('12 items');

  await backlog.enterRice(FAILOVER, {
    reach: '1800',
    impact: 'Massive (3)',
    confidence: 'Medium (80%)',
    effort: '9',
  });
  await backlog.enterRice(KAFKA, {
    reach: '900',
    impact: 'Massive (3)',
    confidence: 'Low (50%)',
    effort: '12',
  });
  await backlog.enterRice(COMPLETION, {
    reach: '2,400',
    impact: 'Low (0.5)',
    confidence: 'High (100%)',
    effort: '0.5',
  });
  await expect(backlog.scoreOf(FAILOVER)).toHaveText('480');
  await expect(backlog.scoreOf(KAFKA)).toHaveText('113');
  await expect(backlog.scoreOf(COMPLETION)).toHaveText('2,400');
  await expect(backlog.scoreOf(LATENCY)).toHaveText('unscored');
  await backlog.scoreOf(FAILOVER).hover();
  await expect(page.getByRole('tooltip')).toHaveText('1,800 × 3 × 80% ÷ 9 = 480');
  await expect(backlog.riceOrder.getByRole('listitem').first()).toContainText(COMPLETION);

  const imported = [FAILOVER, LATENCY, KAFKA, TERRAFORM, COMPLETION];
  await expect.poll(async () => (await backlog.titles()).slice(0, 5)).toEqual(imported);

  // The room puts the formula's favourite first, by mouse.
  await backlog.dragByMouse(COMPLETION, FAILOVER);
  await expect
    .poll(async () => (await backlog.titles()).slice(0, 5))
    .toEqual([COMPLETION, FAILOVER, LATENCY, KAFKA, TERRAFORM]);

  // …and lifts Kafka two places by keyboard.
  await backlog.dragByKeyboard(KAFKA, -2);
  await expect(backlog.dragAnnouncement(`Moved '${KAFKA}' to position 2 of 12`)).toBeAttached();
  await expect
    .poll(async () => (await backlog.titles()).slice(0, 5))
    .toEqual([COMPLETION, KAFKA, FAILOVER, LATENCY, TERRAFORM]);
  await expect(backlog.row(KAFKA).getByRole('note', { name: /higher than RICE/ })).toBeAttached();

  // One undo takes back the whole keyboard drag, not one arrow press.
  await shell.undoByKeyboard();
  await expect
    .poll(async () => (await backlog.titles()).slice(0, 5))
    .toEqual([COMPLETION, FAILOVER, LATENCY, KAFKA, TERRAFORM]);

  const files = new FileActions(page);
  await files.saveUnderName('h2-backlog');
  await expect(page).toHaveTitle('h2-backlog.tradeoff — Tradeoff');
  await restartApp(page, host);
  await files.openFromStartScreen('h2-backlog.tradeoff');
  await expect(backlog.heading).toContainText('12 items');
  await expect
    .poll(async () => (await backlog.titles()).slice(0, 5))
    .toEqual([COMPLETION, FAILOVER, LATENCY, KAFKA, TERRAFORM]);
  await expect(backlog.scoreOf(FAILOVER)).toHaveText('480');
  await expect(backlog.scoreOf(KAFKA)).toHaveText('113');
  await expect(backlog.scoreOf(COMPLETION)).toHaveText('2,400');
});

test('the exported CSV holds both ranks, the RICE inputs and the scores, in the room’s order', async ({
  page,
  workshop,
}) => {
  const backlog = new BacklogPage(page);
  const ranks = initialRanks(3);
  await workshop.write(
    'scored.tradeoff',
    workshopDocument((doc) => {
      doc.items = [
        createBacklogItem({
          title: 'Managed Kafka',
          externalKey: 'PLAT-420',
          trackId: 'track-new-services',
          tags: ['streaming', 'new-service'],
          rice: { reach: 900, impact: 3, confidence: 50, effort: 12 },
          rank: ranks[0] ?? 'a0',
        }),
        createBacklogItem({
          title: '=cmd|"/c calc"!A1',
          rice: { reach: 100, impact: null, confidence: null, effort: null },
          rank: ranks[1] ?? 'a1',
        }),
        createBacklogItem({
          title: 'CLI completion',
          externalKey: 'DX-91',
          trackId: 'track-devex',
          rice: { reach: 2400, impact: 0.5, confidence: 100, effort: 0.5 },
          rank: ranks[2] ?? 'a2',
        }),
      ];
    }),
  );
  await new FileActions(page).openFromStartScreen('scored.tradeoff');
  await backlog.exportCsv('scored backlog');

  const written = await readFile(path.join(workshop.dir, 'scored backlog.csv'), 'utf8');
  expect(written.charCodeAt(0)).toBe(0xfeff);
  const parsed = parseCsvText(written);
  if (!parsed.ok) throw new Error(parsed.reason);
  expect(parsed.table.columns.map((column) => column.name)).toEqual([
    'Manual rank',
    'Computed rank',
    'Title',
    'Description',
    'Key',
    'URL',
    'Track',
    'Tags',
    'Reach',
    'Impact',
    'Confidence',
    'Effort',
    'RICE score',
  ]);
  expect(parsed.table.rows.map((row) => row.cells)).toEqual([
    [
      '1',
      '2',
      'Managed Kafka',
      '',
      'PLAT-420',
      '',
      'New services',
      'streaming, new-service',
      '900',
      '3',
      '50%',
      '12',
      '112.5',
    ],
    ['2', '', `'=cmd|"/c calc"!A1`, '', '', '', '', '', '100', '', '', '', ''],
    [
      '3',
      '1',
      'CLI completion',
      '',
      'DX-91',
      '',
      'Developer experience',
      '',
      '2400',
      '0.5',
      '100%',
      '0.5',
      '2400',
    ],
  ]);
});

test('importing next week’s export updates items by key instead of duplicating them', async ({
  page,
  workshop,
}) => {
  const shell = new AppShell(page);
  const backlog = new BacklogPage(page);
  await copyFile(path.join(CSV_FIXTURES, JIRA), path.join(workshop.dir, JIRA));
  await copyFile(
    path.join(CSV_FIXTURES, 'jira-export-later.csv'),
    path.join(workshop.dir, 'jira-export-later.csv'),
  );
  await shell.newWorkshopButton.click();
  await importJira(backlog);
  await expect(backlog.heading).toContainText('12 items');

  await backlog.chooseImportFile('jira-export-later.csv');
  await backlog.reviewImport('jira-export-later.csv');
  const confirm = backlog.confirmStep('jira-export-later.csv');
  await expect(confirm).toContainText('1 added, 2 updated, 10 unchanged');
  await backlog.confirmImport('jira-export-later.csv');
  await expect(backlog.heading).toContainText('13 items');
  await expect(backlog.row('Cut P99 latency of the metadata API below 40 ms')).toBeVisible();
  await expect(backlog.row(LATENCY)).toHaveCount(0);
  await expect(backlog.status).toContainText('1 added, 2 updated, 10 unchanged');
});

test('rows that cannot be imported are listed with their row and reason; the rest import', async ({
  page,
  workshop,
}) => {
  const shell = new AppShell(page);
  const backlog = new BacklogPage(page);
  await copyFile(path.join(CSV_FIXTURES, 'bad-rows.csv'), path.join(workshop.dir, 'bad-rows.csv'));
  await shell.newWorkshopButton.click();
  await backlog.chooseImportFile('bad-rows.csv');
  await backlog.reviewImport('bad-rows.csv');
  const errors = backlog
    .confirmStep('bad-rows.csv')
    .getByRole('list', { name: "Rows that can't be imported" })
    .getByRole('listitem');
  await expect(errors).toHaveText([
    'Row 3 Reach can\'t be negative (Reach: "-50")',
    'Row 4 Effort must be more than 0 person-months (Effort: "0")',
    'Row 5 Reach must be a number (Reach: "lots")',
    'Row 6 Missing title',
    'Row 7 Confidence can\'t be more than 100% (Confidence: "150%")',
    'Row 8 Key BAD-1 is also on row 2',
    /^Row 9 /,
  ]);
  await backlog.confirmImport('bad-rows.csv');
  await backlog.expectOrder(['Good row', 'Another good row']);
});

test('a file that is not a CSV is refused with a clear message and nothing changes', async ({
  page,
  workshop,
}) => {
  const shell = new AppShell(page);
  const backlog = new BacklogPage(page);
  await copyFile(path.join(CSV_FIXTURES, 'not-a-csv.bin'), path.join(workshop.dir, 'scan.csv'));
  await shell.newWorkshopButton.click();
  await backlog.chooseImportFile('scan.csv');
  const refused = page.getByRole('alertdialog', { name: 'Could not import “scan.csv”' });
  await expect(refused).toContainText("doesn't look like a CSV");
  await expect(refused).toContainText('Nothing in the backlog was changed.');
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('No items yet.')).toBeVisible();
  await expect(page).toHaveTitle(/^Untitled workshop/);
});

test('reordering a filtered list keeps the hidden items in their places', async ({
  page,
  workshop,
}) => {
  const backlog = new BacklogPage(page);
  const titles = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
  const ranks = initialRanks(titles.length);
  await workshop.write(
    'filtered.tradeoff',
    workshopDocument((doc) => {
      doc.items = titles.map((title, index) =>
        createBacklogItem({
          title,
          trackId: index % 2 === 0 ? 'track-reliability' : 'track-devex',
          rank: ranks[index] ?? 'a0',
        }),
      );
    }),
  );
  await new FileActions(page).openFromStartScreen('filtered.tradeoff');
  await backlog.trackFilter.selectOption({ label: 'Reliability / performance' });
  await backlog.expectOrder(['Alpha', 'Charlie', 'Echo']);
  await expect(backlog.heading).toContainText('3 of 6 items');

  await backlog.dragByKeyboard('Echo', -2);
  await backlog.expectOrder(['Echo', 'Alpha', 'Charlie']);
  await backlog.dragByMouse('Alpha', 'Charlie');
  await backlog.expectOrder(['Echo', 'Charlie', 'Alpha']);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  // Echo went just above Alpha, Alpha just below Charlie; Bravo, Delta and Foxtrot kept their order.
  await backlog.expectOrder(['Echo', 'Bravo', 'Charlie', 'Alpha', 'Delta', 'Foxtrot']);
});
