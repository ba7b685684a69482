import {
  chmod,
  copyFile,
  mkdir,
  readFile,
  readdir,
  realpath,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicWriteOps } from '../../../electron/services/atomicWrite';
import { backupPathFor } from '../../../electron/services/saveWorkshop';
import { parseWorkshopText } from '../../../shared/workshop/load';
import type { Harness } from '../harness';
import { FIXTURES, makeHarness, sampleWorkshop, snapshot, writeWorkshopFile } from '../harness';

let h: Harness;
let file: string;
beforeEach(async () => {
  h = await makeHarness();
  file = path.join(h.workshopDir, 'Q3 planning.tradeoff');
});
afterEach(() => h.cleanup());

async function openFile(filePath = file) {
  h.dialogs.pickOpen(filePath);
  const result = await h.services['workshop:open']({});
  if (result.status !== 'opened') throw new Error(`not opened: ${JSON.stringify(result)}`);
  return result;
}

const failure = (code: string) => Object.assign(new Error(`simulated ${code}`), { code });

describe('workshop:save', () => {
  beforeEach(() => writeWorkshopFile(file, sampleWorkshop('Before')));

  it('writes the document, returns the new revision, and the file reopens the same', async () => {
    const opened = await openFile();
    const doc = { ...opened.doc, meta: { ...opened.doc.meta, title: 'After' } };
    const saved = await h.services['workshop:save']({
      fileId: opened.file.id,
      doc,
      expectedRevision: opened.revision,
    });
    expect(saved).toMatchObject({ status: 'saved', file: { id: opened.file.id } });
    const text = await readFile(file, 'utf8');
    expect(parseWorkshopText(text)).toMatchObject({ status: 'ok', doc });
    expect(JSON.parse(text)).toMatchObject({
      format: 'tradeoff',
      schemaVersion: 1,
      appVersion: '0.1.0-test',
    });
    const again = await openFile();
    expect(saved.status === 'saved' && saved.revision).toBe(again.revision);
  });

  it('keeps the previous content as a backup, replaced at the next save', async () => {
    const original = await readFile(file);
    const opened = await openFile();
    const first = await h.services['workshop:save']({
      fileId: opened.file.id,
      doc: { ...opened.doc, meta: { ...opened.doc.meta, title: 'Second' } },
      expectedRevision: opened.revision,
    });
    const backup = backupPathFor(h.userDataDir, file);
    expect(path.dirname(backup)).toBe(path.join(h.userDataDir, 'backups'));
    expect((await readFile(backup)).equals(original)).toBe(true);

    const secondContent = await readFile(file);
    await h.services['workshop:save']({
      fileId: opened.file.id,
      doc: { ...opened.doc, meta: { ...opened.doc.meta, title: 'Third' } },
      expectedRevision: first.status === 'saved' ? first.revision : '',
    });
    expect((await readFile(backup)).equals(secondContent)).toBe(true);
    expect(await readdir(path.join(h.userDataDir, 'backups'))).toHaveLength(1);
  });

  it('answers conflict and writes nothing when the file changed on disk since it was opened', async () => {
    const opened = await openFile();
    await writeWorkshopFile(file, sampleWorkshop('Edited by a sync tool'));
    const before = await snapshot(h.root);
    const result = await h.services['workshop:save']({
      fileId: opened.file.id,
      doc: opened.doc,
      expectedRevision: opened.revision,
    });
    expect(result.status).toBe('conflict');
    expect(result.status === 'conflict' && result.message).toMatch(
      /“Q3 planning\.tradeoff” was changed on disk/,
    );
    expect(await snapshot(h.root)).toEqual(before);
  });

  it('overwrites a changed file when the user says so, keeping the other version as backup', async () => {
    const opened = await openFile();
    await writeWorkshopFile(file, sampleWorkshop('Edited by a sync tool'));
    const theirs = await readFile(file);
    const result = await h.services['workshop:save']({
      fileId: opened.file.id,
      doc: opened.doc,
      expectedRevision: opened.revision,
      force: true,
    });
    expect(result.status).toBe('saved');
    expect((await readFile(backupPathFor(h.userDataDir, file))).equals(theirs)).toBe(true);
  });

  it('answers conflict when the file vanished, and recreates it only when forced', async () => {
    const opened = await openFile();
    await rm(file);
    const request = { fileId: opened.file.id, doc: opened.doc, expectedRevision: opened.revision };
    const result = await h.services['workshop:save'](request);
    expect(result.status === 'conflict' && result.message).toMatch(/was moved or deleted/);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await h.services['workshop:save']({ ...request, force: true })).toMatchObject({
      status: 'saved',
    });
    expect(parseWorkshopText(await readFile(file, 'utf8')).status).toBe('ok');
  });

  it('keeps the previous file whole and reports it when the rename fails', async () => {
    const failing = await makeHarness({
      deps: {
        atomicWriteOps: {
          rename: async (_from, to) => {
            if (to.endsWith('.tradeoff') && !to.includes('backups')) throw failure('EIO');
            await rename(_from, to);
          },
        },
      },
    });
    try {
      const target = path.join(failing.workshopDir, 'Q3.tradeoff');
      await writeWorkshopFile(target, sampleWorkshop('Before'));
      const original = await readFile(target);
      failing.dialogs.pickOpen(target);
      const opened = await failing.services['workshop:open']({});
      if (opened.status !== 'opened') throw new Error('not opened');
      const result = await failing.services['workshop:save']({
        fileId: opened.file.id,
        doc: { ...opened.doc, meta: { ...opened.doc.meta, title: 'After' } },
        expectedRevision: opened.revision,
      });
      expect(result).toEqual({
        status: 'failed',
        message:
          '“Q3.tradeoff” could not be saved (the disk reported an error): the file on disk is unchanged.',
      });
      expect((await readFile(target)).equals(original)).toBe(true);
      expect(await readdir(failing.workshopDir)).toEqual(['Q3.tradeoff']);
    } finally {
      await failing.cleanup();
    }
  });

  it('saves nothing when the backup cannot be written', async () => {
    const failing = await makeHarness({
      deps: {
        atomicWriteOps: {
          open: async (filePath, flags, mode) => {
            if (filePath.includes(`${path.sep}backups${path.sep}`)) throw failure('ENOSPC');
            return nodeAtomicWriteOps.open(filePath, flags, mode);
          },
        },
      },
    });
    try {
      const target = path.join(failing.workshopDir, 'Q3.tradeoff');
      await writeWorkshopFile(target);
      const before = await snapshot(failing.workshopDir);
      failing.dialogs.pickOpen(target);
      const opened = await failing.services['workshop:open']({});
      if (opened.status !== 'opened') throw new Error('not opened');
      const result = await failing.services['workshop:save']({
        fileId: opened.file.id,
        doc: opened.doc,
        expectedRevision: opened.revision,
      });
      expect(result.status === 'failed' && result.message).toMatch(
        /could not keep a backup of the previous “Q3\.tradeoff” \(the disk is full\), so it saved nothing/,
      );
      expect(await snapshot(failing.workshopDir)).toEqual(before);
    } finally {
      await failing.cleanup();
    }
  });

  it('saves nothing, and leaves no temporary file, when copying the backup fails', async () => {
    const failing = await makeHarness({
      deps: {
        atomicWriteOps: {
          copyFile: async () => {
            throw failure('EIO');
          },
        },
      },
    });
    try {
      const target = path.join(failing.workshopDir, 'Q3.tradeoff');
      await writeWorkshopFile(target);
      failing.dialogs.pickOpen(target);
      const opened = await failing.services['workshop:open']({});
      if (opened.status !== 'opened') throw new Error('not opened');
      const before = await snapshot(failing.root);
      const result = await failing.services['workshop:save']({
        fileId: opened.file.id,
        doc: { ...opened.doc, meta: { ...opened.doc.meta, title: 'Changed' } },
        expectedRevision: opened.revision,
      });
      expect(result.status === 'failed' && result.message).toMatch(/could not keep a backup/);
      expect(await snapshot(failing.root)).toEqual(before);
    } finally {
      await failing.cleanup();
    }
  });

  it('never overwrites a file written by a newer Tradeoff, even when forced', async () => {
    const newer = path.join(h.workshopDir, 'newer.tradeoff');
    await copyFile(path.join(FIXTURES, 'newer-readable.tradeoff'), newer);
    const opened = await openFile(newer);
    expect(opened.readOnly).not.toBeNull();
    const before = await snapshot(h.root);
    for (const force of [false, true]) {
      const result = await h.services['workshop:save']({
        fileId: opened.file.id,
        doc: opened.doc,
        expectedRevision: opened.revision,
        force,
      });
      expect(result.status === 'failed' && result.message).toMatch(
        /“newer\.tradeoff” was saved by a newer Tradeoff \(file format version 2; this one writes version 1\), so it was not overwritten/,
      );
    }
    expect(await snapshot(h.root)).toEqual(before);
  });

  it('refuses to overwrite, when forced, a file that another program replaced with a newer version', async () => {
    const opened = await openFile();
    await copyFile(path.join(FIXTURES, 'newer-readable.tradeoff'), file);
    const result = await h.services['workshop:save']({
      fileId: opened.file.id,
      doc: opened.doc,
      expectedRevision: opened.revision,
      force: true,
    });
    expect(result.status).toBe('failed');
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(2);
  });

  it('saves two requests for the same file one after the other', async () => {
    const opened = await openFile();
    const save = (title: string) =>
      h.services['workshop:save']({
        fileId: opened.file.id,
        doc: { ...opened.doc, meta: { ...opened.doc.meta, title } },
        expectedRevision: opened.revision,
      });
    const [a, b] = await Promise.all([save('A'), save('B')]);
    expect(a.status).toBe('saved');
    // The second found the file changed by the first: it asks instead of overwriting.
    expect(b.status).toBe('conflict');
  });

  it('keeps backups private to the user (folder 0700, file 0600) and the workshop its own mode', async () => {
    await chmod(file, 0o644);
    const opened = await openFile();
    await h.services['workshop:save']({
      fileId: opened.file.id,
      doc: opened.doc,
      expectedRevision: opened.revision,
    });
    const backup = backupPathFor(h.userDataDir, file);
    expect((await stat(path.dirname(backup))).mode & 0o777).toBe(0o700);
    expect((await stat(backup)).mode & 0o777).toBe(0o600);
    expect((await stat(file)).mode & 0o777).toBe(0o644);
  });

  it('writes only .tradeoff files: a workshop opened under another name needs Save As', async () => {
    const other = path.join(h.workshopDir, 'plan.json');
    const text = await writeWorkshopFile(other, sampleWorkshop('Kept as JSON'));
    const opened = await openFile(other);
    const result = await h.services['workshop:save']({
      fileId: opened.file.id,
      doc: { ...opened.doc, meta: { ...opened.doc.meta, title: 'Changed' } },
      expectedRevision: opened.revision,
      force: true,
    });
    expect(result).toEqual({
      status: 'failed',
      message: '“plan.json” is not a .tradeoff file, so it was not overwritten: use Save As.',
    });
    expect(await readFile(other, 'utf8')).toBe(text);
  });

  it('refuses an id it never handed out', async () => {
    const result = await h.services['workshop:save']({
      fileId: 'AAAAAAAAAAAAAAAAAAAAAAAA',
      doc: sampleWorkshop(),
      expectedRevision: 'x',
    });
    expect(result.status === 'failed' && result.message).toMatch(/use Save As/);
  });
});

