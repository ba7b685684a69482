import { describe, expect, it, vi } from 'vitest';
import type { ElectronProbe, ProbeRun } from '../../scripts/electron-probe.mjs';
import {
  hasDisplay,
  parseStartArgs,
  planStart,
  probeElectron,
  runNodeScriptInChild,
} from '../../scripts/electron-probe.mjs';

/** The start script's decision (scripts/electron-probe.mjs), with the child process injected. */

const BINARY = '/app/node_modules/electron/dist/electron';

function runner(result: ProbeRun) {
  return vi.fn(() => Promise.resolve(result));
}

describe('probeElectron', () => {
  it('finds the binary that require("electron") names, past any download chatter', async () => {
    const runNodeScript = runner({
      status: 'exited',
      code: 0,
      stdout: `Downloading Electron binary...\n\nTRADEOFF_ELECTRON_PATH=${BINARY}\n`,
    });
    const probe = await probeElectron({
      appRoot: '/app',
      runNodeScript,
      isExecutable: (file) => file === BINARY,
      timeoutMs: 5_000,
    });
    expect(probe).toEqual({ found: true, binary: BINARY });
    expect(runNodeScript).toHaveBeenCalledWith(expect.stringContaining("require('electron')"), {
      cwd: '/app',
      timeoutMs: 5_000,
    });
  });

  it('gives up when the download exceeds the time limit', async () => {
    const probe = await probeElectron({
      appRoot: '/app',
      runNodeScript: runner({ status: 'timed-out' }),
      timeoutMs: 90_000,
    });
    expect(probe).toEqual({
      found: false,
      reason: 'its binary could not be downloaded within 90 s',
    });
  });

  it('reports a failed download', async () => {
    const probe = await probeElectron({
      appRoot: '/app',
      runNodeScript: runner({
        status: 'exited',
        code: 1,
        stdout: 'Downloading Electron binary...\n',
      }),
    });
    expect(probe).toEqual({ found: false, reason: 'its binary could not be downloaded' });
  });

  it('reports a node that could not even start', async () => {
    const probe = await probeElectron({
      appRoot: '/app',
      runNodeScript: runner({ status: 'failed', message: 'spawn ENOENT' }),
    });
    expect(probe.found).toBe(false);
  });

  it('refuses a named path that is not an executable file', async () => {
    const probe = await probeElectron({
      appRoot: '/app',
      runNodeScript: runner({
        status: 'exited',
        code: 0,
        stdout: `TRADEOFF_ELECTRON_PATH=${BINARY}\n`,
      }),
      isExecutable: () => false,
    });
    expect(probe).toEqual({ found: false, reason: 'its binary is missing' });
  });

  it('refuses output without a path', async () => {
    const probe = await probeElectron({
      appRoot: '/app',
      runNodeScript: runner({ status: 'exited', code: 0, stdout: 'something else\n' }),
      isExecutable: () => true,
    });
    expect(probe.found).toBe(false);
  });
});

describe('runNodeScriptInChild', () => {
  it('returns what the script printed', async () => {
    const run = await runNodeScriptInChild("process.stdout.write('hello')", {
      cwd: process.cwd(),
      timeoutMs: 20_000,
    });
    expect(run).toEqual({ status: 'exited', code: 0, stdout: 'hello' });
  });

  it('kills a script that outlives the time limit', async () => {
    const started = Date.now();
    const run = await runNodeScriptInChild('setInterval(() => {}, 1000)', {
      cwd: process.cwd(),
      timeoutMs: 500,
    });
    expect(run).toEqual({ status: 'timed-out' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('hasDisplay', () => {
  it.each([
    ['linux', {}, false],
    ['linux', { DISPLAY: ':0' }, true],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, true],
    ['freebsd', {}, false],
    ['darwin', {}, true],
    ['win32', {}, true],
  ] as const)('%s with %j → %s', (platform, env, expected) => {
    expect(hasDisplay(platform, env)).toBe(expected);
  });
});

describe('parseStartArgs', () => {
  it('takes --browser out and keeps the rest for the host', () => {
    expect(parseStartArgs(['--port', '4100', '--browser'])).toEqual({
      browserOnly: true,
      hostArgs: ['--port', '4100'],
    });
    expect(parseStartArgs([])).toEqual({ browserOnly: false, hostArgs: [] });
  });
});

describe('planStart', () => {
  const withDisplay = { DISPLAY: ':0' };
  const found: ElectronProbe = { found: true, binary: BINARY };
  const missing: ElectronProbe = { found: false, reason: 'its binary could not be downloaded' };

  it('starts Electron when its binary is there', async () => {
    const plan = await planStart({
      argv: [],
      platform: 'linux',
      env: withDisplay,
      probe: () => Promise.resolve(found),
    });
    expect(plan).toEqual({ kind: 'electron', binary: BINARY });
  });

  it('falls back to the browser host with one line saying why', async () => {
    const plan = await planStart({
      argv: ['--port', '4100'],
      platform: 'linux',
      env: withDisplay,
      probe: () => Promise.resolve(missing),
    });
    expect(plan).toEqual({
      kind: 'browser',
      notice:
        'Electron is not available on this machine (its binary could not be downloaded); starting the browser host instead.',
      hostArgs: ['--open', '--port', '4100'],
    });
  });

  it('skips the probe with --browser', async () => {
    const probe = vi.fn(() => Promise.resolve(found));
    const plan = await planStart({
      argv: ['--browser', '--open'],
      platform: 'darwin',
      env: {},
      probe,
    });
    expect(plan).toEqual({ kind: 'browser', notice: null, hostArgs: ['--open'] });
    expect(probe).not.toHaveBeenCalled();
  });

  it('skips the probe where Linux has no display to show a window on', async () => {
    const probe = vi.fn(() => Promise.resolve(found));
    const plan = await planStart({ argv: [], platform: 'linux', env: {}, probe });
    expect(plan.kind).toBe('browser');
    expect(plan.kind === 'browser' && plan.notice).toMatch(/no display/);
    expect(probe).not.toHaveBeenCalled();
  });
});
