import { z } from 'zod';
import { WorkshopSchema } from '../workshop/schema';

/**
 * The one list of every message that crosses the bridge between the renderer and a host
 * (Electron main or the browser host). Preload, main handlers, browser host, renderer client
 * and the test fake are all derived from it (STYLE §1). Channel names are `area:verb`.
 *
 * The renderer never sends a file path: hosts hand out opaque ids (`FileRef.id`) for files and
 * folders that a dialog or the recent list produced, and only accept those back.
 */

const opaqueId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not an id this host handed out');

export const FileRefSchema = z.object({
  id: opaqueId,
  /** File name for the title bar, e.g. `Q3 planning.tradeoff`. */
  name: z.string(),
  /** Human-readable location for menus; never sent back. */
  displayPath: z.string(),
});

const OpenedSchema = z.object({
  status: z.literal('opened'),
  file: FileRefSchema,
  doc: WorkshopSchema,
  /** Opaque token of the content on disk; sent back on save to detect outside changes. */
  revision: z.string(),
  /** Set when the file was upgraded from an older schema version on load. */
  migratedFrom: z.number().int().nullable(),
  /** A file written by a newer Tradeoff: shown, never saved over. */
  readOnly: z.object({ message: z.string() }).nullable(),
});

const OpenFailedSchema = z.object({
  status: z.literal('failed'),
  /** One sentence a facilitator understands: what is wrong with which file. */
  message: z.string(),
  /** For schema errors: the path of the first bad field, e.g. `workshop.items[3].rice.effort`. */
  fieldPath: z.string().nullable(),
});

const CancelledSchema = z.object({ status: z.literal('cancelled') });

export const OpenResultSchema = z.discriminatedUnion('status', [
  OpenedSchema,
  OpenFailedSchema,
  CancelledSchema,
]);

export const SaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), file: FileRefSchema, revision: z.string() }),
  /** The file changed on disk since it was opened or last saved; nothing was written. */
  z.object({ status: z.literal('conflict'), message: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
  CancelledSchema,
]);

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;
export const PageSizeSchema = z.enum(['A4', 'Letter']);

/** Preferences the renderer may read and change (window bounds and recent paths stay host-side). */
export const PreferencesSchema = z.object({
  theme: ThemeSchema,
  pdfPageSize: PageSizeSchema,
});

export const PreferencesResultSchema = z.object({
  preferences: PreferencesSchema,
  /** Set once when the preferences file was damaged and moved aside. */
  notice: z.string().nullable(),
});

export const RecentFileSchema = FileRefSchema.extend({ openedAt: z.string() });

export const FolderEntrySchema = z.object({
  id: opaqueId,
  name: z.string(),
  kind: z.enum(['folder', 'workshop', 'csv']),
  modifiedAt: z.string().nullable(),
});

export const FolderListingSchema = z.object({
  folder: z.object({ id: opaqueId, name: z.string(), displayPath: z.string() }),
  parentId: opaqueId.nullable(),
  entries: z.array(FolderEntrySchema),
});

export const DraftSchema = z.object({
  draftId: opaqueId,
  /** Title of the workshop at the time of the autosave. */
  title: z.string(),
  fileName: z.string().nullable(),
  savedAt: z.string(),
});

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[\\/:*?"<>|]/.test(n) && !hasControlChar(n) && n !== '.' && n !== '..', {
    message: 'a file name, not a path',
  });

function hasControlChar(s: string): boolean {
  return [...s].some((ch) => ch.charCodeAt(0) < 0x20);
}

export const ImportKindSchema = z.enum(['workshop', 'csv']);

export const ExportResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    name: z.string(),
    /** The folder the file went to, for the "Saved … in …" message. */
    displayPath: z.string(),
  }),
  z.object({ status: z.literal('exists'), message: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
  CancelledSchema,
]);

export const PrintJobSchema = z.object({
  doc: WorkshopSchema,
  workshopFileName: z.string().nullable(),
  pageSize: PageSizeSchema,
  /** ISO time the export was asked for, printed in the title block. */
  requestedAt: z.string(),
});

const empty = z.strictObject({});
const ok = z.object({ ok: z.literal(true) });

function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}

/** The largest export the renderer may send (`export:save` content, in characters). */
export const MAX_EXPORT_CONTENT_CHARS = 256 * 1024 * 1024;

