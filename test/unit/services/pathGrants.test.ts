import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathGrants } from '../../../electron/services/pathGrants';
import type { Harness } from '../harness';
import { makeHarness, sampleWorkshop } from '../harness';

describe('PathGrants', () => {
  it('hands out random ids in the contract’s format, never derived from the path', () => {
    const grants = new PathGrants();
    const a = grants.grant('/home/dana/Tradeoff/Q3.tradeoff', 'file');
    const b = grants.grant('/home/dana/Tradeoff/Q4.tradeoff', 'file');
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a).not.toBe(b);
    expect(new PathGrants().grant('/home/dana/Tradeoff/Q3.tradeoff', 'file')).not.toBe(a);
  });

  it('resolves an id only for the kind it was granted as', () => {
    const grants = new PathGrants();
    const id = grants.grant('/w/Q3.tradeoff', 'file');
    expect(grants.resolve(id, 'file')?.path).toBe('/w/Q3.tradeoff');
    expect(grants.resolve(id, 'folder')).toBeNull();
    expect(grants.resolve('AAAAAAAAAAAAAAAAAAAAAAAA', 'file')).toBeNull();
  });

  it('returns the same id for the same path until it is forgotten', () => {
    const grants = new PathGrants();
    const id = grants.grant('/w/Q3.tradeoff', 'file');
    expect(grants.grant('/w/Q3.tradeoff', 'file')).toBe(id);
    grants.forget(id);
    expect(grants.resolve(id, 'file')).toBeNull();
    expect(grants.grant('/w/Q3.tradeoff', 'file')).not.toBe(id);
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
