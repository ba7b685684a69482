import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../harness';
import { makeHarness, writeWorkshopFile } from '../harness';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
});
afterEach(() => h.cleanup());

describe('recent:list and workshop:openRecent', () => {
  it('offers the recent files that still exist, each with a grant that opens it', async () => {
    const kept = path.join(h.workshopDir, 'kept.tradeoff');
    const gone = path.join(h.workshopDir, 'gone.tradeoff');
    await writeWorkshopFile(gone);
    await writeWorkshopFile(kept);
    for (const file of [gone, kept]) {
      h.dialogs.pickOpen(file);
      await h.services['workshop:open']({});
    }
    await rm(gone);
    const { files } = await h.services['recent:list']({});
    expect(files.map((f) => f.name)).toEqual(['kept.tradeoff']);
    expect(files[0]!.openedAt).toBe('2025-11-26T10:00:00.000Z');
    expect(files[0]!.displayPath).toContain('kept.tradeoff');
    const opened = await h.services['workshop:openRecent']({ fileId: files[0]!.id });
    expect(opened.status).toBe('opened');
    // The missing file stays remembered: a drive may come back.
    expect(h.preferences.read().recentFiles).toHaveLength(2);
  });

  it('in an in-app host, offers only files inside the workshop folder', async () => {
    const app = await makeHarness({ kind: 'in-app' });
    try {
      const inside = path.join(app.workshopDir, 'in.tradeoff');
      const outside = path.join(app.root, 'out.tradeoff');
      await writeWorkshopFile(inside);
      await writeWorkshopFile(outside);
      await app.preferences.write({
        ...app.preferences.read(),
        recentFiles: [
          { path: outside, openedAt: '2025-11-01T00:00:00Z' },
          { path: inside, openedAt: '2025-11-02T00:00:00Z' },
        ],
      });
      const { files } = await app.services['recent:list']({});
      expect(files.map((f) => f.name)).toEqual(['in.tradeoff']);
    } finally {
      await app.cleanup();
    }
  });
});
