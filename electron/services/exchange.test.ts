import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../shared/ipc/contract';
import { makeHarness, sampleWorkshop, type Harness } from '../../test/unit/harness';
import { nodeAtomicWriteOps } from './atomicWrite';
import { ServiceError } from './serviceError';
import type { PdfEngine, ServiceDeps } from './types';
import { displayPath } from './paths';

/**
 * The import and export services against real temporary folders: CSV in; CSV, SVG, PNG and PDF
 * out, through the native dialogs (Electron) or the in-app dialog's folder ids (browser host).
 */

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n% roadmap\n');
const PNG_BASE64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString(
  'base64',
);

let h: Harness;
afterEach(() => h.cleanup());

async function harness(kind: 'native' | 'in-app', deps: Partial<ServiceDeps> = {}) {
  h = await makeHarness({ kind, deps });
  return h;
}

async function rootFolderId(): Promise<string> {
  return (await h.services['files:list']({})).folder.id;
}

/** Every name in the workshop folder, temporary files included: a failure must leave none. */
function filesInWorkshop(): Promise<string[]> {
  return readdir(h.workshopDir).then((names) => names.sort());
}

/** An engine that records the job the print view would fetch while it is printing. */
function recordingEngine(print: (job: PrintJob) => Promise<Uint8Array> = async () => PDF_BYTES) {
  const seen: { jobId: string; pageSize: string; job: PrintJob }[] = [];
  const engine: PdfEngine = {
    async print({ jobId, pageSize }) {
      const job = await h.services['print:job']({ jobId });
      seen.push({ jobId, pageSize, job });
      return print(job);
    },
  };
  return { engine, seen };
}

describe('import:readFile', () => {
  it('reads a CSV the in-app dialog listed, as base64', async () => {
    await harness('in-app');
    await writeFile(path.join(h.workshopDir, 'backlog.csv'), 'Title,Reach\nFaster builds,200\n');
    const listing = await h.services['files:list']({ accept: 'csv' });
    const entry = listing.entries.find((e) => e.name === 'backlog.csv');
    const result = await h.services['import:readFile']({ kind: 'csv', fileId: entry?.id });
    expect(result).toEqual({
      status: 'read',
      name: 'backlog.csv',
      base64: Buffer.from('Title,Reach\nFaster builds,200\n').toString('base64'),
    });
  });

  it('in the browser host, never opens a dialog of its own', async () => {
    await harness('in-app');
    const result = await h.services['import:readFile']({ kind: 'csv' });
    expect(result).toMatchObject({ status: 'failed' });
    expect(h.dialogs.asked.open).toEqual([]);
  });

  it('reads what the native dialog picked, and reports a file gone in between', async () => {
    await harness('native');
    const csv = path.join(h.root, 'export.csv');
    await writeFile(csv, 'Title\nA\n');
    h.dialogs.pickOpen(csv);
    await expect(h.services['import:readFile']({ kind: 'csv' })).resolves.toMatchObject({
      status: 'read',
      name: 'export.csv',
    });
    h.dialogs.pickOpen(path.join(h.root, 'gone.csv'));
    await expect(h.services['import:readFile']({ kind: 'csv' })).resolves.toMatchObject({
      status: 'failed',
      message: '“gone.csv” is no longer there: it was moved, renamed or deleted.',
    });
    h.dialogs.pickOpen(null);
    await expect(h.services['import:readFile']({ kind: 'csv' })).resolves.toEqual({
      status: 'cancelled',
    });
  });
});

