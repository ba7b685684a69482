import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDialogs, ServiceDeps } from './types';
import { createContext } from './context';
import { createServices } from './createServices';
import { grantFileFromOs } from './filesFromOs';
import {
  memoryPreferences,
  sampleWorkshop,
  scriptedDialogs,
  tempDir,
  writeWorkshopFile,
} from '../../test/unit/harness';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await tempDir();
  outside = path.join(root, 'Desktop');
  await mkdir(outside);
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Services over real folders, sharing their context so the host can grant paths. */
function host(kind: FileDialogs['kind']) {
  const deps: ServiceDeps = {
    userDataDir: path.join(root, 'userData'),
    workshopDir: path.join(root, 'Tradeoff'),
    dialogs: scriptedDialogs(kind),
    preferences: memoryPreferences(),
    app: { name: 'Tradeoff', version: '0.1.0-test', host: 'electron', platform: 'linux' },
  };
  const ctx = createContext(deps);
  return { ctx, deps, services: createServices(deps, ctx) };
}

describe('grantFileFromOs', () => {
  it('gives a double-clicked workshop an id the renderer can open, and remembers it', async () => {
    const file = path.join(outside, 'Q3 planning.tradeoff');
    await writeWorkshopFile(file, sampleWorkshop('Q3 planning'));
    const { ctx, deps, services } = host('native');

    const ref = grantFileFromOs(ctx, file);
    expect(ref).toMatchObject({ name: 'Q3 planning.tradeoff' });
    expect(ref?.id).not.toContain('Q3');
    const result = await services['workshop:openRecent']({ fileId: ref!.id });
    expect(result).toMatchObject({ status: 'opened', doc: { meta: { title: 'Q3 planning' } } });
    expect(deps.preferences.read().recentFiles.map((r) => r.path)).toEqual([file]);
  });

  it('grants the same file the same id as the recent list does', async () => {
    const file = path.join(outside, 'Q3 planning.tradeoff');
    await writeWorkshopFile(file);
    const { ctx, services } = host('native');
    const ref = grantFileFromOs(ctx, file);
    await services['workshop:openRecent']({ fileId: ref!.id });
    const { files } = await services['recent:list']({});
    expect(files.map((f) => f.id)).toEqual([ref!.id]);
  });

  it.each([
    ['a relative path', 'Q3 planning.tradeoff'],
    ['another kind of file', '/home/ana/backlog.csv'],
    ['a file without an extension', '/home/ana/tradeoff'],
  ])('grants nothing for %s', (_what, filePath) => {
    const { ctx } = host('native');
    expect(grantFileFromOs(ctx, filePath)).toBeNull();
    expect(ctx.grants.size).toBe(0);
  });

  it('lets the open explain a file that has gone since the OS named it', async () => {
    const { ctx, services } = host('native');
    const ref = grantFileFromOs(ctx, path.join(outside, 'Moved.tradeoff'));
    const result = await services['workshop:openRecent']({ fileId: ref!.id });
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/no longer there/),
    });
  });

  it('keeps a host confined to the workshop folder confined', async () => {
    const file = path.join(outside, 'Elsewhere.tradeoff');
    await writeWorkshopFile(file);
    const { ctx, services } = host('in-app');
    const ref = grantFileFromOs(ctx, file);
    const result = await services['workshop:openRecent']({ fileId: ref!.id });
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/outside the workshop folder/),
    });
  });
});
