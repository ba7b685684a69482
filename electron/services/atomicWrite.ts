import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * Atomic file replacement (issue 2, "Never lose work"): write a temporary file in the target's
 * folder, flush it to disk, rename it over the target, then flush the folder. A crash or kill
 * at any moment leaves either the old file or the new one, whole — never a mix.
 *
 * Hand-written rather than the `write-file-atomic` package because that package calls the
 * `fs` module it imports itself, so tests could only make its write or rename fail with module
 * mocks (STYLE §4 wants side effects passed in); it also does not flush the folder after the
 * rename (the rename itself may be lost on power failure), and it names the temporary file
 * `<name>.<number>`, which would show up beside the user's workshop. This keeps its good parts:
 * same folder, same file mode, symlinks followed so a linked file stays linked, the temporary
 * file removed on failure.
 */

/** The subset of a file handle the writer needs; `fs.promises.FileHandle` fits. */
export interface WritableHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Every file-system operation the writer performs, injectable so tests can make any fail. */
export interface AtomicWriteOps {
  open(filePath: string, flags: string, mode: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  /** Mode of an existing target, or null when there is none yet. */
  modeOf(filePath: string): Promise<number | null>;
  /** Follows symlinks; returns the path unchanged when the target does not exist yet. */
  realpath(filePath: string): Promise<string>;
  /** Flushes a folder's entries so the rename survives power loss (a no-op where unsupported). */
  syncDir(dirPath: string): Promise<void>;
  /** Copies a file to a path that must not exist yet (a clone where the file system can). */
  copyFile(from: string, to: string): Promise<void>;
  chmod(filePath: string, mode: number): Promise<void>;
}

export const nodeAtomicWriteOps: AtomicWriteOps = {
  open: (filePath, flags, mode) => fsp.open(filePath, flags, mode),
  rename: (from, to) => renameWithRetry(from, to),
  unlink: (filePath) => fsp.unlink(filePath),
  modeOf: async (filePath) => {
    try {
      return (await fsp.stat(filePath)).mode & 0o7777;
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
  },
  realpath: async (filePath) => {
    try {
      return await fsp.realpath(filePath);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return filePath;
      throw error;
    }
  },
  copyFile: (from, to) =>
    fsp.copyFile(from, to, fsConstants.COPYFILE_EXCL | fsConstants.COPYFILE_FICLONE),
  chmod: (filePath, mode) => fsp.chmod(filePath, mode),
  syncDir: async (dirPath) => {
    // Windows cannot open a folder for flushing; its rename is already durable enough (NTFS log).
    if (process.platform === 'win32') return;
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(dirPath, fsConstants.O_RDONLY);
      await handle.sync();
    } catch {
      // Some file systems (network shares, FUSE) refuse to flush folders: the data is safe anyway.
    } finally {
      await handle?.close().catch(() => undefined);
    }
  },
};

/** `.<name>.<random>.tmp`: hidden, and never ends in `.tradeoff`, so no listing shows it. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export interface AtomicWriteOptions {
  /**
   * Runs once the new content is flushed, just before it replaces the target; if it rejects,
   * nothing is replaced. The save waits here for its backup of the old content, so the backup
   * and the new file are written at the same time.
   */
  beforeRename?: () => Promise<void>;
  /** CPU work to do while the disk flushes the new content (the save hashes it meanwhile). */
  whileFlushing?: () => void;
  /**
   * The new file's mode; by default the mode of the file it replaces, so a workshop keeps the
   * permissions its owner gave it. Drafts, backups and preferences pass 0600 (privateFiles).
   */
  mode?: number;
}

export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  fsOps: Partial<AtomicWriteOps> = {},
  options: AtomicWriteOptions = {},
): Promise<void> {
  const ops: AtomicWriteOps = { ...nodeAtomicWriteOps, ...fsOps };
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const target = await ops.realpath(filePath);
  const mode = options.mode ?? (await ops.modeOf(target)) ?? 0o666;
  const temp = tempPathFor(target);

  let handle: WritableHandle | null = null;
  let renamed = false;
  try {
    // `wx`: never follow or reuse something already at the temporary name.
    handle = await ops.open(temp, 'wx', mode);
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
      if (bytesWritten <= 0) throw new Error('The disk accepted no more data.');
      offset += bytesWritten;
    }
    const flushing = handle.sync();
    try {
      options.whileFlushing?.();
    } finally {
      await flushing;
    }
    const closing = handle;
    handle = null;
    await closing.close();
    await options.beforeRename?.();
    await ops.rename(temp, target);
    renamed = true;
  } finally {
    if (handle) await handle.close().catch(() => undefined);
    if (!renamed) await ops.unlink(temp).catch(() => undefined);
  }
  // The new content is in place; a folder that cannot be flushed does not make the save fail.
  await ops.syncDir(path.dirname(target)).catch(() => undefined);
}

/**
 * Copies `from` over `to` with the same guarantees: a kernel copy into a temporary file beside
 * `to`, flushed, then renamed. The copy is the first operation and a single request to the
 * thread pool, so it proceeds while the caller's main thread does other work (the save
 * serializes the workshop meanwhile).
 */
export async function copyFileAtomic(
  from: string,
  to: string,
  fsOps: Partial<AtomicWriteOps> = {},
  options: { mode?: number } = {},
): Promise<void> {
  const ops: AtomicWriteOps = { ...nodeAtomicWriteOps, ...fsOps };
  const temp = tempPathFor(to);
  let renamed = false;
  try {
    await ops.copyFile(from, temp);
    // The copy has the original's mode; a backup must be private whatever the original allows.
    if (options.mode !== undefined) await ops.chmod(temp, options.mode);
    const handle = await ops.open(temp, 'r+', 0o666);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(temp, to);
    renamed = true;
  } finally {
    if (!renamed) await ops.unlink(temp).catch(() => undefined);
  }
  await ops.syncDir(path.dirname(to)).catch(() => undefined);
}

/**
 * On Windows a rename over a file fails while another program (an antivirus scan, a sync
 * client, the search indexer) briefly holds it open; retrying for a moment is the usual cure.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const retryable = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error);
      if (process.platform !== 'win32' || !code || !retryable.has(code) || attempt >= 5) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

export function errnoCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}
