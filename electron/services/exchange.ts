import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { ExportResult, ParsedRequest, PrintJob, Response } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomicWrite';
import type { ServiceContext } from './context';
import { describeFsError, describeReadError, readLimited } from './diskFiles';
import { NATIVE_DIALOGS_ONLY, resolveInAppTarget } from './inAppTarget';
import { megabytes } from './openWorkshop';
import { displayPath, WORKSHOP_EXTENSION, withExtension } from './paths';
import { ServiceError } from './serviceError';
import type { FileKind } from './types';

/**
 * Files that enter or leave a workshop without being one: CSV imports, and CSV, SVG, PNG and
 * PDF exports. Same path rules as open and save: the renderer names only files and folders the
 * host handed it, every write is atomic, and a failure leaves no partial file.
 */

/** A 20 MB CSV is the large case; leave room for bigger exports from real tools. */
const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const EXTENSIONS: Record<FileKind, string> = {
  workshop: WORKSHOP_EXTENSION,
  csv: '.csv',
  svg: '.svg',
  png: '.png',
  pdf: '.pdf',
};

/** What the bytes of each export must start with, so a mix-up is refused, not written. */
const SIGNATURES: Partial<Record<FileKind, (bytes: Uint8Array) => boolean>> = {
  png: (b) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  pdf: (b) => Buffer.from(b.subarray(0, 5)).toString('latin1') === '%PDF-',
  svg: (b) =>
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(
      Buffer.from(b.subarray(0, 4096)).toString('utf8'),
    ),
};

export async function readImportFile(
  ctx: ServiceContext,
  request: ParsedRequest<'import:readFile'>,
): Promise<Response<'import:readFile'>> {
  let filePath: string;
  if (request.fileId !== undefined) {
    // Ids come from the in-app dialog's CSV listing; with native dialogs the user picks there.
    if (!ctx.confinedHost) return failed(NATIVE_DIALOGS_ONLY);
    const grant = ctx.grants.resolve(request.fileId, 'import');
    if (!grant) return failed('Tradeoff no longer has access to that file: choose it again.');
    if (!(await ctx.checkConfinement(grant))) {
      return failed(`“${path.basename(grant.path)}” is outside the workshop folder.`);
    }
    filePath = grant.path;
  } else if (ctx.deps.dialogs.kind === 'in-app') {
    return failed('Choose a CSV file from the list in the Import dialog.');
  } else {
    const chosen = await ctx.deps.dialogs.showOpen(await ctx.workshopRoot(), request.kind);
    if (chosen === null) return { status: 'cancelled' };
    filePath = path.resolve(chosen);
  }

  const name = path.basename(filePath);
  const read = await readLimited(filePath, MAX_IMPORT_BYTES);
  switch (read.kind) {
    case 'missing':
      return failed(`“${name}” is no longer there: it was moved, renamed or deleted.`);
    case 'folder':
      return failed(`“${name}” is a folder, not a CSV file.`);
    case 'not-a-file':
      return failed(`“${name}” is not a regular file, so it cannot be imported.`);
    case 'too-big':
      return failed(
        `“${name}” is ${megabytes(read.size)}, more than the ${megabytes(MAX_IMPORT_BYTES)} an import can take.`,
      );
    case 'error':
      return failed(`“${name}” could not be read (${describeReadError(read.code)}).`);
    case 'read':
      return { status: 'read', name, base64: Buffer.from(read.bytes).toString('base64') };
  }
}

export function saveExport(
  ctx: ServiceContext,
  request: ParsedRequest<'export:save'>,
): Promise<ExportResult> {
  const expected = request.format === 'png' ? 'base64' : 'utf8';
  if (request.encoding !== expected) {
    return Promise.resolve(
      failedExport(`A ${request.format.toUpperCase()} export must be sent as ${expected}.`),
    );
  }
  const bytes = Buffer.from(request.content, request.encoding);
  return writeExport(ctx, request.format, bytes, request);
}

interface Destination {
  suggestedName: string;
  target?: { folderId: string; fileName: string } | undefined;
  overwrite?: boolean | undefined;
}

