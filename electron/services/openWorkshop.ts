import path from 'node:path';
import type { OpenResult, ParsedRequest } from '../../shared/ipc/contract';
import { parseWorkshopText } from '../../shared/workshop/load';
import { compiledWorkshopSchema } from './compiledSchemas';
import type { ServiceContext } from './context';
import { decodeUtf8, describeReadError, readLimited } from './diskFiles';

/**
 * `workshop:open` and `workshop:openRecent`. Opening never writes the workshop file (a migrated
 * or newer file is rewritten only when the user saves it); it only records the file in the
 * recent list. Every failure is one sentence naming the file.
 */
export async function openWorkshop(
  ctx: ServiceContext,
  request: ParsedRequest<'workshop:open'>,
): Promise<OpenResult> {
  if (request.fileId !== undefined) return openGranted(ctx, request.fileId);

  if (ctx.deps.dialogs.kind === 'in-app') {
    return failed('Choose a workshop from the list in the Open dialog.');
  }
  const root = await ctx.workshopRoot();
  const chosen = await ctx.deps.dialogs.showOpen(root);
  if (chosen === null) return { status: 'cancelled' };
  return openPath(ctx, path.resolve(chosen), false);
}

export async function openGranted(ctx: ServiceContext, fileId: string): Promise<OpenResult> {
  const grant = ctx.grants.resolve(fileId, 'workshop');
  if (!grant) {
    return failed(
      'Tradeoff no longer has access to that file: choose it again in the Open dialog.',
    );
  }
  if (!(await ctx.checkConfinement(grant))) {
    return failed(
      `“${path.basename(grant.path)}” is outside the workshop folder, so it was not opened.`,
    );
  }
  return openPath(ctx, grant.path, grant.confined);
}

async function openPath(
  ctx: ServiceContext,
  filePath: string,
  confined: boolean,
): Promise<OpenResult> {
  const name = path.basename(filePath);
  const read = await readLimited(filePath, ctx.maxOpenBytes);
  switch (read.kind) {
    case 'missing':
      return failed(`“${name}” is no longer there: it was moved, renamed or deleted.`);
    case 'folder':
      return failed(`“${name}” is a folder, not a workshop file.`);
    case 'not-a-file':
      return failed(`“${name}” is not a regular file, so it cannot be a Tradeoff workshop.`);
    case 'too-big':
      return failed(
        `“${name}” is ${megabytes(read.size)}, more than the ${megabytes(ctx.maxOpenBytes)} a workshop file can hold, so it was not opened.`,
      );
    case 'error':
      return failed(`“${name}” could not be read (${describeReadError(read.code)}).`);
    case 'read':
      break;
  }

  const text = decodeUtf8(read.bytes);
  if (text === null) {
    return failed(`“${name}” is not a text file, so it cannot be a Tradeoff workshop.`);
  }
  const outcome = parseWorkshopText(text, { fileName: name, schema: compiledWorkshopSchema });
  if (outcome.status === 'failed') {
    return { status: 'failed', message: outcome.message, fieldPath: outcome.fieldPath };
  }

  const file = ctx.fileRef(filePath, confined);
  const grant = ctx.grants.resolve(file.id, 'workshop');
  if (grant) grant.known = { revision: read.revision, schemaVersion: outcome.schemaVersion };
  await ctx.addRecent(filePath);
  return {
    status: 'opened',
    file,
    doc: outcome.doc,
    revision: read.revision,
    migratedFrom: outcome.status === 'ok' ? outcome.migratedFrom : null,
    readOnly: outcome.status === 'read-only' ? { message: outcome.message } : null,
  };
}

function failed(message: string): OpenResult {
  return { status: 'failed', message, fieldPath: null };
}

export function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