describe('export:save', () => {
  it('writes a CSV into the folder the in-app dialog chose, adding the extension', async () => {
    await harness('in-app');
    const result = await h.services['export:save']({
      format: 'csv',
      suggestedName: 'backlog.csv',
      content: 'Title\nA\n',
      encoding: 'utf8',
      target: { folderId: await rootFolderId(), fileName: 'backlog' },
    });
    expect(result).toMatchObject({ status: 'saved', name: 'backlog.csv' });
    // The message names the folder ("Saved “backlog.csv” in …"), not the file again.
    expect(result.status === 'saved' && result.displayPath).toBe(displayPath(h.workshopDir));
    expect(await readFile(path.join(h.workshopDir, 'backlog.csv'), 'utf8')).toBe('Title\nA\n');
  });

  it('asks before replacing a file, and replaces it once told to', async () => {
    await harness('in-app');
    await writeFile(path.join(h.workshopDir, 'chart.svg'), '<svg>old</svg>');
    const request = {
      format: 'svg' as const,
      suggestedName: 'chart.svg',
      content: '<svg xmlns="http://www.w3.org/2000/svg">new</svg>',
      encoding: 'utf8' as const,
      target: { folderId: await rootFolderId(), fileName: 'chart.svg' },
    };
    await expect(h.services['export:save'](request)).resolves.toEqual({
      status: 'exists',
      message: 'A file named “chart.svg” already exists in this folder: replace it?',
    });
    expect(await readFile(path.join(h.workshopDir, 'chart.svg'), 'utf8')).toBe('<svg>old</svg>');
    await expect(h.services['export:save']({ ...request, overwrite: true })).resolves.toMatchObject(
      { status: 'saved' },
    );
    expect(await readFile(path.join(h.workshopDir, 'chart.svg'), 'utf8')).toContain('new');
  });

  it('keeps in-app exports inside the workshop folder', async () => {
    await harness('in-app');
    const folderId = await rootFolderId();
    const save = (fileName: string, targetFolder = folderId) =>
      h.services['export:save']({
        format: 'csv',
        suggestedName: 'x.csv',
        content: 'a',
        encoding: 'utf8',
        target: { folderId: targetFolder, fileName },
      });
    await expect(save('.hidden')).resolves.toMatchObject({ status: 'failed' });
    await expect(save('x', 'folder-never-granted')).resolves.toEqual({
      status: 'failed',
      message: 'Tradeoff no longer has access to that folder: open the dialog again.',
    });
    // A link planted in the workshop folder must not carry the export out of it.
    const outside = path.join(h.root, 'outside.csv');
    await writeFile(outside, 'precious');
    await symlink(outside, path.join(h.workshopDir, 'link.csv'));
    await expect(save('link.csv')).resolves.toEqual({
      status: 'failed',
      message: '“link.csv” points outside the workshop folder: choose another name.',
    });
    expect(await readFile(outside, 'utf8')).toBe('precious');
  });

  it('refuses content that is not what its format says, and writes nothing', async () => {
    await harness('in-app');
    const folderId = await rootFolderId();
    const notPng = await h.services['export:save']({
      format: 'png',
      suggestedName: 'chart.png',
      content: Buffer.from('<svg></svg>').toString('base64'),
      encoding: 'base64',
      target: { folderId, fileName: 'chart.png' },
    });
    expect(notPng).toEqual({
      status: 'failed',
      message: 'That is not PNG content, so “chart.png” was not written.',
    });
    const wrongEncoding = await h.services['export:save']({
      format: 'png',
      suggestedName: 'chart.png',
      content: PNG_BASE64,
      encoding: 'utf8',
      target: { folderId, fileName: 'chart.png' },
    });
    expect(wrongEncoding).toMatchObject({ status: 'failed' });
    expect(await filesInWorkshop()).toEqual([]);
  });

  it('saves where the native dialog says, and does nothing when it is cancelled', async () => {
    await harness('native');
    const chosen = path.join(h.root, 'elsewhere', 'chart.png');
    await mkdir(path.dirname(chosen));
    h.dialogs.pickSave(chosen);
    const request = {
      format: 'png' as const,
      suggestedName: 'chart.png',
      content: PNG_BASE64,
      encoding: 'base64' as const,
    };
    await expect(h.services['export:save'](request)).resolves.toMatchObject({ status: 'saved' });
    expect(h.dialogs.asked.save).toEqual([path.join(h.workshopDir, 'chart.png')]);
    expect((await readFile(chosen)).toString('base64')).toBe(PNG_BASE64);
    h.dialogs.pickSave(null);
    await expect(h.services['export:save'](request)).resolves.toEqual({ status: 'cancelled' });
  });
});

