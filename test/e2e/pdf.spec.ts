import { execFile } from 'node:child_process';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ConfirmPrompt, ErrorDialog } from './support/pages/Dialogs';
import { FileActions } from './support/pages/FileActions';
import { PdfExportPage } from './support/pages/PdfExportPage';
import { StatusArea } from './support/pages/StatusArea';

/**
 * Issue 6, "PDF export", end to end in the browser host: a facilitator opens a workshop whose
 * board holds 12 items over 2027 Q1–Q4 with market and growth models, exports it with File →
 * Export PDF…, and the file on disk is checked with poppler's tools as a stakeholder would read
 * it: the title block, every card under its track and quarter, page numbers, landscape A4 (or
 * Letter when that is the preference). Every page is rendered to PNG and attached to the
 * report to be looked at. The PDF is made by the host's headless Chromium from the print view;
 * the engine refuses any request that leaves the host, so a PDF at all means none was made.
 */

const run = promisify(execFile);
const FIXTURE = 'pdf-roadmap.tradeoff';
const WORKSHOP = 'platform-2027.tradeoff';
const TITLE = 'Platform team — 2027 roadmap';

/** Where each card of the fixture sits: title as printed on its first line, track, first quarter. */
const CARDS = [
  ['Managed Postgres read', 'New services', '2027 Q1'],
  ['Object storage', 'New services', '2027 Q1'],
  ['Serverless GPU inference', 'New services', '2027 Q2'],
  ['Managed Kafka', 'New services', '2027 Q4'],
  ['Cut API gateway P99', 'Reliability /', '2027 Q1'],
  ['Error budget alerts', 'Reliability /', '2027 Q1'],
  ['Multi-region failover', 'Reliability /', '2027 Q2'],
  ['Postgres point-in-', 'Reliability /', '2027 Q4'],
  ['Terraform provider:', 'Developer', '2027 Q1'],
  ['CLI v2 with plugins', 'Developer', '2027 Q2'],
  ['Local emulator for', 'Developer', '2027 Q3'],
  ['SDK code samples in', 'Developer', '2027 Q3'],
] as const;
const QUARTERS = ['2027 Q1', '2027 Q2', '2027 Q3', '2027 Q4'] as const;
const TRACK_LABELS = ['New services', 'Reliability /', 'Developer'] as const;

async function pdfInfo(
  file: string,
): Promise<{ pages: number; width: number; height: number; paper: string; title: string }> {
  const { stdout } = await run('pdfinfo', [file]);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(stdout)?.[1] ?? '';
  const size = /^([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(field('Page size'));
  return {
    pages: Number(field('Pages')),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    paper: size?.[3] ?? '',
    title: field('Title'),
  };
}

async function pageText(file: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', [
    '-layout',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ]);
  return stdout;
}

/** Renders every page at 60 dpi into the test's output and attaches them to the report. */
async function renderPages(file: string, testInfo: TestInfo): Promise<string[]> {
  const dir = testInfo.outputPath('pages');
  await mkdir(dir, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '60', file, path.join(dir, 'page')]);
  const pngs = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
  for (const png of pngs) {
    await testInfo.attach(png, { path: path.join(dir, png), contentType: 'image/png' });
  }
  return pngs.map((png) => path.join(dir, png));
}

/**
 * The column each text starts in, per line, in `pdftotext -layout` output: enough to say which
 * quarter a card is printed under and which track label is the last one above it.
 */
function boardPositions(text: string) {
  const lines = text.split('\n');
  const headerLine = lines.findIndex((line) => QUARTERS.every((q) => line.includes(q)));
  const header = lines[headerLine] ?? '';
  const quarterStarts = QUARTERS.map((q) => header.indexOf(q));
  const quarterAt = (column: number) => {
    // A card's text starts a little right of its column's header, never left of it.
    const index = quarterStarts.findLastIndex((start) => start <= column + 2);
    return QUARTERS[index] ?? null;
  };
  const where = (fragment: string) => {
    const lineIndex = lines.findIndex((line, i) => i > headerLine && line.includes(fragment));
    if (lineIndex === -1) return null;
    const column = (lines[lineIndex] ?? '').indexOf(fragment);
    const trackLine = lines
      .slice(headerLine + 1, lineIndex + 1)
      .map((line) => line.slice(0, quarterStarts[0]))
      .findLast((labels) => TRACK_LABELS.some((t) => labels.includes(t)));
    const track = TRACK_LABELS.find((t) => trackLine?.includes(t)) ?? null;
    return { quarter: quarterAt(column), track };
  };
  return { headerFound: headerLine !== -1, where };
}

