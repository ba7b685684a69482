import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Spawn } from './openInBrowser';
import { openInBrowser, openerFor } from './openInBrowser';

const URL = 'http://127.0.0.1:4100/#token=abc';

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

describe('openerFor', () => {
  it.each([
    ['linux', 'xdg-open', [URL]],
    ['freebsd', 'xdg-open', [URL]],
    ['darwin', 'open', [URL]],
    ['win32', 'rundll32', ['url.dll,FileProtocolHandler', URL]],
  ] as const)('uses the desktop opener on %s', (platform, command, args) => {
    expect(openerFor(platform, URL)).toEqual({ command, args });
  });
});

describe('openInBrowser', () => {
  it('reports success when the opener exits cleanly', async () => {
    const spawn = fakeSpawn({ exitCode: 0 });
    await expect(openInBrowser(URL, 'linux', spawn)).resolves.toBe(true);
    expect(spawn).toHaveBeenCalledWith(
      'xdg-open',
      [URL],
      expect.objectContaining({ stdio: 'ignore' }),
    );
  });

  it('never fails when there is no opener on the machine', async () => {
    const missing = Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' });
    await expect(openInBrowser(URL, 'linux', fakeSpawn({ error: missing }))).resolves.toBe(false);
  });

  it('never fails when the opener finds no browser', async () => {
    await expect(openInBrowser(URL, 'linux', fakeSpawn({ exitCode: 3 }))).resolves.toBe(false);
  });

  it('never fails when spawning throws', async () => {
    await expect(
      openInBrowser(URL, 'linux', fakeSpawn({ throws: new Error('EPERM') })),
    ).resolves.toBe(false);
  });
});
