import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { errnoCode } from './atomicWrite';

/**
 * Reading a file the way the workshop services need it: size-limited, as bytes, with the
 * revision (sha256 of exactly those bytes) that a later save compares against.
 */
export const DEFAULT_MAX_OPEN_BYTES = 200 * 1024 * 1024;

export type DiskRead =
  | { kind: 'read'; bytes: Buffer; revision: string }
  | { kind: 'missing' }
  | { kind: 'folder' }
  /** A named pipe, a device or a socket: waiting on it or reading it whole could never end. */
  | { kind: 'not-a-file' }
  | { kind: 'too-big'; size: number }
  | { kind: 'error'; code: string | null };

/**
 * Non-blocking where the platform has it: opening a pipe that was swapped in after the check
 * below then returns at once instead of waiting for a writer. No effect on a regular file.
 */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

export async function readLimited(filePath: string, maxBytes: number): Promise<DiskRead> {
  let handle: fsp.FileHandle | undefined;
  try {
    // Checked before opening: opening a named pipe waits for a writer (without O_NONBLOCK).
    const before = await fsp.stat(filePath);
    if (before.isDirectory()) return { kind: 'folder' };
    if (!before.isFile()) return { kind: 'not-a-file' };
    if (before.size > maxBytes) return { kind: 'too-big', size: before.size };
    handle = await fsp.open(filePath, OPEN_FLAGS);
    // And again on what was opened, which may not be what was checked a moment ago.
    const opened = await handle.stat();
    if (opened.isDirectory()) return { kind: 'folder' };
    if (!opened.isFile()) return { kind: 'not-a-file' };
    const bytes = await readAtMost(handle, opened.size, maxBytes + 1);
    // The file may have grown between the size check and the read.
    if (bytes.length > maxBytes) {
      return { kind: 'too-big', size: Math.max(bytes.length, opened.size) };
    }
    return { kind: 'read', bytes, revision: revisionOf(bytes) };
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'folder' };
    return { kind: 'error', code };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads until the end of the file or `limit` bytes, whichever comes first. Sized for the
 * expected length plus one byte, so a file that kept its size is read in one call and its end
 * seen in the next; a file that grew (or reports size 0, like those in /proc) grows the buffer.
 */
async function readAtMost(
  handle: fsp.FileHandle,
  expectedSize: number,
  limit: number,
): Promise<Buffer> {
  let buffer = Buffer.allocUnsafeSlow(Math.min(expectedSize + 1, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const larger = Buffer.allocUnsafeSlow(
        Math.min(Math.max(buffer.length * 2, 64 * 1024), limit),
      );
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** UTF-8 text of the bytes, or null when they are not UTF-8 (a binary or foreign file). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** The end of a sentence explaining an fs failure, without any path. */
export function describeFsError(error: unknown): string {
  switch (errnoCode(error)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EACCES':
    case 'EPERM':
      return 'Tradeoff is not allowed to write there';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EBUSY':
      return 'another program is using the file';
    case 'EIO':
      return 'the disk reported an error';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the folder no longer exists';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case null:
      return 'an unexpected error';
    default:
      return `error ${errnoCode(error)}`;
  }
}

export function describeReadError(code: string | null): string {
  if (code === 'EACCES' || code === 'EPERM') return 'Tradeoff is not allowed to read it';
  return code ? `error ${code}` : 'an unexpected error';
}
