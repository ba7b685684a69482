import { spawnSync } from 'node:child_process';
import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtomicWriteOps, WritableHandle } from '../../../electron/services/atomicWrite';
import {
  copyFileAtomic,
  nodeAtomicWriteOps,
  writeFileAtomic,
} from '../../../electron/services/atomicWrite';
import { tempDir } from '../harness';

let dir: string;
let target: string;
const OLD = 'the old workshop, whole\n'.repeat(1000);
const NEW = 'the new workshop, whole\n'.repeat(2000);

beforeEach(async () => {
  dir = await tempDir();
  target = path.join(dir, 'Q3 planning.tradeoff');
  await writeFile(target, OLD);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const failure = (code: string) => Object.assign(new Error(`simulated ${code}`), { code });

describe('writeFileAtomic', () => {
  it('replaces the file and leaves nothing else in the folder', async () => {
    await writeFileAtomic(target, NEW);
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(await readdir(dir)).toEqual(['Q3 planning.tradeoff']);
  });

  it('creates a file that did not exist', async () => {
    const fresh = path.join(dir, 'new.tradeoff');
    await writeFileAtomic(fresh, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(fresh))]).toEqual([1, 2, 3]);
  });

  it('keeps the file mode of the file it replaces', async () => {
    await chmod(target, 0o600);
    await writeFileAtomic(target, NEW);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes the mode it is told to, over the mode of the file it replaces', async () => {
    await chmod(target, 0o644);
    await writeFileAtomic(target, NEW, {}, { mode: 0o600 });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    const fresh = path.join(dir, 'draft.json');
    await writeFileAtomic(fresh, NEW, {}, { mode: 0o600 });
    expect((await stat(fresh)).mode & 0o777).toBe(0o600);
  });

  it('replaces the file a symlink points to and keeps the link', async () => {
    const link = path.join(dir, 'link.tradeoff');
    await symlink(target, link);
    await writeFileAtomic(link, NEW);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe(NEW);
  });

  it('keeps the previous file when the rename fails', async () => {
    const run = writeFileAtomic(target, NEW, {
      rename: async () => {
        throw failure('EXDEV');
      },
    });
    await expect(run).rejects.toThrow('simulated EXDEV');
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(await readdir(dir)).toEqual(['Q3 planning.tradeoff']);
  });

  it('keeps the previous file when the disk fills up half-way through the write', async () => {
    const halfThenFull: AtomicWriteOps['open'] = async (p, flags, mode) => {
      const real = await nodeAtomicWriteOps.open(p, flags, mode);
      let calls = 0;
      const handle: WritableHandle = {
        write: async (buffer, offset, length, position) => {
          if (calls++ > 0) throw failure('ENOSPC');
          return real.write(buffer, offset, Math.floor(length / 2), position);
        },
        sync: () => real.sync(),
        close: () => real.close(),
      };
      return handle;
    };
    await expect(writeFileAtomic(target, NEW, { open: halfThenFull })).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(await readdir(dir)).toEqual(['Q3 planning.tradeoff']);
  });

  it('keeps the previous file when flushing to disk fails', async () => {
    const failingSync: AtomicWriteOps['open'] = async (p, flags, mode) => {
      const real = await nodeAtomicWriteOps.open(p, flags, mode);
      return {
        write: (b, o, l, pos) => real.write(b, o, l, pos),
        sync: async () => {
          throw failure('EIO');
        },
        close: () => real.close(),
      };
    };
    await expect(writeFileAtomic(target, NEW, { open: failingSync })).rejects.toThrow('EIO');
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(await readdir(dir)).toEqual(['Q3 planning.tradeoff']);
  });

  it('still reports success when only flushing the folder fails after the rename', async () => {
    await writeFileAtomic(target, NEW, {
      syncDir: async () => {
        throw failure('EINVAL');
      },
    });
    expect(await readFile(target, 'utf8')).toBe(NEW);
  });

  it('replaces nothing when the step before the rename fails', async () => {
    const run = writeFileAtomic(
      target,
      NEW,
      {},
      {
        beforeRename: async () => {
          throw failure('EIO');
        },
      },
    );
    await expect(run).rejects.toThrow('simulated EIO');
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(await readdir(dir)).toEqual(['Q3 planning.tradeoff']);
  });

  it('runs work while the disk flushes, and replaces nothing if that work fails', async () => {
    let ran = false;
    await writeFileAtomic(target, NEW, {}, { whileFlushing: () => void (ran = true) });
    expect(ran).toBe(true);
    const run = writeFileAtomic(
      target,
      OLD,
      {},
      {
        whileFlushing: () => {
          throw new Error('hash failed');
        },
      },
    );
    await expect(run).rejects.toThrow('hash failed');
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(await readdir(dir)).toEqual(['Q3 planning.tradeoff']);
  });

  it('fails without touching anything when the folder is gone', async () => {
    const missing = path.join(dir, 'gone', 'x.tradeoff');
    await expect(writeFileAtomic(missing, NEW)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual(['Q3 planning.tradeoff']);
  });

  it('never leaves a mix of two concurrent writes', async () => {
    const a = 'A'.repeat(300_000);
    const b = 'B'.repeat(200_000);
    await Promise.all([writeFileAtomic(target, a), writeFileAtomic(target, b)]);
    const after = await readFile(target, 'utf8');
    expect([a, b]).toContain(after);
    expect(await readdir(dir)).toEqual(['Q3 planning.tradeoff']);
  });
});

describe('copyFileAtomic', () => {
  it('copies a file over another and leaves nothing else behind', async () => {
    const copy = path.join(dir, 'backup.tradeoff');
    await writeFile(copy, 'older backup');
    await copyFileAtomic(target, copy);
    expect(await readFile(copy, 'utf8')).toBe(OLD);
    expect((await readdir(dir)).sort()).toEqual(['Q3 planning.tradeoff', 'backup.tradeoff']);
  });

  it('gives the copy the mode it is told to, whatever the mode of the original', async () => {
    await chmod(target, 0o644);
    const copy = path.join(dir, 'backup.tradeoff');
    await copyFileAtomic(target, copy, {}, { mode: 0o600 });
    expect((await stat(copy)).mode & 0o777).toBe(0o600);
    expect(await readFile(copy, 'utf8')).toBe(OLD);
  });

  it.each(['copyFile', 'rename'] as const)(
    'keeps the previous copy and removes its temporary file when %s fails',
    async (op) => {
      const copy = path.join(dir, 'backup.tradeoff');
      await writeFile(copy, 'older backup');
      const run = copyFileAtomic(target, copy, {
        [op]: async () => {
          throw failure('EIO');
        },
      });
      await expect(run).rejects.toThrow('simulated EIO');
      expect(await readFile(copy, 'utf8')).toBe('older backup');
      expect((await readdir(dir)).sort()).toEqual(['Q3 planning.tradeoff', 'backup.tradeoff']);
    },
  );
});

describe('writeFileAtomic when the process is killed (SIGKILL, no cleanup runs)', () => {
  const writer = fileURLToPath(new URL('./crashingWriter.ts', import.meta.url));

  function crashAt(when: 'mid-write' | 'before-rename') {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', writer, when, target, String(NEW.length), 'N'],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(result.signal, result.stderr).toBe('SIGKILL');
  }

  it.each(['mid-write', 'before-rename'] as const)(
    'leaves the old file whole when killed %s',
    async (when) => {
      crashAt(when);
      expect(await readFile(target, 'utf8')).toBe(OLD);
      // The interrupted temporary file stays behind, hidden, and never replaces the workshop.
      const left = (await readdir(dir)).filter((n) => n !== 'Q3 planning.tradeoff');
      expect(left).toHaveLength(1);
      expect(left[0]).toMatch(/^\.Q3 planning\.tradeoff\.[0-9a-f]{12}\.tmp$/);
      const temp = await readFile(path.join(dir, left[0]!));
      if (when === 'before-rename') expect(temp.equals(Buffer.alloc(NEW.length, 'N'))).toBe(true);
      else expect(temp.length).toBeLessThan(NEW.length);
      // The next save works and leaves the new file whole.
      await writeFileAtomic(target, NEW);
      expect(await readFile(target, 'utf8')).toBe(NEW);
    },
    40_000,
  );

  it('creates no half-written file when the first save of a new file is interrupted', async () => {
    await mkdir(path.join(dir, 'sub'));
    target = path.join(dir, 'sub', 'fresh.tradeoff');
    crashAt('before-rename');
    await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 40_000);
});