describe('workshop:saveAs with the native dialog', () => {
  it('saves where the user chose, suggests a name from the title, and grants the new file', async () => {
    const target = path.join(h.workshopDir, 'chosen.tradeoff');
    h.dialogs.pickSave(target);
    const result = await h.services['workshop:saveAs']({ doc: sampleWorkshop('Q3: plan / draft') });
    expect(h.dialogs.asked.save).toEqual([
      path.join(await realpath(h.workshopDir), 'Q3 plan draft.tradeoff'),
    ]);
    expect(result).toMatchObject({ status: 'saved', file: { name: 'chosen.tradeoff' } });
    expect(parseWorkshopText(await readFile(target, 'utf8')).status).toBe('ok');
    expect(h.preferences.read().recentFiles[0]?.path).toBe(target);
  });

  it('answers cancelled when the user closes the dialog', async () => {
    h.dialogs.pickSave(null);
    expect(await h.services['workshop:saveAs']({ doc: sampleWorkshop() })).toEqual({
      status: 'cancelled',
    });
  });

  it('never writes a workshop into a file that is not .tradeoff, whatever the dialog answers', async () => {
    const csv = path.join(h.workshopDir, 'notes.csv');
    await writeFile(csv, 'Title,Reach\n');
    h.dialogs.pickSave(csv);
    const result = await h.services['workshop:saveAs']({ doc: sampleWorkshop() });
    expect(result).toEqual({
      status: 'failed',
      message:
        '“notes.csv” is not a .tradeoff file, so nothing was saved: choose a name ending in .tradeoff.',
    });
    expect(await readFile(csv, 'utf8')).toBe('Title,Reach\n');
  });

  it('keeps a backup of a file it replaces, and never replaces a newer one', async () => {
    await writeWorkshopFile(file, sampleWorkshop('Old'));
    const old = await readFile(file);
    h.dialogs.pickSave(file);
    expect(await h.services['workshop:saveAs']({ doc: sampleWorkshop('New') })).toMatchObject({
      status: 'saved',
    });
    expect((await readFile(backupPathFor(h.userDataDir, file))).equals(old)).toBe(true);

    const newer = path.join(h.workshopDir, 'newer.tradeoff');
    await copyFile(path.join(FIXTURES, 'newer-unreadable.tradeoff'), newer);
    const before = await readFile(newer);
    h.dialogs.pickSave(newer);
    const refused = await h.services['workshop:saveAs']({ doc: sampleWorkshop('New') });
    expect(refused.status).toBe('failed');
    expect((await readFile(newer)).equals(before)).toBe(true);
  });
});

