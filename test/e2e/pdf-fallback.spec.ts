import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startBrowserHost } from '../../electron/host/server';
import { expect, test } from './support/fixtures';
import { PageGuards } from './support/pageGuards';
import { AppShell } from './support/pages/AppShell';
import { FileActions } from './support/pages/FileActions';
import { PdfExportPage } from './support/pages/PdfExportPage';
import { StatusArea } from './support/pages/StatusArea';
import { WORKSHOP_FIXTURES_DIR } from './support/workshopFiles';

/**
 * Issue 6: "where the host finds no Chromium, the browser's print dialog on the same view". A
 * browser host started without Chromium answers `export:pdf` with `unavailable`; File → Export
 * PDF… then skips the file dialog, draws the print view inside the page and calls
 * `window.print()`. The test stands in for the dialog (it records the call), looks at the page
 * as the dialog would (print media: only the view, light, whatever the app's theme), and prints
 * it to PDF the way "Save as PDF" does.
 */

const run = promisify(execFile);

test('without Chromium on the host, Export PDF… opens the browser’s print dialog on the print view', async ({
  browser,
  rendererDir,
}, testInfo) => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-e2e-print-'));
  const userDataDir = path.join(root, 'userData');
  const workshopDir = path.join(root, 'workshop');
  await mkdir(userDataDir, { recursive: true });
  await mkdir(workshopDir, { recursive: true });
  // The facilitator works in the dark theme; the print view must not.
  await writeFile(
    path.join(userDataDir, 'preferences.json'),
    JSON.stringify({ theme: 'dark', pdfPageSize: 'A4', recentFiles: [], windowBounds: null }),
  );
  await copyFile(
    path.join(WORKSHOP_FIXTURES_DIR, 'pdf-roadmap.tradeoff'),
    path.join(workshopDir, 'roadmap.tradeoff'),
  );
  const host = await startBrowserHost({
    rendererDir,
    userDataDir,
    workshopDir,
    chromium: { missing: 'no Chromium on this machine (the test says so)' },
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const guards = new PageGuards(() => host.origin);
  try {
    await guards.watch(context, page);
    // Stands in for the modal print dialog: counts the calls and leaves the page as it is.
    await page.addInitScript(() => {
      Reflect.set(window, 'print', () => {
        Reflect.set(window, 'printCalls', Number(Reflect.get(window, 'printCalls') ?? 0) + 1);
      });
    });
    await page.goto(host.url);
    await new FileActions(page).openFromStartScreen('roadmap.tradeoff');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await new AppShell(page).chooseFromMenu('File', 'Export PDF…');
    await expect
      .poll(() => page.evaluate(() => Reflect.get(window, 'printCalls')), { timeout: 15_000 })
      .toBe(1);
    await expect(new PdfExportPage(page).dialog).toBeHidden();
    await expect(
      new StatusArea(page).notice(/choose “Save as PDF” in the print dialog/),
    ).toBeVisible();
    await expect(page).toHaveTitle('Platform team — 2027 roadmap roadmap');

    // What the print dialog shows: the view alone, on white.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#root')).toBeHidden();
    const board = page.getByRole('table', { name: 'Roadmap board' });
    await expect(board).toBeVisible();
    await expect(board.getByRole('columnheader', { name: '2027 Q1' })).toBeVisible();
    const paper = await page
      .locator('.print-doc')
      .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(paper).toEqual(['rgb(255, 255, 255)', 'rgb(20, 23, 28)']);

    // "Save as PDF": the same document, as text.
    const file = testInfo.outputPath('printed.pdf');
    await writeFile(file, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    expect(stdout).toContain('Platform team — 2027 roadmap');
    expect(stdout).toContain('Multi-region failover for object storage');
    expect(stdout).toContain('Backlog ranked by RICE score');
    // None of the app around it.
    expect(stdout).not.toContain('All changes saved');

    // The dialog closed: the view leaves the page and the app's title comes back.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.print-host')).toHaveCount(0);
    await expect(page.locator('#root')).toBeVisible();
    await expect(page).toHaveTitle('roadmap.tradeoff — Tradeoff');
    expect(guards.violations()).toEqual([]);
  } finally {
    await context.close();
    await host.close();
    await rm(root, { recursive: true, force: true });
  }
});
