import { readFile, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../harness';
import { makeHarness, sampleWorkshop, writeWorkshopFile } from '../harness';

/**
 * With native dialogs (Electron) every file the page reads or writes is one the user picked in
 * an OS dialog. The in-app dialog's channels would let a page list the workshop folder and name
 * files itself, without the user seeing anything, so this host refuses them.
 */
const REFUSAL = 'This Tradeoff chooses files with the system’s file dialogs: use them instead.';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness({ kind: 'native' });
});
afterEach(() => h.cleanup());

/** A folder id as the in-app dialog would hand out: here a page could only forge or replay one. */
async function workshopFolderId(): Promise<string> {
  return h.ctx.grants.grant(await realpath(h.workshopDir), 'folder', { confined: true });
}

describe('a host with native dialogs', () => {
  it('refuses to list the workshop folder or create folders in it', async () => {
    await writeWorkshopFile(path.join(h.workshopDir, 'Q3.tradeoff'));
    await expect(h.services['files:list']({})).rejects.toThrow(REFUSAL);
    await expect(h.services['files:list']({ accept: 'csv' })).rejects.toThrow(REFUSAL);
    await expect(
      h.services['files:createFolder']({ parentId: await workshopFolderId(), name: 'Plans' }),
    ).rejects.toThrow(REFUSAL);
    expect(await readdir(h.workshopDir)).toEqual(['Q3.tradeoff']);
  });

  it('refuses Save As into a folder id, even told to overwrite, without asking anything', async () => {
    const file = path.join(h.workshopDir, 'Q3.tradeoff');
    const before = await writeWorkshopFile(file, sampleWorkshop('Keep me'));
    const result = await h.services['workshop:saveAs']({
      doc: sampleWorkshop('Written over'),
      target: { folderId: await workshopFolderId(), fileName: 'Q3.tradeoff' },
      overwrite: true,
    });
    expect(result).toEqual({ status: 'failed', message: REFUSAL });
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(h.dialogs.asked).toEqual({ open: [], save: [] });
  });

  it('still saves where the user chose in the dialog', async () => {
    const chosen = path.join(h.workshopDir, 'Q4.tradeoff');
    h.dialogs.pickSave(chosen);
    expect(await h.services['workshop:saveAs']({ doc: sampleWorkshop() })).toMatchObject({
      status: 'saved',
      file: { name: 'Q4.tradeoff' },
    });
  });
});
