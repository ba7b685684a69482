import { chmod, mkdir } from 'node:fs/promises';

/**
 * Autosaved drafts, backups and preferences hold whole workshops and the names of the user's
 * files: on a shared machine no other user may read them. Their folders are 0700 and their
 * files 0600 (POSIX permission bits; Windows ignores them and keeps a profile private anyway).
 * Workshops and exports the user saves keep the mode the user gave them.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` and any missing parent as private; tightens a folder an older version left open. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir leaves an existing folder as it is. A file system without POSIX modes refuses the
  // change; the draft or backup is still worth writing there.
  await chmod(dir, PRIVATE_DIR_MODE).catch(() => undefined);
}