export const contract = {
  'app:info': channel(
    empty,
    z.object({
      name: z.string(),
      version: z.string(),
      schemaVersion: z.number().int(),
      host: z.enum(['electron', 'browser']),
      /** `native`: the host shows OS dialogs. `in-app`: the renderer browses with `files:list`. */
      dialogs: z.enum(['native', 'in-app']),
      platform: z.string(),
    }),
  ),
  'workshop:new': channel(empty, z.object({ doc: WorkshopSchema })),
  /** Without `fileId` the host shows its open dialog (native hosts only). */
  'workshop:open': channel(z.strictObject({ fileId: opaqueId.optional() }), OpenResultSchema),
  'workshop:openRecent': channel(z.strictObject({ fileId: opaqueId }), OpenResultSchema),
  'workshop:save': channel(
    z.strictObject({
      fileId: opaqueId,
      doc: WorkshopSchema,
      expectedRevision: z.string(),
      /** Overwrite even though the file changed on disk (the user said so). */
      force: z.boolean().optional(),
    }),
    SaveResultSchema,
  ),
  /** Without `target` the host shows its save dialog (native hosts only). */
  'workshop:saveAs': channel(
    z.strictObject({
      doc: WorkshopSchema,
      suggestedName: fileName.optional(),
      target: z.strictObject({ folderId: opaqueId, fileName }).optional(),
      /** Replace an existing file of that name (the user confirmed). */
      overwrite: z.boolean().optional(),
    }),
    SaveResultSchema.or(z.object({ status: z.literal('exists'), message: z.string() })),
  ),
  /** Forget the grant for a file the renderer no longer shows. */
  'workshop:close': channel(z.strictObject({ fileId: opaqueId.optional() }), ok),
  'recent:list': channel(empty, z.object({ files: z.array(RecentFileSchema) })),
  /** `accept` picks which files are listed beside folders (workshops unless said otherwise). */
  'files:list': channel(
    z.strictObject({ folderId: opaqueId.optional(), accept: ImportKindSchema.optional() }),
    FolderListingSchema,
  ),
  'files:createFolder': channel(
    z.strictObject({ parentId: opaqueId, name: fileName }),
    FolderListingSchema,
  ),
  'recovery:write': channel(
    z.strictObject({
      draftId: opaqueId,
      doc: WorkshopSchema,
      fileName: z.string().max(200).nullable(),
    }),
    ok,
  ),
  'recovery:list': channel(empty, z.object({ drafts: z.array(DraftSchema) })),
  'recovery:restore': channel(
    z.strictObject({ draftId: opaqueId }),
    z.discriminatedUnion('status', [
      z.object({
        status: z.literal('restored'),
        doc: WorkshopSchema,
        fileName: z.string().nullable(),
      }),
      OpenFailedSchema,
    ]),
  ),
  'recovery:discard': channel(z.strictObject({ draftId: opaqueId }), ok),
  'prefs:get': channel(empty, PreferencesResultSchema),
  'prefs:set': channel(PreferencesSchema.partial().strict(), PreferencesResultSchema),
  /** Reads a file to import (CSV). Without `fileId` the host shows its open dialog (native). */
  'import:readFile': channel(
    z.strictObject({ kind: z.literal('csv'), fileId: opaqueId.optional() }),
    z.discriminatedUnion('status', [
      z.object({
        status: z.literal('read'),
        name: z.string(),
        /** The raw bytes, base64: the renderer decodes (UTF-8, UTF-16 or a legacy code page). */
        base64: z.string(),
      }),
      OpenFailedSchema,
      CancelledSchema,
    ]),
  ),
  /** Writes an export the renderer produced (CSV, SVG or PNG) where the user chooses. */
  'export:save': channel(
    z.strictObject({
      format: z.enum(['csv', 'svg', 'png']),
      suggestedName: fileName,
      content: z.string().max(MAX_EXPORT_CONTENT_CHARS),
      encoding: z.enum(['utf8', 'base64']),
      target: z.strictObject({ folderId: opaqueId, fileName }).optional(),
      overwrite: z.boolean().optional(),
    }),
    ExportResultSchema,
  ),
  /**
   * Prints the roadmap's print view to PDF with the host's Chromium and saves it where the user
   * chooses. `unavailable`: this host has no PDF engine; the renderer offers the browser's print.
   */
  'export:pdf': channel(
    z.strictObject({
      doc: WorkshopSchema,
      /** The workshop's file name for the title block, when it has one. */
      workshopFileName: z.string().max(200).nullable(),
      suggestedName: fileName,
      target: z.strictObject({ folderId: opaqueId, fileName }).optional(),
      overwrite: z.boolean().optional(),
    }),
    ExportResultSchema.or(z.object({ status: z.literal('unavailable'), message: z.string() })),
  ),
  /** The print view asks for the job it was opened for (`?print=<jobId>`). */
  'print:job': channel(z.strictObject({ jobId: opaqueId }), PrintJobSchema),
  /** Tells the host whether closing the window must ask first. */
  'window:setDirty': channel(z.strictObject({ dirty: z.boolean() }), ok),
  /** Close the window after the renderer has asked about unsaved changes. */
  'window:close': channel(empty, ok),
} as const;

export const MenuCommandSchema = z.enum([
  'new',
  'open',
  'save',
  'saveAs',
  'close',
  'undo',
  'redo',
  'toggleTheme',
  'exportPdf',
  'about',
]);

/** Messages a host pushes to the renderer. Payloads only; the IPC event never crosses. */
export const events = {
  'menu:command': z.object({ command: MenuCommandSchema, recentFileId: opaqueId.optional() }),
  'window:closeRequested': z.object({}),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Request<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequest<C extends Channel> = z.output<Contract[C]['request']>;
export type Response<C extends Channel> = z.output<Contract[C]['response']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export type FileRef = z.infer<typeof FileRefSchema>;
export type OpenResult = z.infer<typeof OpenResultSchema>;
export type SaveResult = z.infer<typeof SaveResultSchema>;
export type Preferences = z.infer<typeof PreferencesSchema>;
export type RecentFile = z.infer<typeof RecentFileSchema>;
export type FolderListing = z.infer<typeof FolderListingSchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type ImportKind = z.infer<typeof ImportKindSchema>;
export type ExportResult = z.infer<typeof ExportResultSchema>;
export type PrintJob = z.infer<typeof PrintJobSchema>;

export const channels = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
