import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPreferences } from '../services/preferences';
import type { StoredPreferences } from '../services/types';
import { observePreferences, openPreferences, type PreferencesBackend } from './preferences';
import { damagedCopyPath } from '../services/preferences';

const defaults = defaultPreferences();

/** Behaves like electron-store over a real file: parses it on open, throws if it cannot. */
function jsonFileBackend(filePath: string): PreferencesBackend {
  const value: unknown = existsSync(filePath) ? JSON.parse(readFileSync(filePath, 'utf8')) : {};
  return {
    read: () => value,
    write: (next) => writeFileSync(filePath, JSON.stringify(next)),
  };
}

let dir: string;
let filePath: string;
const at = new Date('2025-03-04T05:06:07.890Z');

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-prefs-'));
  filePath = path.join(dir, 'preferences.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function open() {
  return openPreferences({
    filePath,
    openBackend: () => jsonFileBackend(filePath),
    moveAside: renameSync,
    now: () => at,
  });
}

describe('openPreferences', () => {
  it('starts from the defaults on the first run, without a notice', () => {
    const store = open();
    expect(store.read()).toEqual(defaults);
    expect(store.takeNotice()).toBeNull();
  });

  it('keeps what was written across restarts', async () => {
    const saved: StoredPreferences = {
      theme: 'dark',
      pdfPageSize: 'Letter',
      recentFiles: [{ path: '/home/ana/Tradeoff/Q3.tradeoff', openedAt: '2025-03-01T10:00:00Z' }],
      windowBounds: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
    };
    await open().write(saved);
    expect(open().read()).toEqual(saved);
  });

  it('fills keys an older file does not have with their defaults', () => {
    writeFileSync(filePath, JSON.stringify({ theme: 'light' }));
    const store = open();
    expect(store.read()).toEqual({ ...defaults, theme: 'light' });
    expect(store.takeNotice()).toBeNull();
  });

  it.each([
    ['not JSON', '{"theme": "dark",'],
    ['truncated to nothing', ''],
    ['a value we do not know', JSON.stringify({ theme: 'purple' })],
    ['a wrong type deep inside', JSON.stringify({ recentFiles: [{ path: 3 }] })],
    ['not an object at all', '[1, 2, 3]'],
  ])('moves a file that is %s aside, uses the defaults and says so once', (_name, content) => {
    writeFileSync(filePath, content);
    const store = open();
    expect(store.read()).toEqual(defaults);
    const notice = store.takeNotice();
    expect(notice).toContain('damaged');
    expect(notice).toContain(path.basename(damagedCopyPath(filePath, at)));
    expect(store.takeNotice()).toBeNull();
    expect(readFileSync(damagedCopyPath(filePath, at), 'utf8')).toBe(content);
    expect(JSON.parse(readFileSync(filePath, 'utf8'))).toEqual(defaults);
  });

  it('still starts, on defaults, when the damaged file cannot be moved', () => {
    writeFileSync(filePath, 'garbage');
    const store = openPreferences({
      filePath,
      openBackend: () => jsonFileBackend(filePath),
      moveAside: () => {
        throw new Error('EACCES');
      },
      now: () => at,
    });
    expect(store.read()).toEqual(defaults);
    expect(store.takeNotice()).toContain('damaged');
    expect(readFileSync(filePath, 'utf8')).toBe('garbage');
  });

  it('reports a failed write to the caller and keeps the last good state', async () => {
    const store = openPreferences({
      filePath,
      openBackend: () => ({
        read: () => ({}),
        write: () => {
          throw new Error('ENOSPC: no space left on device');
        },
      }),
      moveAside: renameSync,
    });
    await expect(store.write({ ...defaults, theme: 'dark' })).rejects.toThrow('ENOSPC');
    expect(store.read().theme).toBe('system');
  });

  it('hands out copies, so a caller cannot change the stored state by accident', () => {
    const store = open();
    store.read().recentFiles.push({ path: '/x.tradeoff', openedAt: 'now' });
    expect(store.read().recentFiles).toEqual([]);
  });

  it('names the damaged copy after the file and the time, in the same folder', () => {
    expect(path.basename(damagedCopyPath(filePath, at))).toBe(
      'preferences.json.corrupt-2025-03-04T05-06-07-890Z',
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('observePreferences', () => {
  it('reports each successful write with the state before it', async () => {
    const onWritten = vi.fn();
    const store = observePreferences(open(), onWritten);
    await store.write({ ...defaults, theme: 'dark' });
    expect(onWritten).toHaveBeenCalledExactlyOnceWith({ ...defaults, theme: 'dark' }, defaults);
    expect(store.read().theme).toBe('dark');
  });

  it('reports nothing when the write failed', async () => {
    const onWritten = vi.fn();
    const failing = openPreferences({
      filePath,
      openBackend: () => ({
        read: () => ({}),
        write: () => {
          throw new Error('EROFS');
        },
      }),
      moveAside: renameSync,
    });
    await expect(observePreferences(failing, onWritten).write(defaults)).rejects.toThrow('EROFS');
    expect(onWritten).not.toHaveBeenCalled();
  });

  it('passes the start-up notice through', () => {
    writeFileSync(filePath, 'garbage');
    expect(observePreferences(open(), vi.fn()).takeNotice()).toContain('damaged');
  });
});
