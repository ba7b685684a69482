import { readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeHarness,
  sampleWorkshop,
  writeWorkshopFile,
  type Harness,
} from '../../test/unit/harness';
import type { PdfEngine } from './types';

/**
 * Import and export may touch only files the user chose for that purpose: with native dialogs
 * (Electron) only what an OS dialog returned, and an import reads only a file the CSV listing
 * of the in-app dialog offered, never a workshop or another file the page has an id for.
 */
const REFUSAL = 'This Tradeoff chooses files with the system’s file dialogs: use them instead.';
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n% roadmap\n');

let h: Harness;
afterEach(() => h.cleanup());

/** A folder id as the in-app dialog would hand out: a native host's page can only forge one. */
async function workshopFolderId(): Promise<string> {
  return h.ctx.grants.grant(await realpath(h.workshopDir), 'folder', { confined: true });
}

function countingEngine() {
  const printed: string[] = [];
  const engine: PdfEngine = {
    print: async ({ jobId }) => {
      printed.push(jobId);
      return PDF_BYTES;
    },
  };
  return { engine, printed };
}

describe('with native dialogs', () => {
  it('refuses an export into a folder id, even told to overwrite, and asks nothing', async () => {
    h = await makeHarness({ kind: 'native' });
    const existing = path.join(h.workshopDir, 'backlog.csv');
    await writeFile(existing, 'precious');
    const result = await h.services['export:save']({
      format: 'csv',
      suggestedName: 'backlog.csv',
      content: 'Title\nOverwritten\n',
      encoding: 'utf8',
      target: { folderId: await workshopFolderId(), fileName: 'backlog.csv' },
      overwrite: true,
    });
    expect(result).toEqual({ status: 'failed', message: REFUSAL });
    expect(await readFile(existing, 'utf8')).toBe('precious');
    expect(h.dialogs.asked).toEqual({ open: [], save: [] });
  });

  it('refuses a PDF export into a folder id before printing anything', async () => {
    const { engine, printed } = countingEngine();
    h = await makeHarness({ kind: 'native', deps: { pdf: engine } });
    const existing = path.join(h.workshopDir, 'roadmap.pdf');
    await writeFile(existing, 'precious');
    const result = await h.services['export:pdf']({
      doc: sampleWorkshop(),
      workshopFileName: null,
      suggestedName: 'roadmap.pdf',
      target: { folderId: await workshopFolderId(), fileName: 'roadmap.pdf' },
      overwrite: true,
    });
    expect(result).toEqual({ status: 'failed', message: REFUSAL });
    expect(printed).toEqual([]);
    expect(await readFile(existing, 'utf8')).toBe('precious');
  });

  it('refuses to import a file by id, such as a workshop the page knows the id of', async () => {
    h = await makeHarness({ kind: 'native' });
    const workshop = path.join(h.workshopDir, 'Q3.tradeoff');
    await writeWorkshopFile(workshop);
    h.dialogs.pickOpen(workshop);
    const opened = await h.services['workshop:open']({});
    if (opened.status !== 'opened') throw new Error('not opened');
    const result = await h.services['import:readFile']({ kind: 'csv', fileId: opened.file.id });
    expect(result).toEqual({ status: 'failed', message: REFUSAL, fieldPath: null });
    expect(h.dialogs.asked.open).toHaveLength(1);
  });

  it('still imports the file the user picks in the open dialog', async () => {
    h = await makeHarness({ kind: 'native' });
    const csv = path.join(h.root, 'backlog.csv');
    await writeFile(csv, 'Title\nFaster builds\n');
    h.dialogs.pickOpen(csv);
    expect(await h.services['import:readFile']({ kind: 'csv' })).toMatchObject({
      status: 'read',
      name: 'backlog.csv',
    });
  });
});

describe('with the in-app dialog', () => {
  it('imports only what the CSV listing offered, never a file listed as a workshop', async () => {
    h = await makeHarness({ kind: 'in-app' });
    await writeWorkshopFile(path.join(h.workshopDir, 'Q3.tradeoff'));
    const listing = await h.services['files:list']({});
    const workshopId = listing.entries.find((e) => e.name === 'Q3.tradeoff')?.id;
    const result = await h.services['import:readFile']({ kind: 'csv', fileId: workshopId });
    expect(result).toEqual({
      status: 'failed',
      message: 'Tradeoff no longer has access to that file: choose it again.',
      fieldPath: null,
    });
  });
});
