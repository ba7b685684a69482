import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathGrants } from '../../../electron/services/pathGrants';
import type { Harness } from '../harness';
import { makeHarness, sampleWorkshop } from '../harness';

describe('PathGrants', () => {
  it('hands out random ids in the contract’s format, never derived from the path', () => {
    const grants = new PathGrants();
    const a = grants.grant('/home/dana/Tradeoff/Q3.tradeoff', 'workshop');
    const b = grants.grant('/home/dana/Tradeoff/Q4.tradeoff', 'workshop');
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a).not.toBe(b);
    expect(new PathGrants().grant('/home/dana/Tradeoff/Q3.tradeoff', 'workshop')).not.toBe(a);
  });

  it('resolves an id only for the purpose it was granted for', () => {
    const grants = new PathGrants();
    const id = grants.grant('/w/Q3.tradeoff', 'workshop');
    expect(grants.resolve(id, 'workshop')?.path).toBe('/w/Q3.tradeoff');
    expect(grants.resolve(id, 'folder')).toBeNull();
    expect(grants.resolve(id, 'import')).toBeNull();
    expect(grants.resolve('AAAAAAAAAAAAAAAAAAAAAAAA', 'workshop')).toBeNull();
    const csv = grants.grant('/w/backlog.csv', 'import');
    expect(grants.resolve(csv, 'import')?.purpose).toBe('import');
    expect(grants.resolve(csv, 'workshop')).toBeNull();
  });

  it('hands out different ids for the same path granted for different purposes', () => {
    const grants = new PathGrants();
    const asImport = grants.grant('/w/data.tradeoff', 'import');
    const asWorkshop = grants.grant('/w/data.tradeoff', 'workshop');
    expect(asImport).not.toBe(asWorkshop);
    expect(grants.resolve(asImport, 'workshop')).toBeNull();
  });

  it('returns the same id for the same path until it is forgotten', () => {
    const grants = new PathGrants();
    const id = grants.grant('/w/Q3.tradeoff', 'workshop');
    expect(grants.grant('/w/Q3.tradeoff', 'workshop')).toBe(id);
    grants.forget(id);
    expect(grants.resolve(id, 'workshop')).toBeNull();
    expect(grants.grant('/w/Q3.tradeoff', 'workshop')).not.toBe(id);
    expect(grants.size).toBe(1);
  });
});

describe('every channel that takes an id refuses one it never handed out', () => {
  let h: Harness;
  const unknown = 'ZZZZZZZZZZZZZZZZZZZZZZZZ';
  beforeEach(async () => {
    h = await makeHarness({ kind: 'in-app' });
  });
  afterEach(() => h.cleanup());

  it('workshop:open and workshop:openRecent answer failed with a way forward', async () => {
    for (const channel of ['workshop:open', 'workshop:openRecent'] as const) {
      const result = await h.services[channel]({ fileId: unknown });
      expect(result).toEqual({
        status: 'failed',
        message: 'Tradeoff no longer has access to that file: choose it again in the Open dialog.',
        fieldPath: null,
      });
    }
  });

  it('workshop:save and workshop:saveAs answer failed', async () => {
    const save = await h.services['workshop:save']({
      fileId: unknown,
      doc: sampleWorkshop(),
      expectedRevision: 'r',
    });
    expect(save.status).toBe('failed');
    const saveAs = await h.services['workshop:saveAs']({
      doc: sampleWorkshop(),
      target: { folderId: unknown, fileName: 'x' },
    });
    expect(saveAs.status).toBe('failed');
  });

  it('files:list and files:createFolder throw a message the user can read', async () => {
    await expect(h.services['files:list']({ folderId: unknown })).rejects.toThrow(
      'Tradeoff no longer has access to that folder: open the dialog again.',
    );
    await expect(
      h.services['files:createFolder']({ parentId: unknown, name: 'x' }),
    ).rejects.toThrow(/no longer has access/);
  });

  it('a folder id is not accepted as a file id, nor a file id as a folder id', async () => {
    const listing = await h.services['files:list']({});
    const folderId = listing.folder.id;
    expect((await h.services['workshop:open']({ fileId: folderId })).status).toBe('failed');
    const saved = await h.services['workshop:saveAs']({
      doc: sampleWorkshop(),
      target: { folderId, fileName: 'a' },
    });
    if (saved.status !== 'saved') throw new Error('not saved');
    await expect(h.services['files:list']({ folderId: saved.file.id })).rejects.toThrow();
  });

  it('never writes a workshop over a file the import list granted, even when forced', async () => {
    const csv = path.join(h.workshopDir, 'backlog.csv');
    await writeFile(csv, 'Title,Reach\nFaster builds,200\n');
    const listing = await h.services['files:list']({ accept: 'csv' });
    const csvId = listing.entries.find((e) => e.name === 'backlog.csv')?.id ?? '';
    const saved = await h.services['workshop:save']({
      fileId: csvId,
      doc: sampleWorkshop(),
      expectedRevision: 'r',
      force: true,
    });
    expect(saved).toEqual({
      status: 'failed',
      message:
        'This workshop is no longer linked to a file Tradeoff may write: use Save As to choose where to save it.',
    });
    expect((await h.services['workshop:open']({ fileId: csvId })).status).toBe('failed');
    expect(await readFile(csv, 'utf8')).toBe('Title,Reach\nFaster builds,200\n');
  });

  it('workshop:close forgets the grant', async () => {
    const listing = await h.services['files:list']({});
    const saved = await h.services['workshop:saveAs']({
      doc: sampleWorkshop(),
      target: { folderId: listing.folder.id, fileName: 'a' },
    });
    if (saved.status !== 'saved') throw new Error('not saved');
    expect((await h.services['workshop:open']({ fileId: saved.file.id })).status).toBe('opened');
    expect(await h.services['workshop:close']({ fileId: saved.file.id })).toEqual({ ok: true });
    expect((await h.services['workshop:open']({ fileId: saved.file.id })).status).toBe('failed');
  });
});
