import { execFileSync } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLimited, revisionOf } from '../../../electron/services/diskFiles';
import type { Harness } from '../harness';
import { makeHarness, tempDir } from '../harness';

/**
 * `readLimited` reads what the user chose, and the user (or a page naming a path) may choose a
 * named pipe or a device: those must be refused at once, never waited on or read forever.
 */
let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function makeFifo(name: string): string {
  const fifo = path.join(dir, name);
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

/** Lets a reader stuck opening `fifo` go on: a writer appears and leaves at once. */
async function releaseReaders(fifo: string): Promise<void> {
  const writer = await open(fifo, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK).catch(() => null);
  await writer?.close();
}

/** What `work` answers, or 'still waiting' when it has not answered within two seconds. */
async function within<T>(work: Promise<T>): Promise<T | 'still waiting'> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<'still waiting'>((resolve) => {
    timer = setTimeout(() => resolve('still waiting'), 2000);
  });
  try {
    return await Promise.race([work, waited]);
  } finally {
    clearTimeout(timer);
  }
}

describe('readLimited', () => {
  it('reads a regular file with the revision of exactly its bytes', async () => {
    const file = path.join(dir, 'Q3.tradeoff');
    await writeFile(file, 'workshop text');
    const read = await readLimited(file, 1024);
    expect(read).toEqual({
      kind: 'read',
      bytes: Buffer.from('workshop text'),
      revision: revisionOf(Buffer.from('workshop text')),
    });
  });

  it('reads an empty file, and refuses one a byte over the limit', async () => {
    const file = path.join(dir, 'Q3.tradeoff');
    await writeFile(file, '');
    expect(await readLimited(file, 10)).toMatchObject({ kind: 'read', bytes: Buffer.alloc(0) });
    await writeFile(file, 'x'.repeat(11));
    expect(await readLimited(file, 10)).toEqual({ kind: 'too-big', size: 11 });
    await writeFile(file, 'x'.repeat(10));
    expect(await readLimited(file, 10)).toMatchObject({ kind: 'read' });
  });

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const fifo = makeFifo('Q3.tradeoff');
    try {
      expect(await within(readLimited(fifo, 1024))).toEqual({ kind: 'not-a-file' });
    } finally {
      await releaseReaders(fifo);
    }
  });

  it.each(['/dev/null', '/dev/zero'])(
    'refuses the device %s instead of reading it',
    async (device) => {
      expect(await within(readLimited(device, 1024))).toEqual({ kind: 'not-a-file' });
    },
  );

  it('still tells a folder and a missing file apart', async () => {
    expect(await readLimited(dir, 1024)).toEqual({ kind: 'folder' });
    expect(await readLimited(path.join(dir, 'gone.tradeoff'), 1024)).toEqual({ kind: 'missing' });
  });
});

describe('opening a file that is not a regular file', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await makeHarness({ kind: 'native' });
  });
  afterEach(() => h.cleanup());

  it('answers with a sentence instead of hanging', async () => {
    const fifo = path.join(h.workshopDir, 'pipe.tradeoff');
    execFileSync('mkfifo', [fifo]);
    h.dialogs.pickOpen(fifo);
    try {
      expect(await within(h.services['workshop:open']({}))).toEqual({
        status: 'failed',
        message: '“pipe.tradeoff” is not a regular file, so it cannot be a Tradeoff workshop.',
        fieldPath: null,
      });
    } finally {
      await releaseReaders(fifo);
    }
  });
});