describe('workshop:saveAs with the in-app dialog', () => {
  let app: Harness;
  beforeEach(async () => {
    app = await makeHarness({ kind: 'in-app' });
  });
  afterEach(() => app.cleanup());

  async function rootId() {
    return (await app.services['files:list']({})).folder.id;
  }

  it('saves into a granted folder, adding .tradeoff to the name', async () => {
    const result = await app.services['workshop:saveAs']({
      doc: sampleWorkshop(),
      target: { folderId: await rootId(), fileName: 'Q4 plan' },
    });
    expect(result).toMatchObject({ status: 'saved', file: { name: 'Q4 plan.tradeoff' } });
    expect(await readdir(app.workshopDir)).toEqual(['Q4 plan.tradeoff']);
  });

  it('asks before replacing an existing file, and replaces it when confirmed', async () => {
    const existing = path.join(app.workshopDir, 'Q4.tradeoff');
    await writeWorkshopFile(existing, sampleWorkshop('Existing'));
    const before = await readFile(existing);
    const request = {
      doc: sampleWorkshop('Mine'),
      target: { folderId: await rootId(), fileName: 'Q4.tradeoff' },
    };
    const asked = await app.services['workshop:saveAs'](request);
    expect(asked).toEqual({
      status: 'exists',
      message: 'A file named “Q4.tradeoff” already exists in this folder: replace it?',
    });
    expect((await readFile(existing)).equals(before)).toBe(true);
    expect(await app.services['workshop:saveAs']({ ...request, overwrite: true })).toMatchObject({
      status: 'saved',
    });
    const reread = parseWorkshopText(await readFile(existing, 'utf8'));
    expect(reread.status === 'ok' && reread.doc.meta.title).toBe('Mine');
  });

  it('refuses hidden names and a symlink that leads outside the workshop folder', async () => {
    const folderId = await rootId();
    const hidden = await app.services['workshop:saveAs']({
      doc: sampleWorkshop(),
      target: { folderId, fileName: '.secret' },
    });
    expect(hidden.status).toBe('failed');
    const outside = path.join(app.root, 'outside.tradeoff');
    await writeFile(outside, 'precious');
    await symlink(outside, path.join(app.workshopDir, 'link.tradeoff'));
    const escaped = await app.services['workshop:saveAs']({
      doc: sampleWorkshop(),
      target: { folderId, fileName: 'link.tradeoff' },
      overwrite: true,
    });
    expect(escaped.status === 'failed' && escaped.message).toMatch(
      /points outside the workshop folder/,
    );
    expect(await readFile(outside, 'utf8')).toBe('precious');
  });

  it('asks the renderer for a target instead of showing a dialog', async () => {
    const result = await app.services['workshop:saveAs']({ doc: sampleWorkshop() });
    expect(result).toEqual({
      status: 'failed',
      message: 'Choose a folder and a file name in the Save As dialog.',
    });
  });

  it('refuses a folder id it never handed out', async () => {
    const result = await app.services['workshop:saveAs']({
      doc: sampleWorkshop(),
      target: { folderId: 'BBBBBBBBBBBBBBBBBBBBBBBB', fileName: 'x' },
    });
    expect(result.status === 'failed' && result.message).toMatch(
      /no longer has access to that folder/,
    );
  });
});

