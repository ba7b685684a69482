import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Machine } from './cliArgs';
import { appDataDir, parseCliArgs } from './cliArgs';

const linux: Machine = {
  platform: 'linux',
  homeDir: '/home/ada',
  env: {},
  bundleDir: '/opt/tradeoff/dist/host',
};

function run(argv: string[], machine: Machine = linux) {
  const command = parseCliArgs(argv, machine);
  if (command.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(command)}`);
  return command.options;
}

describe('parseCliArgs', () => {
  it('defaults to any free port, ~/Tradeoff, the OS app-data folder and the renderer beside the bundle', () => {
    expect(run([])).toEqual({
      port: 0,
      workshopDir: '/home/ada/Tradeoff',
      userDataDir: '/home/ada/.config/Tradeoff/browser-host',
      rendererDir: '/opt/tradeoff/dist/renderer',
      open: false,
    });
  });

  it('takes every flag, in both spellings', () => {
    expect(
      run([
        '--port',
        '4100',
        '--workshop-dir=/data/workshops',
        '--user-data-dir',
        'relative/user',
        '--renderer-dir',
        '/srv/renderer',
        '--open',
      ]),
    ).toEqual({
      port: 4100,
      workshopDir: '/data/workshops',
      userDataDir: path.resolve('relative/user'),
      rendererDir: '/srv/renderer',
      open: true,
    });
  });

  it('expands a ~ the shell left alone', () => {
    expect(run(['--workshop-dir=~/Planning']).workshopDir).toBe('/home/ada/Planning');
  });

  it('answers --help with help', () => {
    expect(parseCliArgs(['--help'], linux)).toEqual({ kind: 'help' });
  });

  it.each([
    ['--port', 'abc'],
    ['--port', '70000'],
    ['--port', '-1'],
    ['--port', '1.5'],
    ['--colour'],
    ['stray'],
  ])('refuses %j with a message', (...argv) => {
    const command = parseCliArgs(argv, linux);
    expect(command.kind).toBe('error');
  });
});

describe('appDataDir', () => {
  it.each([
    [{ platform: 'linux', homeDir: '/home/ada', env: {} }, '/home/ada/.config'],
    [{ platform: 'linux', homeDir: '/home/ada', env: { XDG_CONFIG_HOME: '/cfg' } }, '/cfg'],
    [{ platform: 'freebsd', homeDir: '/home/ada', env: {} }, '/home/ada/.config'],
    [
      { platform: 'darwin', homeDir: '/Users/ada', env: {} },
      '/Users/ada/Library/Application Support',
    ],
    [
      {
        platform: 'win32',
        homeDir: 'C:\\Users\\ada',
        env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' },
      },
      'C:\\Users\\ada\\AppData\\Roaming',
    ],
  ] as const)('%j → %s', (machine, expected) => {
    expect(appDataDir(machine)).toBe(expected);
  });
});
