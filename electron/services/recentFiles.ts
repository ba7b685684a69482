import { realpath, stat } from 'node:fs/promises';
import type { RecentFile } from '../../shared/ipc/contract';
import type { ServiceContext } from './context';
import { isInside } from './paths';

/**
 * `recent:list`: the remembered files that still exist, each with a grant the renderer can
 * send back to `workshop:openRecent`. A file that is gone stays remembered (a drive may come
 * back) but is not offered. In-app hosts only offer files inside the workshop folder.
 */
export async function listRecent(ctx: ServiceContext): Promise<{ files: RecentFile[] }> {
  const remembered = ctx.deps.preferences.read().recentFiles;
  const root = ctx.confinedHost ? await ctx.workshopRoot() : null;
  const files: RecentFile[] = [];
  for (const entry of remembered) {
    const info = await stat(entry.path).catch(() => null);
    if (!info?.isFile()) continue;
    if (root !== null) {
      const real = await realpath(entry.path).catch(() => null);
      if (real === null || !isInside(root, real)) continue;
    }
    files.push({ ...ctx.fileRef(entry.path, root !== null), openedAt: entry.openedAt });
  }
  return { files };
}