describe('saving while another save of the same file runs', () => {
  it.each(['workshop:save', 'workshop:saveAs'] as const)(
    '%s checks that the file is in the workshop folder in its turn, not before it waits',
    async (channel) => {
      let releaseRenames!: () => void;
      const renamesReleased = new Promise<void>((resolve) => (releaseRenames = resolve));
      let firstRenameReached!: () => void;
      const firstSaveHolds = new Promise<void>((resolve) => (firstRenameReached = resolve));
      const racing = await makeHarness({
        kind: 'in-app',
        deps: {
          atomicWriteOps: {
            rename: async (from, to) => {
              firstRenameReached();
              await renamesReleased;
              await rename(from, to);
            },
          },
        },
      });
      try {
        const team = path.join(racing.workshopDir, 'team');
        await mkdir(team);
        await writeWorkshopFile(path.join(team, 'Q3.tradeoff'));
        const root = await racing.services['files:list']({});
        const teamId = root.entries.find((e) => e.name === 'team')?.id;
        const listing = await racing.services['files:list']({ folderId: teamId });
        const fileId = listing.entries.find((e) => e.name === 'Q3.tradeoff')?.id ?? '';
        const opened = await racing.services['workshop:open']({ fileId });
        if (opened.status !== 'opened') throw new Error('not opened');
        // Resolves when the second save joins the file's queue: all it checks before is done.
        let queued = 0;
        let secondJoined!: () => void;
        const secondQueued = new Promise<void>((resolve) => (secondJoined = resolve));
        const serialize = racing.ctx.serialize.bind(racing.ctx);
        racing.ctx.serialize = <T>(key: string, task: () => Promise<T>) => {
          if (++queued === 2) secondJoined();
          return serialize(key, task);
        };
        const request = { fileId, doc: opened.doc, expectedRevision: opened.revision, force: true };
        const saveAgain =
          channel === 'workshop:save'
            ? () => racing.services['workshop:save'](request)
            : () =>
                racing.services['workshop:saveAs']({
                  doc: opened.doc,
                  target: { folderId: teamId ?? '', fileName: 'Q3.tradeoff' },
                  overwrite: true,
                });

        const first = racing.services['workshop:save'](request);
        await firstSaveHolds;
        const second = saveAgain();
        // Only once it waits does the folder become a link out of the workshop folder.
        await secondQueued;
        const outside = path.join(racing.root, 'outside');
        await mkdir(outside);
        await rename(team, path.join(racing.workshopDir, 'team before'));
        await symlink(outside, team);
        releaseRenames();
        await first;

        expect(await second).toEqual({
          status: 'failed',
          message: '“Q3.tradeoff” is outside the workshop folder, so it was not saved.',
        });
        expect(await readdir(outside)).toEqual([]);
      } finally {
        releaseRenames();
        await racing.cleanup();
      }
    },
  );
});
