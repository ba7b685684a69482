import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ServiceContext } from './context';
import { isInside, withExtension } from './paths';

export type InAppTarget = { path: string; confined: true } | { problem: string };

/**
 * The answer of a host with native dialogs (Electron) to what only the in-app dialog asks
 * (`files:list`, `files:createFolder`, a folder id to save into, a file id to import): there
 * the user picks every file in an OS dialog, and these requests would let the page list the
 * workshop folder and name files itself, without the user seeing anything.
 */
export const NATIVE_DIALOGS_ONLY =
  'This Tradeoff chooses files with the system’s file dialogs: use them instead.';

/**
 * The file a save or export from the in-app dialog names: inside a folder this host granted,
 * never escaping the workshop folder (by name, by a vanished folder, or by a symlink).
 */
export async function resolveInAppTarget(
  ctx: ServiceContext,
  target: { folderId: string; fileName: string },
  extension: string,
): Promise<InAppTarget> {
  if (!ctx.confinedHost) return { problem: NATIVE_DIALOGS_ONLY };
  const folder = ctx.grants.resolve(target.folderId, 'folder');
  if (!folder) {
    return { problem: 'Tradeoff no longer has access to that folder: open the dialog again.' };
  }
  const fileName = withExtension(target.fileName.trim(), extension);
  const unusable = {
    problem: `“${fileName}” is not a file name Tradeoff can use: choose another name.`,
  };
  if (fileName.startsWith('.') || fileName !== path.basename(fileName)) return unusable;
  const root = await ctx.workshopRoot();
  const folderReal = await realpath(folder.path).catch(() => null);
  if (folderReal === null || !isInside(root, folderReal)) {
    return { problem: 'That folder is no longer inside the workshop folder: choose another one.' };
  }
  const filePath = path.join(folderReal, fileName);
  if (path.dirname(filePath) !== folderReal) return unusable;
  const existing = await lstat(filePath).catch(() => null);
  if (existing?.isSymbolicLink()) {
    const real = await realpath(filePath).catch(() => null);
    if (real === null || !isInside(root, real)) {
      return { problem: `“${fileName}” points outside the workshop folder: choose another name.` };
    }
  }
  return { path: filePath, confined: true };
}
