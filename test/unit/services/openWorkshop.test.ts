import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../harness';
import { FIXTURES, makeHarness, sampleWorkshop, snapshot, writeWorkshopFile } from '../harness';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
});
afterEach(() => h.cleanup());

async function openThroughDialog(filePath: string) {
  h.dialogs.pickOpen(filePath);
  return h.services['workshop:open']({});
}

describe('workshop:open with the native dialog', () => {
  it('opens the chosen file, with its revision and a grant id instead of its path', async () => {
    const file = path.join(h.workshopDir, 'Q3 planning.tradeoff');
    await writeWorkshopFile(file, sampleWorkshop('Q3 planning'));
    const result = await openThroughDialog(file);
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.doc.meta.title).toBe('Q3 planning');
    expect(result.file.name).toBe('Q3 planning.tradeoff');
    expect(result.file.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(result.file.id).not.toContain('Q3');
    expect(result.revision).toBe(
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
    expect(result).toMatchObject({ migratedFrom: null, readOnly: null });
  });

  it('starts the dialog in the workshop folder, creating it when missing', async () => {
    const fresh = await makeHarness({
      deps: { workshopDir: path.join(h.root, 'new', 'Tradeoff') },
    });
    try {
      expect(await fresh.services['workshop:open']({})).toEqual({ status: 'cancelled' });
      expect(fresh.dialogs.asked.open).toEqual([path.join(h.root, 'new', 'Tradeoff')]);
    } finally {
      await fresh.cleanup();
    }
  });

  it('answers cancelled when the user closes the dialog', async () => {
    h.dialogs.pickOpen(null);
    expect(await h.services['workshop:open']({})).toEqual({ status: 'cancelled' });
  });

  it('adds opened files to the recent list: most recent first, no duplicates, at most 10', async () => {
    const files: string[] = [];
    for (let n = 0; n < 12; n++) {
      const file = path.join(h.workshopDir, `w${n}.tradeoff`);
      await writeWorkshopFile(file);
      files.push(file);
      await openThroughDialog(file);
    }
    await openThroughDialog(files[5]!);
    const recent = h.preferences.read().recentFiles.map((r) => path.basename(r.path));
    expect(recent).toEqual(
      ['w5', 'w11', 'w10', 'w9', 'w8', 'w7', 'w6', 'w4', 'w3', 'w2'].map((n) => `${n}.tradeoff`),
    );
  });
});

describe('workshop:open of damaged, foreign and newer files', () => {
  const cases: [string, RegExp, string | null][] = [
    ['empty.tradeoff', /“empty\.tradeoff” is empty/, null],
    ['truncated.tradeoff', /“truncated\.tradeoff” ends early/, null],
    [
      'not-json.tradeoff',
      /“not-json\.tradeoff” is not a Tradeoff workshop: its content is not JSON/,
      null,
    ],
    ['foreign.tradeoff', /“foreign\.tradeoff” is not a Tradeoff workshop/, null],
    [
      'bad-field.tradeoff',
      /at workshop\.items\[3\]\.rice\.effort: it should be greater than 0/,
      'workshop.items[3].rice.effort',
    ],
    [
      'newer-unreadable.tradeoff',
      /newer Tradeoff \(3\.1\.0\) in file format version 3; this Tradeoff reads versions up to 1/,
      null,
    ],
  ];

  it.each(cases)(
    '%s: says what is wrong and changes nothing on disk',
    async (name, message, fieldPath) => {
      const file = path.join(h.workshopDir, name);
      await copyFile(path.join(FIXTURES, name), file);
      const before = await snapshot(h.workshopDir);
      const result = await openThroughDialog(file);
      expect(result).toMatchObject({ status: 'failed', fieldPath });
      expect(result.status === 'failed' && result.message).toMatch(message);
      expect(await snapshot(h.workshopDir)).toEqual(before);
      expect(h.preferences.read().recentFiles).toEqual([]);
    },
  );

  it('opens a newer but readable file read-only, naming both versions, without writing it', async () => {
    const file = path.join(h.workshopDir, 'newer-readable.tradeoff');
    await copyFile(path.join(FIXTURES, 'newer-readable.tradeoff'), file);
    const before = await snapshot(h.workshopDir);
    const result = await openThroughDialog(file);
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.readOnly?.message).toMatch(
      /file format version 2; this Tradeoff reads versions up to 1, so it is open read-only/,
    );
    expect(result.doc.items).toHaveLength(8);
    expect(await snapshot(h.workshopDir)).toEqual(before);
  });

  it('refuses a file larger than the limit with its size', async () => {
    const small = await makeHarness({ deps: { limits: { maxOpenBytes: 1024 } } });
    try {
      const file = path.join(small.workshopDir, 'big.tradeoff');
      await writeFile(file, 'x'.repeat(3 * 1024 * 1024));
      small.dialogs.pickOpen(file);
      const result = await small.services['workshop:open']({});
      expect(result).toMatchObject({ status: 'failed' });
      expect(result.status === 'failed' && result.message).toBe(
        '“big.tradeoff” is 3 MB, more than the 1 KB a workshop file can hold, so it was not opened.',
      );
    } finally {
      await small.cleanup();
    }
  });

  it('refuses a binary file as not text', async () => {
    const file = path.join(h.workshopDir, 'photo.tradeoff');
    await writeFile(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    const result = await openThroughDialog(file);
    expect(result.status === 'failed' && result.message).toBe(
      '“photo.tradeoff” is not a text file, so it cannot be a Tradeoff workshop.',
    );
  });

  it('explains a file that vanished and a folder chosen as a file', async () => {
    const gone = await openThroughDialog(path.join(h.workshopDir, 'gone.tradeoff'));
    expect(gone.status === 'failed' && gone.message).toMatch(/“gone\.tradeoff” is no longer there/);
    await mkdir(path.join(h.workshopDir, 'Archive.tradeoff'));
    const folder = await openThroughDialog(path.join(h.workshopDir, 'Archive.tradeoff'));
    expect(folder.status === 'failed' && folder.message).toMatch(
      /is a folder, not a workshop file/,
    );
  });

  it('opens the realistic platform-team fixture', async () => {
    const result = await openThroughDialog(path.join(FIXTURES, 'platform-team-v1.tradeoff'));
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.doc.items).toHaveLength(8);
    expect(result.doc.markets).toHaveLength(1);
    expect(result.doc.growthModels).toHaveLength(1);
    expect(result.doc.roadmap.placements.length).toBeGreaterThan(2);
  });
});

describe('workshop:open in a host with the in-app dialog', () => {
  it('asks the renderer to choose a file from the list instead of showing a dialog', async () => {
    const inApp = await makeHarness({ kind: 'in-app' });
    try {
      const result = await inApp.services['workshop:open']({});
      expect(result).toEqual({
        status: 'failed',
        message: 'Choose a workshop from the list in the Open dialog.',
        fieldPath: null,
      });
      expect(inApp.dialogs.asked.open).toEqual([]);
    } finally {
      await inApp.cleanup();
    }
  });
});