/** Asks where (dialog or in-app target), then writes `bytes` atomically. */
async function chooseDestination(
  ctx: ServiceContext,
  kind: FileKind,
  destination: Destination,
): Promise<{ path: string } | ExportResult> {
  const extension = EXTENSIONS[kind];
  if (destination.target) {
    const chosen = await resolveInAppTarget(ctx, destination.target, extension);
    if ('problem' in chosen) return failedExport(chosen.problem);
    if (!destination.overwrite && (await exists(chosen.path))) {
      return {
        status: 'exists',
        message: `A file named “${path.basename(chosen.path)}” already exists in this folder: replace it?`,
      };
    }
    return chosen;
  }
  if (ctx.deps.dialogs.kind === 'in-app') {
    return failedExport('Choose a folder and a file name in the Export dialog.');
  }
  const suggested = withExtension(destination.suggestedName, extension);
  const chosen = await ctx.deps.dialogs.showSave(
    path.join(await ctx.workshopRoot(), suggested),
    kind,
  );
  if (chosen === null) return { status: 'cancelled' };
  // The native dialog already asked before replacing a file, for exactly this path.
  return { path: path.resolve(chosen) };
}

async function writeExport(
  ctx: ServiceContext,
  kind: FileKind,
  bytes: Uint8Array | (() => Promise<Uint8Array>),
  destination: Destination,
): Promise<ExportResult> {
  const chosen = await chooseDestination(ctx, kind, destination);
  if ('status' in chosen) return chosen;
  const name = path.basename(chosen.path);
  let content: Uint8Array;
  try {
    content = typeof bytes === 'function' ? await bytes() : bytes;
  } catch (error) {
    const reason = error instanceof ServiceError ? error.message : 'the print engine failed';
    return failedExport(`“${name}” could not be made: ${reason}. Nothing was written.`);
  }
  const looksRight = SIGNATURES[kind];
  if (looksRight && !looksRight(content)) {
    return failedExport(`That is not ${kind.toUpperCase()} content, so “${name}” was not written.`);
  }
  try {
    await writeFileAtomic(chosen.path, content, ctx.writeOps);
  } catch (error) {
    return failedExport(
      `“${name}” could not be saved (${describeFsError(error)}). Nothing was written.`,
    );
  }
  return { status: 'saved', name, displayPath: displayPath(path.dirname(chosen.path)) };
}

/**
 * PDF export: the host's engine opens the renderer's print view for a job id, the print view
 * fetches the job with `print:job`, draws, and signals it is ready; the engine prints it.
 * Jobs live only while their PDF is being made.
 */
export function createPrintJobs(ctx: ServiceContext) {
  const jobs = new Map<string, PrintJob>();

  return {
    job(request: ParsedRequest<'print:job'>): Promise<PrintJob> {
      const job = jobs.get(request.jobId);
      if (!job) throw new ServiceError('That print job is finished or was never started.');
      return Promise.resolve(job);
    },

    async exportPdf(request: ParsedRequest<'export:pdf'>): Promise<Response<'export:pdf'>> {
      const engine = ctx.deps.pdf;
      if (!engine) {
        return {
          status: 'unavailable',
          message: 'This Tradeoff has no PDF engine; print the roadmap from the browser instead.',
        };
      }
      const pageSize = ctx.deps.preferences.read().pdfPageSize;
      const render = async () => {
        const jobId = randomBytes(18).toString('base64url');
        jobs.set(jobId, {
          doc: request.doc,
          workshopFileName: request.workshopFileName,
          pageSize,
          requestedAt: ctx.now().toISOString(),
        });
        try {
          return await engine.print({ jobId, pageSize });
        } finally {
          jobs.delete(jobId);
        }
      };
      return writeExport(ctx, 'pdf', render, request);
    },
  };
}

async function exists(filePath: string): Promise<boolean> {
  return access(filePath).then(
    () => true,
    () => false,
  );
}

function failed(message: string) {
  return { status: 'failed' as const, message, fieldPath: null };
}

function failedExport(message: string): ExportResult {
  return { status: 'failed', message };
}
