import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../harness';
import { makeHarness, writeWorkshopFile } from '../harness';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness({ kind: 'in-app' });
});
afterEach(() => h.cleanup());

describe('files:list', () => {
  it('lists folders first, then .tradeoff files, sorted by name as people sort', async () => {
    await mkdir(path.join(h.workshopDir, 'Archive'));
    await mkdir(path.join(h.workshopDir, '2025'));
    await writeWorkshopFile(path.join(h.workshopDir, 'Q10.tradeoff'));
    await writeWorkshopFile(path.join(h.workshopDir, 'q2.tradeoff'));
    await writeWorkshopFile(path.join(h.workshopDir, 'Old.TRADEOFF'));
    await writeFile(path.join(h.workshopDir, 'notes.txt'), 'x');
    await writeFile(path.join(h.workshopDir, '.DS_Store'), 'x');
    await writeFile(path.join(h.workshopDir, '.Q10.tradeoff.0123456789ab.tmp'), 'x');
    const listing = await h.services['files:list']({});
    expect(listing.parentId).toBeNull();
    expect(listing.folder.name).toBe('Tradeoff');
    expect(listing.entries.map((e) => [e.kind, e.name])).toEqual([
      ['folder', '2025'],
      ['folder', 'Archive'],
      ['workshop', 'Old.TRADEOFF'],
      ['workshop', 'q2.tradeoff'],
      ['workshop', 'Q10.tradeoff'],
    ]);
    for (const entry of listing.entries) {
      expect(entry.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
      expect(entry.modifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it('creates the workshop folder when it is missing', async () => {
    await rm(h.workshopDir, { recursive: true });
    const listing = await h.services['files:list']({});
    expect(listing.entries).toEqual([]);
    expect(await readdir(h.workshopDir)).toEqual([]);
  });

  it('goes into a subfolder and back up to the root, but no further', async () => {
    await mkdir(path.join(h.workshopDir, 'Team', 'Nested'), { recursive: true });
    const root = await h.services['files:list']({});
    const team = await h.services['files:list']({ folderId: root.entries[0]!.id });
    expect(team.folder.name).toBe('Team');
    expect(team.parentId).toBe(root.folder.id);
    const nested = await h.services['files:list']({ folderId: team.entries[0]!.id });
    expect(nested.parentId).toBe(team.folder.id);
    const back = await h.services['files:list']({ folderId: team.parentId! });
    expect(back.parentId).toBeNull();
  });

  it('never lists or enters a symlink that leads outside the workshop folder', async () => {
    const outside = path.join(h.root, 'outside');
    await mkdir(outside);
    await writeWorkshopFile(path.join(outside, 'secret.tradeoff'));
    await symlink(outside, path.join(h.workshopDir, 'escape'));
    await symlink(
      path.join(outside, 'secret.tradeoff'),
      path.join(h.workshopDir, 'secret.tradeoff'),
    );
    await symlink('..', path.join(h.workshopDir, 'up'));
    await mkdir(path.join(h.workshopDir, 'inside'));
    await symlink(path.join(h.workshopDir, 'inside'), path.join(h.workshopDir, 'alias'));
    const listing = await h.services['files:list']({});
    expect(listing.entries.map((e) => e.name)).toEqual(['alias', 'inside']);
  });

  it('refuses a folder that was moved outside the workshop folder after it was listed', async () => {
    await mkdir(path.join(h.workshopDir, 'Team'));
    const root = await h.services['files:list']({});
    const teamId = root.entries[0]!.id;
    await rm(path.join(h.workshopDir, 'Team'), { recursive: true });
    await mkdir(path.join(h.root, 'elsewhere'));
    await symlink(path.join(h.root, 'elsewhere'), path.join(h.workshopDir, 'Team'));
    await expect(h.services['files:list']({ folderId: teamId })).rejects.toThrow(
      'That folder is outside the workshop folder.',
    );
  });

  it('refuses to open a listed file that was swapped for a symlink to the outside', async () => {
    const file = path.join(h.workshopDir, 'Q3.tradeoff');
    await writeWorkshopFile(file);
    const root = await h.services['files:list']({});
    await rm(file);
    await writeWorkshopFile(path.join(h.root, 'outside.tradeoff'));
    await symlink(path.join(h.root, 'outside.tradeoff'), file);
    const result = await h.services['workshop:open']({ fileId: root.entries[0]!.id });
    expect(result.status === 'failed' && result.message).toMatch(/outside the workshop folder/);
  });
});

describe('files:createFolder', () => {
  it('creates a folder and returns its listing', async () => {
    const root = await h.services['files:list']({});
    const created = await h.services['files:createFolder']({
      parentId: root.folder.id,
      name: 'Q1 2026',
    });
    expect(created.folder.name).toBe('Q1 2026');
    expect(created.parentId).toBe(root.folder.id);
    expect(await readdir(h.workshopDir)).toEqual(['Q1 2026']);
  });

  it('accepts a folder that already exists and refuses hidden names', async () => {
    const root = await h.services['files:list']({});
    await h.services['files:createFolder']({ parentId: root.folder.id, name: 'A' });
    await expect(
      h.services['files:createFolder']({ parentId: root.folder.id, name: 'A' }),
    ).resolves.toMatchObject({
      folder: { name: 'A' },
    });
    await expect(
      h.services['files:createFolder']({ parentId: root.folder.id, name: '.hidden' }),
    ).rejects.toThrow(/cannot be used as a folder name/);
  });
});
