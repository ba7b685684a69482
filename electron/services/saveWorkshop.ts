import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ParsedRequest, Response, SaveResult } from '../../shared/ipc/contract';
import { readDeclaredVersion } from '../../shared/workshop/load';
import { SCHEMA_VERSION } from '../../shared/workshop/schema';
import type { Workshop } from '../../shared/workshop/schema';
import { serializeWorkshop } from '../../shared/workshop/serialize';
import { copyFileAtomic, writeFileAtomic } from './atomicWrite';
import { resolveInAppTarget } from './inAppTarget';
import type { ServiceContext } from './context';
import { describeFsError, readLimited, revisionOf } from './diskFiles';
import type { DiskRead } from './diskFiles';
import { megabytes } from './openWorkshop';
import { WORKSHOP_EXTENSION, hasWorkshopExtension, withWorkshopExtension } from './paths';
import { PRIVATE_FILE_MODE, ensurePrivateDir } from './privateFiles';

/**
 * `workshop:save` and `workshop:saveAs` (issue 2, "Never lose work"):
 * - never overwrite a file written by a newer Tradeoff;
 * - never overwrite a file that changed on disk since it was read, unless the user said so;
 * - keep the previous content in `<userData>/backups/` (one per file, replaced at the next save,
 *   readable by the user alone);
 * - replace the file atomically, so a crash leaves the old file or the new one, whole;
 * - write only `.tradeoff` files, through an id granted for a workshop (never one granted for
 *   an import), so no other file is ever replaced by a workshop.
 */
export async function saveWorkshop(
  ctx: ServiceContext,
  request: ParsedRequest<'workshop:save'>,
): Promise<SaveResult> {
  const grant = ctx.grants.resolve(request.fileId, 'workshop');
  if (!grant) {
    return failed(
      'This workshop is no longer linked to a file Tradeoff may write: use Save As to choose where to save it.',
    );
  }
  const name = path.basename(grant.path);
  if (!hasWorkshopExtension(name)) {
    return failed(`“${name}” is not a .tradeoff file, so it was not overwritten: use Save As.`);
  }

  return ctx.serialize(grant.path, async () => {
    // Checked in this save's turn: the folders may have changed while an earlier save ran.
    if (!(await ctx.checkConfinement(grant))) {
      return failed(`“${name}” is outside the workshop folder, so it was not saved.`);
    }
    // The file on disk is read while the document is serialized; nothing is written before
    // the checks below have passed.
    const reading = readLimited(grant.path, ctx.maxOpenBytes);
    const text = serializeWorkshop(request.doc, ctx.deps.app.version);
    const disk = await reading;
    const problem = refuseOverwrite(disk, name, ctx);
    if (problem) return problem;

    if (disk.kind === 'missing') {
      if (!request.force) {
        return {
          status: 'conflict',
          message: `“${name}” was moved or deleted since it was opened: save anyway to create it again, or use Save As.`,
        };
      }
    } else if (disk.kind === 'read') {
      const changed = disk.revision !== request.expectedRevision;
      if (changed && !request.force) {
        return {
          status: 'conflict',
          message: `“${name}” was changed on disk by another program since it was opened: save anyway to replace those changes, or use Save As to keep both.`,
        };
      }
      const known = grant.known?.revision === disk.revision ? grant.known.schemaVersion : null;
      const newer = refuseNewer(known ?? readDeclaredVersion(disk.bytes.toString('utf8')), name);
      if (newer) return newer;
    }

    const written = await replaceFile(ctx, grant.path, disk, text);
    if (written.status !== 'saved') return written;
    // The file joined the recent list when it was opened or first saved: a plain save leaves
    // the list (and the menu built from it) alone.
    grant.known = { revision: written.revision, schemaVersion: SCHEMA_VERSION };
    return {
      status: 'saved',
      file: ctx.fileRef(grant.path, grant.confined),
      revision: written.revision,
    };
  });
}

type SaveAsResult = Response<'workshop:saveAs'>;

const utf8 = new TextEncoder();

export async function saveWorkshopAs(
  ctx: ServiceContext,
  request: ParsedRequest<'workshop:saveAs'>,
): Promise<SaveAsResult> {
  let target: { path: string; confined: boolean };
  if (request.target) {
    const chosen = await resolveInAppTarget(ctx, request.target, WORKSHOP_EXTENSION);
    if ('problem' in chosen) return failed(chosen.problem);
    target = chosen;
  } else if (ctx.deps.dialogs.kind === 'in-app') {
    return failed('Choose a folder and a file name in the Save As dialog.');
  } else {
    const root = await ctx.workshopRoot();
    const suggested = withWorkshopExtension(request.suggestedName ?? safeFileStem(request.doc));
    const chosen = await ctx.deps.dialogs.showSave(path.join(root, suggested));
    if (chosen === null) return { status: 'cancelled' };
    if (!hasWorkshopExtension(chosen)) {
      // The dialogs add the extension; a name without it would replace a file of another kind.
      return failed(
        `“${path.basename(chosen)}” is not a .tradeoff file, so nothing was saved: choose a name ending in .tradeoff.`,
      );
    }
    // The native dialog already asked before replacing a file, for exactly this path.
    target = { path: path.resolve(chosen), confined: false };
  }

  const name = path.basename(target.path);
  return ctx.serialize(target.path, async () => {
    // Checked again in this save's turn: the folders may have changed while an earlier save ran.
    if (!(await ctx.checkConfinement(target))) {
      return failed(`“${name}” is outside the workshop folder, so it was not saved.`);
    }
    const reading = readLimited(target.path, ctx.maxOpenBytes);
    const text = serializeWorkshop(request.doc, ctx.deps.app.version);
    const disk = await reading;
    if (disk.kind === 'read' && request.target && !request.overwrite) {
      return {
        status: 'exists',
        message: `A file named “${name}” already exists in this folder: replace it?`,
      };
    }
    const problem = refuseOverwrite(disk, name, ctx);
    if (problem) return problem;
    if (disk.kind === 'read') {
      const newer = refuseNewer(readDeclaredVersion(disk.bytes.toString('utf8')), name);
      if (newer) return newer;
    }

    const written = await replaceFile(ctx, target.path, disk, text);
    if (written.status !== 'saved') return written;
    const file = ctx.fileRef(target.path, target.confined);
    const grant = ctx.grants.resolve(file.id, 'workshop');
    if (grant) grant.known = { revision: written.revision, schemaVersion: SCHEMA_VERSION };
    await ctx.addRecent(target.path);
    return { status: 'saved', file, revision: written.revision };
  });
}