test.describe('PDF export', () => {
  test.beforeEach(async ({ page, workshop }) => {
    await workshop.copyFixture(FIXTURE, WORKSHOP);
    await new FileActions(page).openFromStartScreen(WORKSHOP);
  });

  test('exports the roadmap to a landscape A4 PDF: title block, board, page numbers, scoring pages', async ({
    page,
    workshop,
  }, testInfo) => {
    const pdf = new PdfExportPage(page);
    const status = new StatusArea(page);

    await pdf.start();
    await expect(pdf.fileNameField()).toHaveValue(`${TITLE}.pdf`);
    await pdf.saveAs('roadmap-2027');
    await expect(status.notice(/^Saved “roadmap-2027\.pdf” in /)).toBeVisible({ timeout: 30_000 });

    expect(await workshop.list()).toEqual([WORKSHOP, 'roadmap-2027.pdf']);
    const file = path.join(workshop.dir, 'roadmap-2027.pdf');
    expect((await workshop.readBytes('roadmap-2027.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const info = await pdfInfo(file);
    // The board; the backlog in two orders; the market; the growth model.
    expect(info).toMatchObject({ paper: 'A4', title: TITLE, pages: 5 });
    expect(info.width).toBeGreaterThan(info.height);

    const first = await pageText(file, 1);
    for (const fact of [TITLE, 'Dana Okafor', 'Nov 20, 2026', WORKSHOP, '12 items on 4 quarters']) {
      expect(first).toContain(fact);
    }
    // The labels print in small capitals, so as capitals in the text.
    for (const label of ['FACILITATOR', 'WORKSHOP DATE', 'FILE', 'GENERATED']) {
      expect(first).toContain(label);
    }
    const board = boardPositions(first);
    expect(board.headerFound).toBe(true);
    for (const [card, track, quarter] of CARDS) {
      expect({ card, ...board.where(card) }).toEqual({ card, track, quarter });
    }
    expect(first).toMatch(/Capacity\s+16 of 14 person-months/);
    expect(first).toContain('Over capacity by 2');
    expect(first).toContain('Balance between tracks');

    const texts = await Promise.all(
      Array.from({ length: info.pages }, (_, i) => pageText(file, i + 1)),
    );
    texts.forEach((text, i) =>
      expect(text.trimEnd()).toMatch(new RegExp(`${i + 1} / ${info.pages}$`)),
    );
    const rest = texts.slice(1).join('\n');
    for (const heading of [
      'Backlog ranked by RICE score',
      'The room’s order, with weighted totals',
      'Criteria weights',
      'Market sizing',
      'Growth from existing customers',
    ]) {
      expect(rest).toContain(heading);
    }
    // Charts stay vectors: their labels are text in the PDF, not pixels.
    expect(rest).toContain('Serverless GPU inference: top-down');
    expect(rest).toMatch(/TAM\s+\$18B/);

    const pngs = await renderPages(file, testInfo);
    expect(pngs).toHaveLength(info.pages);
    for (const png of pngs) expect((await stat(png)).size).toBeGreaterThan(10_000);
  });

  test('prints on Letter once that is the preference', async ({ page, workshop }) => {
    const pdf = new PdfExportPage(page);
    const status = new StatusArea(page);

    await pdf.choosePageSize('Letter landscape');
    await expect(status.notice('PDFs will be printed on Letter landscape.')).toBeVisible();
    await pdf.exportAs('roadmap-letter');
    await expect(status.notice(/^Saved “roadmap-letter\.pdf”/)).toBeVisible({ timeout: 30_000 });

    const info = await pdfInfo(path.join(workshop.dir, 'roadmap-letter.pdf'));
    expect(info).toMatchObject({ paper: 'letter', width: 792, height: 612 });
  });

  test('asks before replacing a file, and reports a write that fails without leaving a partial file', async ({
    page,
    workshop,
  }) => {
    // Something the export cannot replace sits under the chosen name: a folder.
    await mkdir(path.join(workshop.dir, 'roadmap.pdf', 'notes'), { recursive: true });
    const pdf = new PdfExportPage(page);

    await pdf.exportAs('roadmap');
    const replace = new ConfirmPrompt(page, 'Replace the file?');
    await expect(replace.root).toContainText('A file named “roadmap.pdf” already exists');
    await replace.confirm('Replace');

    const error = new ErrorDialog(page);
    await expect(error.root).toContainText('Could not export', { timeout: 30_000 });
    await expect(error.root).toContainText('“roadmap.pdf” could not be saved');
    await expect(error.root).toContainText('Nothing was written.');
    await error.dismiss();

    expect(await workshop.list()).toEqual([WORKSHOP, 'roadmap.pdf']);
    expect(await readdir(path.join(workshop.dir, 'roadmap.pdf'))).toEqual(['notes']);
    await expect(page.getByRole('alertdialog')).toBeHidden();
  });
});
