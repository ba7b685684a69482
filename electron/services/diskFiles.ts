import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
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
  | { kind: 'too-big'; size: number }
  | { kind: 'error'; code: string | null };

export async function readLimited(filePath: string, maxBytes: number): Promise<DiskRead> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(filePath, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) return { kind: 'folder' };
    if (stat.size > maxBytes) return { kind: 'too-big', size: stat.size };
    const bytes = await handle.readFile();
    // The file may have grown between the size check and the read.
    if (bytes.length > maxBytes) return { kind: 'too-big', size: bytes.length };
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
