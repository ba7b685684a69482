import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Draft, ParsedRequest, Response } from '../../shared/ipc/contract';
import { parseWorkshopText } from '../../shared/workshop/load';
import { serializeWorkshop } from '../../shared/workshop/serialize';
import { errnoCode, writeFileAtomic } from './atomicWrite';
import { compiledWorkshopSchema } from './compiledSchemas';
import type { ServiceContext } from './context';
import { decodeUtf8, readLimited } from './diskFiles';
import { PRIVATE_FILE_MODE, ensurePrivateDir } from './privateFiles';

/**
 * Autosaved drafts (issue 2, "Never lose work"): `<userData>/recovery/<draftId>.json`, written
 * atomically and readable by the user alone (privateFiles), holding
 * `{ savedAt, title, fileName, text }` where `text` is the full `.tradeoff` text of the
 * unsaved workshop. After a crash the next start lists them and offers to restore.
 * A damaged draft is listed with its problem (in the title, until the contract carries one) and
 * never breaks the listing.
 */
const DRAFT_ID = /^[A-Za-z0-9_-]{8,64}$/;

const DraftFileSchema = z.object({
  savedAt: z.string().max(64),
  title: z.string().max(200),
  fileName: z.string().max(200).nullable(),
  text: z.string(),
});

function recoveryDir(ctx: ServiceContext): string {
  return path.join(ctx.deps.userDataDir, 'recovery');
}

function draftPath(ctx: ServiceContext, draftId: string): string {
  // The contract already restricts ids to [A-Za-z0-9_-]; checked again because this builds a path.
  if (!DRAFT_ID.test(draftId)) throw new Error('Invalid draft id.');
  return path.join(recoveryDir(ctx), `${draftId}.json`);
}

export async function writeDraft(
  ctx: ServiceContext,
  request: ParsedRequest<'recovery:write'>,
): Promise<{ ok: true }> {
  const file = draftPath(ctx, request.draftId);
  const record = {
    savedAt: ctx.now().toISOString(),
    title: request.doc.meta.title,
    fileName: request.fileName,
    text: serializeWorkshop(request.doc, ctx.deps.app.version),
  };
  await ensurePrivateDir(recoveryDir(ctx));
  await ctx.serialize(file, () =>
    writeFileAtomic(file, JSON.stringify(record), ctx.writeOps, { mode: PRIVATE_FILE_MODE }),
  );
  return { ok: true };
}

type DraftRead =
  | { kind: 'ok'; record: z.infer<typeof DraftFileSchema> }
  | { kind: 'missing' }
  | { kind: 'damaged'; problem: string };

async function readDraft(ctx: ServiceContext, draftId: string): Promise<DraftRead> {
  const read = await readLimited(draftPath(ctx, draftId), ctx.maxOpenBytes);
  if (read.kind === 'missing') return { kind: 'missing' };
  if (read.kind === 'too-big') return { kind: 'damaged', problem: 'it is too large' };
  if (read.kind === 'not-a-file') return { kind: 'damaged', problem: 'it is not a file' };
  if (read.kind !== 'read') return { kind: 'damaged', problem: 'it cannot be read' };
  const text = decodeUtf8(read.bytes);
  if (text === null) return { kind: 'damaged', problem: 'it is not text' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'damaged', problem: 'it was cut off or is not JSON' };
  }
  const parsed = DraftFileSchema.safeParse(raw);
  return parsed.success
    ? { kind: 'ok', record: parsed.data }
    : { kind: 'damaged', problem: 'it is not a Tradeoff draft' };
}

export async function listDrafts(ctx: ServiceContext): Promise<{ drafts: Draft[] }> {
  let names: string[];
  try {
    names = await readdir(recoveryDir(ctx));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { drafts: [] };
    throw error;
  }
  const drafts: Draft[] = [];
  for (const name of names) {
    const draftId = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
    if (!DRAFT_ID.test(draftId)) continue;
    const read = await readDraft(ctx, draftId).catch((): DraftRead => ({
      kind: 'damaged',
      problem: 'it cannot be read',
    }));
    if (read.kind === 'missing') continue;
    if (read.kind === 'ok') {
      const { savedAt, title, fileName } = read.record;
      drafts.push({ draftId, savedAt, title, fileName });
    } else {
      const info = await stat(draftPath(ctx, draftId)).catch(() => null);
      drafts.push({
        draftId,
        savedAt: info ? info.mtime.toISOString() : '',
        title: `Damaged autosave (${read.problem})`,
        fileName: null,
      });
    }
  }
  drafts.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  return { drafts };
}

export async function restoreDraft(
  ctx: ServiceContext,
  request: ParsedRequest<'recovery:restore'>,
): Promise<Response<'recovery:restore'>> {
  const read = await readDraft(ctx, request.draftId);
  if (read.kind === 'missing') {
    return {
      status: 'failed',
      message: 'That autosaved draft is no longer there.',
      fieldPath: null,
    };
  }
  if (read.kind === 'damaged') {
    return {
      status: 'failed',
      message: `That autosaved draft cannot be restored: ${read.problem}.`,
      fieldPath: null,
    };
  }
  const outcome = parseWorkshopText(read.record.text, {
    subject: 'The autosaved draft',
    schema: compiledWorkshopSchema,
  });
  if (outcome.status === 'failed') {
    return { status: 'failed', message: outcome.message, fieldPath: outcome.fieldPath };
  }
  if (outcome.status === 'read-only') {
    return {
      status: 'failed',
      message: `The autosaved draft was written by a newer Tradeoff (file format version ${outcome.schemaVersion}) and cannot be restored by this one.`,
      fieldPath: null,
    };
  }
  return { status: 'restored', doc: outcome.doc, fileName: read.record.fileName };
}

export async function discardDraft(
  ctx: ServiceContext,
  request: ParsedRequest<'recovery:discard'>,
): Promise<{ ok: true }> {
  try {
    await unlink(draftPath(ctx, request.draftId));
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  return { ok: true };
}
