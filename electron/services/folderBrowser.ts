import type { Dirent } from 'node:fs';
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FolderListing, ImportKind, ParsedRequest } from '../../shared/ipc/contract';
import { errnoCode } from './atomicWrite';
import type { ServiceContext } from './context';
import { describeFsError } from './diskFiles';
import { NATIVE_DIALOGS_ONLY } from './inAppTarget';
import type { GrantPurpose } from './pathGrants';
import { displayPath, hasWorkshopExtension, isInside } from './paths';
import { ServiceError } from './serviceError';

/**
 * The in-app file dialog's view of the workshop folder (`files:list`, `files:createFolder`):
 * folders and `.tradeoff` files only, sorted, hidden files skipped, and never anything outside
 * the workshop folder — every path is resolved with realpath (symlinks included) and checked.
 * Only in a host without native dialogs: elsewhere the user picks files in the OS dialog.
 */
type Entry = FolderListing['entries'][number];

export async function listFolder(
  ctx: ServiceContext,
  request: ParsedRequest<'files:list'>,
): Promise<FolderListing> {
  if (!ctx.confinedHost) throw new ServiceError(NATIVE_DIALOGS_ONLY);
  const root = await ctx.workshopRoot();
  const folder =
    request.folderId === undefined ? root : await grantedFolder(ctx, root, request.folderId);
  return listing(ctx, root, folder, request.accept ?? 'workshop');
}

export async function createFolder(
  ctx: ServiceContext,
  request: ParsedRequest<'files:createFolder'>,
): Promise<FolderListing> {
  if (!ctx.confinedHost) throw new ServiceError(NATIVE_DIALOGS_ONLY);
  const root = await ctx.workshopRoot();
  const parent = await grantedFolder(ctx, root, request.parentId);
  const name = request.name.trim();
  if (name === '' || name.startsWith('.') || name !== path.basename(name)) {
    throw new ServiceError(`“${name}” cannot be used as a folder name: choose another name.`);
  }
  const created = path.join(parent, name);
  try {
    await mkdir(created);
  } catch (error) {
    if (errnoCode(error) !== 'EEXIST') {
      throw new ServiceError(
        `The folder “${name}” could not be created (${describeFsError(error)}).`,
      );
    }
    const existing = await stat(created).catch(() => null);
    if (!existing?.isDirectory()) {
      throw new ServiceError(`A file named “${name}” already exists here: choose another name.`);
    }
  }
  const real = await realpath(created);
  if (!isInside(root, real)) {
    throw new ServiceError(`“${name}” leads outside the workshop folder: choose another name.`);
  }
  return listing(ctx, root, real);
}

/** The real path behind a folder id, refused unless it is still inside the workshop folder. */
async function grantedFolder(ctx: ServiceContext, root: string, folderId: string): Promise<string> {
  const grant = ctx.grants.resolve(folderId, 'folder');
  if (!grant) {
    throw new ServiceError('Tradeoff no longer has access to that folder: open the dialog again.');
  }
  const real = await realpath(grant.path).catch(() => null);
  if (real === null) throw new ServiceError('That folder is no longer there.');
  if (!isInside(root, real)) {
    throw new ServiceError('That folder is outside the workshop folder.');
  }
  return real;
}

async function listing(
  ctx: ServiceContext,
  root: string,
  folder: string,
  accept: ImportKind = 'workshop',
): Promise<FolderListing> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new ServiceError(`The folder could not be listed (${describeFsError(error)}).`);
  }
  const found = await Promise.all(dirents.map((d) => describeEntry(ctx, root, folder, d, accept)));
  const entries = found.filter((e): e is Entry => e !== null).sort(byKindThenName);
  return {
    folder: {
      id: ctx.grants.grant(folder, 'folder', { confined: true }),
      name: path.basename(folder),
      displayPath: displayPath(folder),
    },
    parentId:
      folder === root ? null : ctx.grants.grant(path.dirname(folder), 'folder', { confined: true }),
    entries,
  };
}

async function describeEntry(
  ctx: ServiceContext,
  root: string,
  folder: string,
  dirent: Dirent,
  accept: ImportKind,
): Promise<Entry | null> {
  // Hidden files include the temporary files of an interrupted save.
  if (dirent.name.startsWith('.')) return null;
  const lexical = path.join(folder, dirent.name);
  const real = await realpath(lexical).catch(() => null);
  if (real === null || !isInside(root, real) || real === root) return null;
  const info = await stat(real).catch(() => null);
  if (!info) return null;
  const modifiedAt = Number.isFinite(info.mtimeMs) ? info.mtime.toISOString() : null;
  if (info.isDirectory()) {
    return {
      id: ctx.grants.grant(real, 'folder', { confined: true }),
      name: dirent.name,
      kind: 'folder',
      modifiedAt,
    };
  }
  if (info.isFile() && ACCEPTS[accept](dirent.name)) {
    return {
      id: ctx.grants.grant(real, GRANTED_AS[accept], { confined: true }),
      name: dirent.name,
      kind: accept,
      modifiedAt,
    };
  }
  return null;
}

/** Which files each dialog lists beside the folders. */
const ACCEPTS: Record<ImportKind, (name: string) => boolean> = {
  workshop: hasWorkshopExtension,
  csv: (name) => /\.(csv|tsv|txt)$/i.test(name),
};

/** A CSV listed for import can only be read by an import, never opened or saved over. */
const GRANTED_AS: Record<ImportKind, GrantPurpose> = { workshop: 'workshop', csv: 'import' };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function byKindThenName(a: Entry, b: Entry): number {
  if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
  return collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
