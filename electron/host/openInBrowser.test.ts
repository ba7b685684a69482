import { EventEmitter } from 'node:events';
import { chmod, lstat, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Spawn } from './openInBrowser';
import { LAUNCH_PAGE_NAME, launchPageHtml, openInBrowser, openerFor } from './openInBrowser';

const TOKEN = 'tok_0123456789abcdefghijklmnopqrstuvwxyz';
const URL = `http://127.0.0.1:4100/#token=${TOKEN}`;
const TARGET = 'file:///home/dana/.config/tradeoff/open.html';

/** A child process that reports `outcome` once, like node's spawn does. */
function fakeSpawn(outcome: { error: Error } | { exitCode: number } | { throws: Error }) {
  return vi.fn(() => {
    if ('throws' in outcome) throw outcome.throws;
    const child = Object.assign(new EventEmitter(), { unref: vi.fn() });
    queueMicrotask(() => {
      if ('error' in outcome) child.emit('error', outcome.error);
      else child.emit('exit', outcome.exitCode);
    });
    return child;
  }) as unknown as Spawn & ReturnType<typeof vi.fn>;
}

let userDataDir: string;
let launchPage: string;
beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-open-'));
  launchPage = path.join(userDataDir, LAUNCH_PAGE_NAME);
});
afterEach(() => rm(userDataDir, { recursive: true, force: true }));

describe('openerFor', () => {
  it.each([
    ['linux', 'xdg-open', [TARGET]],
    ['freebsd', 'xdg-open', [TARGET]],
    ['darwin', 'open', [TARGET]],
    ['win32', 'rundll32', ['url.dll,FileProtocolHandler', TARGET]],
  ] as const)('uses the desktop opener on %s', (platform, command, args) => {
    expect(openerFor(platform, TARGET)).toEqual({ command, args });
  });
});

describe('launchPageHtml', () => {
  it('forwards to the URL without a script, escaped for an attribute', () => {
    const html = launchPageHtml('http://127.0.0.1:4100/?a=1&b="2"#token=x<y');
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:4100/?a=1&amp;b=&quot;2&quot;#token=x&lt;y">',
    );
    expect(html).toContain(
      '<a href="http://127.0.0.1:4100/?a=1&amp;b=&quot;2&quot;#token=x&lt;y">',
    );
    expect(html).not.toMatch(/<script/i);
  });
});

describe('openInBrowser', () => {
  it('keeps the token off every command line: it opens a private page that forwards to the URL', async () => {
    const spawn = fakeSpawn({ exitCode: 0 });
    await expect(openInBrowser(URL, { userDataDir, platform: 'linux', spawn })).resolves.toBe(true);
    expect(spawn).toHaveBeenCalledWith(
      'xdg-open',
      [pathToFileURL(launchPage).href],
      expect.objectContaining({ stdio: 'ignore' }),
    );
    expect(JSON.stringify(spawn.mock.calls)).not.toContain(TOKEN);
    expect(await readFile(launchPage, 'utf8')).toBe(launchPageHtml(URL));
    expect((await stat(launchPage)).mode & 0o777).toBe(0o600);
  });

  it('replaces the page of an earlier run, and never writes through a link left in its place', async () => {
    const elsewhere = path.join(userDataDir, 'elsewhere.txt');
    await writeFile(elsewhere, 'not yours');
    await symlink(elsewhere, launchPage);
    await openInBrowser(URL, { userDataDir, platform: 'linux', spawn: fakeSpawn({ exitCode: 0 }) });
    expect(await readFile(elsewhere, 'utf8')).toBe('not yours');
    expect((await lstat(launchPage)).isFile()).toBe(true);

    await chmod(launchPage, 0o644);
    const next = `http://127.0.0.1:4200/#token=${TOKEN.replace('tok', 'new')}`;
    await openInBrowser(next, {
      userDataDir,
      platform: 'linux',
      spawn: fakeSpawn({ exitCode: 0 }),
    });
    expect(await readFile(launchPage, 'utf8')).toBe(launchPageHtml(next));
    expect((await stat(launchPage)).mode & 0o777).toBe(0o600);
  });

  it('opens nothing when the page cannot be written: the printed URL is the way in', async () => {
    const spawn = fakeSpawn({ exitCode: 0 });
    const missing = path.join(userDataDir, 'gone', 'deeper');
    await expect(
      openInBrowser(URL, { userDataDir: missing, platform: 'linux', spawn }),
    ).resolves.toBe(false);
    expect(spawn).not.toHaveBeenCalled();
  });

  it('never fails when there is no opener on the machine', async () => {
    const missing = Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' });
    await expect(
      openInBrowser(URL, { userDataDir, platform: 'linux', spawn: fakeSpawn({ error: missing }) }),
    ).resolves.toBe(false);
  });

  it('never fails when the opener finds no browser', async () => {
    await expect(
      openInBrowser(URL, { userDataDir, platform: 'linux', spawn: fakeSpawn({ exitCode: 3 }) }),
    ).resolves.toBe(false);
  });

  it('never fails when spawning throws', async () => {
    await expect(
      openInBrowser(URL, {
        userDataDir,
        platform: 'linux',
        spawn: fakeSpawn({ throws: new Error('EPERM') }),
      }),
    ).resolves.toBe(false);
  });
});
