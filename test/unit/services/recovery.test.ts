import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../harness';
import { makeHarness, sampleWorkshop } from '../harness';

let h: Harness;
const draftId = 'draft-0001-abcdef';
beforeEach(async () => {
  h = await makeHarness();
});
afterEach(() => h.cleanup());

const recoveryDir = () => path.join(h.userDataDir, 'recovery');

describe('recovery drafts', () => {
  it('lists nothing before the first autosave', async () => {
    expect(await h.services['recovery:list']({})).toEqual({ drafts: [] });
  });

  it('writes, lists and restores a draft with its title and file name', async () => {
    const doc = sampleWorkshop('Unsaved planning');
    expect(await h.services['recovery:write']({ draftId, doc, fileName: 'Q3.tradeoff' })).toEqual({
      ok: true,
    });
    const stored = JSON.parse(await readFile(path.join(recoveryDir(), `${draftId}.json`), 'utf8'));
    expect(Object.keys(stored).sort()).toEqual(['fileName', 'savedAt', 'text', 'title']);
    expect(await readdir(recoveryDir())).toEqual([`${draftId}.json`]);

    expect(await h.services['recovery:list']({})).toEqual({
      drafts: [
        {
          draftId,
          title: 'Unsaved planning',
          fileName: 'Q3.tradeoff',
          savedAt: '2025-11-26T10:00:00.000Z',
        },
      ],
    });
    expect(await h.services['recovery:restore']({ draftId })).toEqual({
      status: 'restored',
      doc,
      fileName: 'Q3.tradeoff',
    });
  });

  it('keeps drafts private to the user: the folder 0700, each draft 0600', async () => {
    // An older version left the folder and a draft readable by everyone.
    await mkdir(recoveryDir(), { recursive: true, mode: 0o755 });
    await chmod(recoveryDir(), 0o755);
    const draft = path.join(recoveryDir(), `${draftId}.json`);
    await writeFile(draft, '{}', { mode: 0o644 });
    await chmod(draft, 0o644);
    await h.services['recovery:write']({ draftId, doc: sampleWorkshop(), fileName: null });
    expect((await stat(recoveryDir())).mode & 0o777).toBe(0o700);
    expect((await stat(draft)).mode & 0o777).toBe(0o600);
  });

  it('creates the user-data and recovery folders private when they are missing', async () => {
    await h.services['recovery:write']({ draftId, doc: sampleWorkshop(), fileName: null });
    expect((await stat(h.userDataDir)).mode & 0o777).toBe(0o700);
    expect((await stat(recoveryDir())).mode & 0o777).toBe(0o700);
  });

  it('replaces a draft on the next autosave', async () => {
    await h.services['recovery:write']({ draftId, doc: sampleWorkshop('First'), fileName: null });
    await h.services['recovery:write']({ draftId, doc: sampleWorkshop('Second'), fileName: null });
    const { drafts } = await h.services['recovery:list']({});
    expect(drafts.map((d) => d.title)).toEqual(['Second']);
  });

  it('lists a damaged draft with its problem, beside the good ones, and refuses to restore it', async () => {
    await h.services['recovery:write']({ draftId, doc: sampleWorkshop('Good'), fileName: null });
    await writeFile(path.join(recoveryDir(), 'broken-draft-1.json'), '{"savedAt": "2025-');
    await writeFile(path.join(recoveryDir(), 'foreign-draft-1.json'), '{"hello": 1}');
    await writeFile(path.join(recoveryDir(), 'notes.txt'), 'ignored');
    const { drafts } = await h.services['recovery:list']({});
    expect(drafts.map((d) => [d.draftId, d.title]).sort()).toEqual([
      ['broken-draft-1', 'Damaged autosave (it was cut off or is not JSON)'],
      [draftId, 'Good'],
      ['foreign-draft-1', 'Damaged autosave (it is not a Tradeoff draft)'],
    ]);
    const restored = await h.services['recovery:restore']({ draftId: 'broken-draft-1' });
    expect(restored).toEqual({
      status: 'failed',
      message: 'That autosaved draft cannot be restored: it was cut off or is not JSON.',
      fieldPath: null,
    });
  });

  it('refuses a draft whose workshop text is damaged, naming the bad field', async () => {
    await h.services['recovery:write']({ draftId, doc: sampleWorkshop(), fileName: null });
    const file = path.join(recoveryDir(), `${draftId}.json`);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    const text = JSON.parse(stored.text);
    text.workshop.meta.date = 'yesterday';
    await writeFile(file, JSON.stringify({ ...stored, text: JSON.stringify(text) }));
    const restored = await h.services['recovery:restore']({ draftId });
    expect(restored).toMatchObject({ status: 'failed', fieldPath: 'workshop.meta.date' });
    expect(restored.status === 'failed' && restored.message).toMatch(
      /^The autosaved draft has a problem at workshop\.meta\.date/,
    );
  });

  it('discards a draft, and discarding it twice is harmless', async () => {
    await h.services['recovery:write']({ draftId, doc: sampleWorkshop(), fileName: null });
    expect(await h.services['recovery:discard']({ draftId })).toEqual({ ok: true });
    expect(await h.services['recovery:discard']({ draftId })).toEqual({ ok: true });
    expect(await readdir(recoveryDir())).toEqual([]);
    expect((await h.services['recovery:restore']({ draftId })).status).toBe('failed');
  });
});
