import { chmod, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJsonPreferencesStore } from '../../../electron/services/jsonPreferencesStore';
import { defaultPreferences } from '../../../electron/services/preferences';
import type { Harness } from '../harness';
import { makeHarness, tempDir } from '../harness';

let dir: string;
let file: string;
const now = () => new Date('2025-11-26T10:00:00.000Z');
beforeEach(async () => {
  dir = await tempDir();
  file = path.join(dir, 'preferences.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('openJsonPreferencesStore', () => {
  it('starts from defaults, without a notice, when there is no file yet', () => {
    const store = openJsonPreferencesStore(file, { now });
    expect(store.read()).toEqual(defaultPreferences());
    expect(store.takeNotice()).toBeNull();
  });

  it('writes atomically and reads back what it wrote', async () => {
    const store = openJsonPreferencesStore(file, { now });
    await store.write({
      ...store.read(),
      theme: 'dark',
      recentFiles: [{ path: '/w/a.tradeoff', openedAt: 'x' }],
    });
    expect(await readdir(dir)).toEqual(['preferences.json']);
    const again = openJsonPreferencesStore(file, { now });
    expect(again.read()).toMatchObject({ theme: 'dark', recentFiles: [{ path: '/w/a.tradeoff' }] });
  });

  it('keeps the file private to the user (0600), even one an older version left readable', async () => {
    await writeFile(file, '{}');
    await chmod(file, 0o644);
    const store = openJsonPreferencesStore(file, { now });
    await store.write({ ...store.read(), theme: 'dark' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('applies writes in the order they were made', async () => {
    const store = openJsonPreferencesStore(file, { now });
    await Promise.all(
      (['light', 'dark', 'system', 'light'] as const).map((theme) =>
        store.write({ ...store.read(), theme }),
      ),
    );
    expect(JSON.parse(await readFile(file, 'utf8')).theme).toBe('light');
  });

  it.each([
    ['damaged JSON', '{"theme": "dark", '],
    ['another program’s JSON', '["not", "preferences"]'],
    ['a wrong value', '{"theme": "purple"}'],
    ['binary garbage', '\u0000\u0001\u0002'],
  ])('moves %s aside, uses defaults and says so once', async (_name, content) => {
    await writeFile(file, content);
    const store = openJsonPreferencesStore(file, { now });
    expect(store.read()).toEqual(defaultPreferences());
    expect(store.takeNotice()).toBe(
      'Your preferences file was damaged, so Tradeoff started with default settings; the old file was kept as preferences.json.corrupt-2025-11-26T10-00-00-000Z.',
    );
    expect(store.takeNotice()).toBeNull();
    expect(
      await readFile(path.join(dir, 'preferences.json.corrupt-2025-11-26T10-00-00-000Z'), 'utf8'),
    ).toBe(content);
    await store.write({ ...store.read(), theme: 'dark' });
    expect(openJsonPreferencesStore(file, { now }).takeNotice()).toBeNull();
  });

  it('keeps only the ten most recent files and ignores keys it does not know', async () => {
    const recentFiles = Array.from({ length: 14 }, (_, n) => ({
      path: `/w/${n}.tradeoff`,
      openedAt: 'x',
    }));
    await writeFile(file, JSON.stringify({ theme: 'light', recentFiles, futureSetting: true }));
    const store = openJsonPreferencesStore(file, { now });
    expect(store.read().recentFiles).toHaveLength(10);
    expect(store.takeNotice()).toBeNull();
  });

  it('refuses to write preferences that do not match the schema', async () => {
    const store = openJsonPreferencesStore(file, { now });
    await expect(store.write({ ...store.read(), theme: 'neon' as 'dark' })).rejects.toThrow(
      /do not match the schema/,
    );
    expect(store.read().theme).toBe('system');
  });
});

describe('prefs:get and prefs:set', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await makeHarness();
  });
  afterEach(() => h.cleanup());

  it('reads and changes the renderer’s preferences, keeping the host-side ones', async () => {
    await h.preferences.write({
      ...h.preferences.read(),
      recentFiles: [{ path: '/w/a.tradeoff', openedAt: 'x' }],
    });
    expect(await h.services['prefs:get']({})).toEqual({
      preferences: { theme: 'system', pdfPageSize: 'A4' },
      notice: null,
    });
    expect(await h.services['prefs:set']({ theme: 'dark' })).toEqual({
      preferences: { theme: 'dark', pdfPageSize: 'A4' },
      notice: null,
    });
    expect(h.preferences.read().recentFiles).toHaveLength(1);
  });

  it('passes the damaged-file notice to the renderer once', async () => {
    h.preferences.setNotice('Your preferences file was damaged.');
    expect((await h.services['prefs:get']({})).notice).toBe('Your preferences file was damaged.');
    expect((await h.services['prefs:get']({})).notice).toBeNull();
  });

  it('works with the JSON store of the browser host end to end', async () => {
    await mkdir(h.userDataDir, { recursive: true });
    const prefsFile = path.join(h.userDataDir, 'preferences.json');
    await writeFile(prefsFile, 'not json');
    const browser = await makeHarness({
      deps: { preferences: openJsonPreferencesStore(prefsFile, { now }) },
    });
    try {
      expect((await browser.services['prefs:get']({})).notice).toMatch(/was damaged/);
      await browser.services['prefs:set']({ pdfPageSize: 'Letter' });
      expect(JSON.parse(await readFile(prefsFile, 'utf8')).pdfPageSize).toBe('Letter');
    } finally {
      await browser.cleanup();
    }
  });
});

describe('app:info and workshop:new', () => {
  it('describes the host and hands out a fresh workshop dated today', async () => {
    const h = await makeHarness({ kind: 'in-app' });
    try {
      expect(await h.services['app:info']({})).toEqual({
        name: 'Tradeoff',
        version: '0.1.0-test',
        schemaVersion: 1,
        host: 'browser',
        dialogs: 'in-app',
        platform: 'linux',
      });
      const { doc } = await h.services['workshop:new']({});
      expect(doc.meta.date).toBe('2025-11-26');
      expect(doc.items).toEqual([]);
    } finally {
      await h.cleanup();
    }
  });
});
