import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, restartApp, test } from './support/fixtures';
import { AppShell } from './support/pages/AppShell';
import { FileActions } from './support/pages/FileActions';
import { RoadmapPage } from './support/pages/RoadmapPage';

/**
 * Issue 6, end to end: the facilitator commits ranked items to the roadmap — three dragged from
 * the backlog with the mouse, one picked up and dropped from the keyboard — moves a card, undoes
 * the move, reads capacity and balance, switches to Now / Next / Later and back, exports the PDF
 * (checked with pdfinfo and pdftotext), and the saved file opens again after a restart with every
 * card where it was.
 */

const run = promisify(execFile);
const REL = 'Reliability / performance';
const NEW = 'New services';
const DX = 'Developer experience';
const FAILOVER = 'Regional failover for object storage';
const REPLICAS = 'Managed Postgres read replicas';
const TERRAFORM = 'Terraform provider v2';
const LATENCY = 'Cut P99 latency of the metadata API';

test('the roadmap is planned by mouse and keyboard, exported to PDF, and survives a layout switch and a restart', async ({
  page,
  host,
  workshop,
}) => {
  const shell = new AppShell(page);
  const files = new FileActions(page);
  const roadmap = new RoadmapPage(page);
  await workshop.copyFixture('roadmap-unplanned-v1.tradeoff', 'plan.tradeoff');
  await files.openFromStartScreen('plan.tradeoff');
  await shell.openWorkspace('Roadmap');

  await roadmap.dragTo(roadmap.backlogItem(FAILOVER), '2027 Q1', REL);
  await expect(roadmap.announcements).toContainText(`Placed '${FAILOVER}' in 2027 Q1, ${REL}`);
  await roadmap.dragTo(roadmap.backlogItem(REPLICAS), '2027 Q1', NEW);
  await roadmap.dragTo(roadmap.backlogItem(TERRAFORM), '2027 Q2', DX);
  await expect(roadmap.announcements).toContainText(`Placed '${TERRAFORM}' in 2027 Q2, ${DX}`);

  // From the keyboard: it starts below the failover card in its own track, → takes it to Q2.
  await roadmap.moveByKeyboard(roadmap.backlogItem(LATENCY), ['ArrowRight']);
  await expect(roadmap.announcements).toContainText(`Placed '${LATENCY}' in 2027 Q2, ${REL}`);
  await expect(roadmap.card(LATENCY)).toBeFocused();

  await roadmap.expectCards('2027 Q1', REL, [FAILOVER]);
  await roadmap.expectCards('2027 Q1', NEW, [REPLICAS]);
  await roadmap.expectCards('2027 Q2', DX, [TERRAFORM]);
  await roadmap.expectCards('2027 Q2', REL, [LATENCY]);

  // A card moved by mouse, then the move undone in one step.
  await roadmap.dragTo(roadmap.card(REPLICAS), '2027 Q3', NEW);
  await expect(roadmap.announcements).toContainText(`Moved '${REPLICAS}' to 2027 Q3, ${NEW}`);
  await roadmap.expectCards('2027 Q1', NEW, []);
  await shell.undoByKeyboard();
  await roadmap.expectCards('2027 Q1', NEW, [REPLICAS]);
  await roadmap.expectCards('2027 Q3', NEW, []);

  // Capacity: 9 pm of failover over two quarters (4.5 each) + 6 of replicas in Q1.
  await expect(roadmap.column('2027 Q1')).toContainText('10.5 of');
  await expect(roadmap.capacityField('2027 Q1')).toHaveValue('18');
  await expect(roadmap.column('2027 Q2')).toContainText('13.5 of');
  await roadmap.setCapacity('2027 Q1', '9');
  await expect(roadmap.column('2027 Q1')).toContainText('Over by 1.5 pm');
  await expect(roadmap.balance).toContainText('New services25% · 6 pm · 1 item');
  await expect(roadmap.balance).toContainText('Reliability / performance58.3% · 14 pm · 2 items');
  await expect(roadmap.balance).toContainText('24 pm planned');

  // Now / Next / Later groups the same placements; switching back changes nothing.
  await roadmap.layoutOption('Now / Next / Later').check();
  await roadmap.expectCards('Now', REL, [FAILOVER]);
  await roadmap.expectCards('Now', NEW, [REPLICAS]);
  await roadmap.expectCards('Next', REL, [LATENCY]);
  await roadmap.expectCards('Next', DX, [TERRAFORM]);
  await roadmap.layoutOption('Quarters').check();
  await roadmap.expectCards('2027 Q1', REL, [FAILOVER]);
  await roadmap.expectCards('2027 Q2', REL, [LATENCY]);

  // The board goes to stakeholders as a PDF from the workspace's own button.
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export roadmap PDF' });
  await exportDialog.getByRole('textbox', { name: 'File name' }).fill('plan');
  await exportDialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/^Saved “plan\.pdf” in /)).toBeVisible({ timeout: 30_000 });
  const pdf = path.join(workshop.dir, 'plan.pdf');
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]));
  const { stdout: board } = await run('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-']);
  for (const text of [
    '2027 Q1',
    '2027 Q2',
    REL,
    DX,
    'Regional failover',
    'Terraform provider v2',
  ]) {
    expect(board).toContain(text);
  }
  expect(board).toMatch(/1 \/ \d+/);

  await files.saveByKeyboard();
  await restartApp(page, host);
  await files.openRecentFromStartScreen('plan.tradeoff');
  await shell.openWorkspace('Roadmap');
  await roadmap.expectCards('2027 Q1', REL, [FAILOVER]);
  await roadmap.expectCards('2027 Q1', NEW, [REPLICAS]);
  await roadmap.expectCards('2027 Q2', DX, [TERRAFORM]);
  await roadmap.expectCards('2027 Q2', REL, [LATENCY]);
  await expect(roadmap.capacityField('2027 Q1')).toHaveValue('9');
});

test('cards are reordered within a cell and taken off the board with the mouse', async ({
  page,
  workshop,
}) => {
  const shell = new AppShell(page);
  const roadmap = new RoadmapPage(page);
  await workshop.copyFixture('roadmap-board-v1.tradeoff', 'board.tradeoff');
  await new FileActions(page).openFromStartScreen('board.tradeoff');
  await shell.openWorkspace('Roadmap');
  const LIFECYCLE = 'Object storage lifecycle policies';
  await roadmap.expectCards('2027 Q1', NEW, [REPLICAS, LIFECYCLE]);
  await expect(roadmap.column('2027 Q1')).toContainText('Over by 2 pm');

  await roadmap.dragAbove(roadmap.card(LIFECYCLE), roadmap.card(REPLICAS));
  await roadmap.expectCards('2027 Q1', NEW, [LIFECYCLE, REPLICAS]);
  await expect(roadmap.announcements).toContainText(
    `Moved '${LIFECYCLE}' to 2027 Q1, ${NEW}, position 1 of 2`,
  );

  await roadmap.dragToBacklog(roadmap.card(REPLICAS));
  await expect(roadmap.announcements).toContainText(`Removed '${REPLICAS}' from the roadmap`);
  await roadmap.expectCards('2027 Q1', NEW, [LIFECYCLE]);
  await expect(roadmap.backlogItem(REPLICAS)).toHaveAccessibleDescription(/Not on the roadmap/);
  // 20 − 6 person-months: 2027 Q1 is within its 18 again.
  await expect(roadmap.column('2027 Q1')).toContainText('14 of');
  await expect(roadmap.column('2027 Q1')).not.toContainText('Over');
});