/** Failures that stop any overwrite, whatever the user chose. */
function refuseOverwrite(disk: DiskRead, name: string, ctx: ServiceContext): SaveResult | null {
  switch (disk.kind) {
    case 'folder':
      return failed(`“${name}” is a folder, so nothing was saved.`);
    case 'not-a-file':
      return failed(`“${name}” is not a regular file, so nothing was saved.`);
    case 'too-big':
      return failed(
        `“${name}” on disk is ${megabytes(disk.size)}, larger than a workshop file can be (${megabytes(ctx.maxOpenBytes)}), so it was not overwritten: use Save As.`,
      );
    case 'error':
      return failed(
        `“${name}” could not be checked before saving (${describeFsError({ code: disk.code })}), so it was not overwritten.`,
      );
    default:
      return null;
  }
}

function refuseNewer(version: number | null, name: string): SaveResult | null {
  if (version === null || version <= SCHEMA_VERSION) return null;
  return failed(
    `“${name}” was saved by a newer Tradeoff (file format version ${version}; this one writes version ${SCHEMA_VERSION}), so it was not overwritten: use Save As to keep your changes in another file.`,
  );
}

/**
 * The atomic replace of the file with `text`, keeping the previous content as a backup first;
 * nothing is replaced if the backup fails. The work overlaps where it safely can — the backup
 * is a kernel copy that runs while the text is encoded and is flushed while the new file is
 * written; the new revision is hashed while the disk flushes — yet the old content cannot
 * disappear before its backup is on disk. (This keeps a 10,000-item save near 2–3× a bare
 * JSON.stringify; see test/bench/workshop-io.bench.ts.)
 */
async function replaceFile(
  ctx: ServiceContext,
  filePath: string,
  disk: DiskRead,
  text: string,
): Promise<{ status: 'saved'; revision: string } | SaveResult> {
  const name = path.basename(filePath);
  let backup: Promise<void> | null = null;
  if (disk.kind === 'read') {
    const backupPath = backupPathFor(ctx.deps.userDataDir, filePath);
    await ensurePrivateDir(path.dirname(backupPath)).catch(() => undefined);
    backup = copyFileAtomic(filePath, backupPath, ctx.writeOps, { mode: PRIVATE_FILE_MODE });
    // Awaited before the rename below; this only keeps a rejection from counting as unhandled.
    backup.catch(() => undefined);
  }
  // TextEncoder: the same UTF-8 as Buffer.from, and faster on a 10 MB workshop.
  const bytes = utf8.encode(text);

  let backupError: unknown = null;
  let revision = '';
  try {
    await writeFileAtomic(filePath, bytes, ctx.writeOps, {
      whileFlushing: () => {
        revision = revisionOf(bytes);
      },
      beforeRename: async () => {
        try {
          await backup;
        } catch (error) {
          backupError = error;
          throw error;
        }
      },
    });
  } catch (error) {
    // Never leave the backup running behind the answer.
    await backup?.catch(() => undefined);
    if (backupError !== null) {
      return failed(
        `Tradeoff could not keep a backup of the previous “${name}” (${describeFsError(backupError)}), so it saved nothing: the file on disk is unchanged.`,
      );
    }
    const unchanged =
      disk.kind === 'read' ? 'the file on disk is unchanged' : 'nothing was written';
    return failed(`“${name}” could not be saved (${describeFsError(error)}): ${unchanged}.`);
  }
  return { status: 'saved', revision: revision || revisionOf(bytes) };
}

/** `<userData>/backups/<name>-<hash of the path>.tradeoff`: one backup per file. */
export function backupPathFor(userDataDir: string, filePath: string): string {
  const stem = path.basename(filePath).replace(/\.tradeoff$/i, '');
  const safe = stem.replace(/[^\p{L}\p{N} _.-]/gu, '_').slice(0, 60) || 'workshop';
  const key = createHash('sha256').update(filePath).digest('hex').slice(0, 12);
  return path.join(userDataDir, 'backups', `${safe}-${key}.tradeoff`);
}

function safeFileStem(doc: Workshop): string {
  const cleaned = doc.meta.title
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120);
  return cleaned || 'Untitled workshop';
}

function failed(message: string): { status: 'failed'; message: string } {
  return { status: 'failed', message };
}
