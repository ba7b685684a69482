import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWorkshopDir, parseLaunchFlags } from './appPaths';

describe('parseLaunchFlags', () => {
  it('reads both folders, resolved against the working directory', () => {
    const argv = ['/opt/Tradeoff/tradeoff', '--user-data-dir=data', '--workshop-dir=/tmp/w'];
    expect(parseLaunchFlags(argv, '/home/ana')).toEqual({
      userDataDir: path.resolve('/home/ana', 'data'),
      workshopDir: path.resolve('/tmp/w'),
    });
  });

  it('ignores everything else, including empty values', () => {
    const argv = [
      'electron',
      'dist/electron/main.cjs',
      '--inspect',
      '--workshop-dir=',
      'x.tradeoff',
    ];
    expect(parseLaunchFlags(argv, '/')).toEqual({});
  });
});

describe('defaultWorkshopDir', () => {
  const getPath = (name: 'home' | 'documents') =>
    name === 'home' ? '/home/ana' : '/Users/ana/Documents';

  it('is ~/Tradeoff on Linux and Windows', () => {
    expect(defaultWorkshopDir('linux', getPath)).toBe(path.join('/home/ana', 'Tradeoff'));
    expect(defaultWorkshopDir('win32', getPath)).toBe(path.join('/home/ana', 'Tradeoff'));
  });

  it('is in Documents on macOS', () => {
    expect(defaultWorkshopDir('darwin', getPath)).toBe(
      path.join('/Users/ana/Documents', 'Tradeoff'),
    );
  });
});