describe('export:pdf', () => {
  const doc = sampleWorkshop('Platform team — 2027 roadmap');
  const request = { doc, workshopFileName: 'q1.tradeoff', suggestedName: 'roadmap.pdf' };

  it('answers unavailable without an engine, before asking anything', async () => {
    await harness('native');
    await expect(h.services['export:pdf'](request)).resolves.toEqual({
      status: 'unavailable',
      message: 'This Tradeoff has no PDF engine; print the roadmap from the browser instead.',
    });
    expect(h.dialogs.asked.save).toEqual([]);
  });

  it('in the browser host, asks for a target before it prints anything', async () => {
    const { engine, seen } = recordingEngine();
    await harness('in-app', { pdf: engine });
    await expect(h.services['export:pdf'](request)).resolves.toMatchObject({ status: 'failed' });
    expect(seen).toEqual([]);
  });

  it('hands the print view its job only while the PDF is made, with the preferred page size', async () => {
    const { engine, seen } = recordingEngine();
    await harness('in-app', { pdf: engine });
    await h.preferences.write({ ...h.preferences.read(), pdfPageSize: 'Letter' });

    const result = await h.services['export:pdf']({
      ...request,
      target: { folderId: await rootFolderId(), fileName: 'roadmap' },
    });

    expect(result).toMatchObject({ status: 'saved', name: 'roadmap.pdf' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.pageSize).toBe('Letter');
    expect(seen[0]?.job).toEqual({
      doc,
      workshopFileName: 'q1.tradeoff',
      pageSize: 'Letter',
      requestedAt: '2025-11-26T10:00:00.000Z',
    });
    expect(seen[0]?.jobId).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await readFile(path.join(h.workshopDir, 'roadmap.pdf'))).equals(PDF_BYTES)).toBe(true);
    const afterwards = Promise.resolve().then(() =>
      h.services['print:job']({ jobId: seen[0]?.jobId ?? '' }),
    );
    await expect(afterwards).rejects.toThrow('That print job is finished or was never started.');
  });

  it('gives each export a job of its own', async () => {
    const { engine, seen } = recordingEngine();
    await harness('in-app', { pdf: engine });
    const folderId = await rootFolderId();
    for (const fileName of ['a.pdf', 'b.pdf']) {
      await h.services['export:pdf']({ ...request, target: { folderId, fileName } });
    }
    expect(new Set(seen.map((s) => s.jobId)).size).toBe(2);
  });

  it('asks before replacing a PDF, without printing, and replaces it once told to', async () => {
    const { engine, seen } = recordingEngine();
    await harness('in-app', { pdf: engine });
    await writeFile(path.join(h.workshopDir, 'roadmap.pdf'), 'old');
    const target = { folderId: await rootFolderId(), fileName: 'roadmap.pdf' };
    await expect(h.services['export:pdf']({ ...request, target })).resolves.toMatchObject({
      status: 'exists',
    });
    expect(seen).toEqual([]);
    await expect(
      h.services['export:pdf']({ ...request, target, overwrite: true }),
    ).resolves.toMatchObject({ status: 'saved' });
    expect((await readFile(path.join(h.workshopDir, 'roadmap.pdf'))).equals(PDF_BYTES)).toBe(true);
  });

  it('reports the engine’s reason and leaves no file, not even a partial one', async () => {
    const { engine } = recordingEngine(() =>
      Promise.reject(new ServiceError('the print view was not ready within 30 s')),
    );
    await harness('in-app', { pdf: engine });
    const result = await h.services['export:pdf']({
      ...request,
      target: { folderId: await rootFolderId(), fileName: 'roadmap.pdf' },
    });
    expect(result).toEqual({
      status: 'failed',
      message:
        '“roadmap.pdf” could not be made: the print view was not ready within 30 s. Nothing was written.',
    });
    expect(await filesInWorkshop()).toEqual([]);
  });

  it('keeps an engine’s unexpected error to itself', async () => {
    const { engine } = recordingEngine(() => Promise.reject(new Error('/home/dana/secret: EIO')));
    await harness('native', { pdf: engine });
    h.dialogs.pickSave(path.join(h.workshopDir, 'roadmap.pdf'));
    const result = await h.services['export:pdf'](request);
    expect(result).toEqual({
      status: 'failed',
      message: '“roadmap.pdf” could not be made: the print engine failed. Nothing was written.',
    });
  });

  it('refuses bytes that are not a PDF', async () => {
    const { engine } = recordingEngine(async () => new TextEncoder().encode('<html>'));
    await harness('in-app', { pdf: engine });
    const result = await h.services['export:pdf']({
      ...request,
      target: { folderId: await rootFolderId(), fileName: 'roadmap.pdf' },
    });
    expect(result).toEqual({
      status: 'failed',
      message: 'That is not PDF content, so “roadmap.pdf” was not written.',
    });
    expect(await filesInWorkshop()).toEqual([]);
  });

  it.each([
    ['the folder is not writable', 'EACCES', 'open'],
    ['the disk fills up half-way', 'ENOSPC', 'write'],
  ] as const)(
    'reports it when %s, leaving the previous file whole and no partial one',
    async (_case, code, where) => {
      const { engine } = recordingEngine();
      const failure = Object.assign(new Error(`simulated ${code}`), { code });
      await harness('native', {
        pdf: engine,
        atomicWriteOps: {
          open: async (filePath, flags, mode) => {
            if (where === 'open') throw failure;
            const handle = await nodeAtomicWriteOps.open(filePath, flags, mode);
            return {
              // Half of the bytes reach the disk, then it is full.
              write: async (buffer, offset, length, position) => {
                await handle.write(buffer, offset, Math.floor(length / 2), position);
                throw failure;
              },
              sync: () => handle.sync(),
              close: () => handle.close(),
            };
          },
        },
      });
      const target = path.join(h.workshopDir, 'roadmap.pdf');
      await writeFile(target, 'previous export');
      h.dialogs.pickSave(target);

      const result = await h.services['export:pdf'](request);

      expect(result).toMatchObject({ status: 'failed' });
      expect(result.status === 'failed' && result.message).toMatch(
        /^“roadmap\.pdf” could not be saved \(.+\)\. Nothing was written\.$/,
      );
      expect(await readFile(target, 'utf8')).toBe('previous export');
      expect(await filesInWorkshop()).toEqual(['roadmap.pdf']);
    },
  );

  it('prints nothing when the native save dialog is cancelled', async () => {
    const { engine, seen } = recordingEngine();
    await harness('native', { pdf: engine });
    h.dialogs.pickSave(null);
    await expect(h.services['export:pdf'](request)).resolves.toEqual({ status: 'cancelled' });
    expect(seen).toEqual([]);
  });
});
