import { SCHEMA_VERSION } from '../../shared/workshop/schema';
import { createWorkshop } from '../../shared/workshop/defaults';
import { createContext, type ServiceContext } from './context';
import { createPrintJobs, readImportFile, saveExport } from './exchange';
import { createFolder, listFolder } from './folderBrowser';
import { openGranted, openWorkshop } from './openWorkshop';
import { listRecent } from './recentFiles';
import { discardDraft, listDrafts, restoreDraft, writeDraft } from './recovery';
import { saveWorkshop, saveWorkshopAs } from './saveWorkshop';
import type { ServiceDeps, ServiceHandlers, StoredPreferences } from './types';

/**
 * Every contract channel except `window:*`, for both hosts. Requests arrive already parsed by
 * the dispatcher; side effects come only from `deps` and the file system (STYLE §4). A host that
 * grants paths itself (Electron, for files the OS asks it to open) passes the context it shares.
 */
export function createServices(
  deps: ServiceDeps,
  ctx: ServiceContext = createContext(deps),
): ServiceHandlers {
  const printJobs = createPrintJobs(ctx);

  const preferencesResult = () => {
    const { theme, pdfPageSize } = deps.preferences.read();
    return { preferences: { theme, pdfPageSize }, notice: deps.preferences.takeNotice() };
  };

  return {
    'app:info': async () => ({
      name: deps.app.name,
      version: deps.app.version,
      schemaVersion: SCHEMA_VERSION,
      host: deps.app.host,
      dialogs: deps.dialogs.kind,
      platform: deps.app.platform,
    }),
    'workshop:new': async () => ({ doc: createWorkshop(ctx.now()) }),
    'workshop:open': (request) => openWorkshop(ctx, request),
    'workshop:openRecent': (request) => openGranted(ctx, request.fileId),
    'workshop:save': (request) => saveWorkshop(ctx, request),
    'workshop:saveAs': (request) => saveWorkshopAs(ctx, request),
    'workshop:close': async (request) => {
      if (request.fileId !== undefined) ctx.grants.forget(request.fileId);
      return { ok: true };
    },
    'recent:list': () => listRecent(ctx),
    'files:list': (request) => listFolder(ctx, request),
    'files:createFolder': (request) => createFolder(ctx, request),
    'recovery:write': (request) => writeDraft(ctx, request),
    'recovery:list': () => listDrafts(ctx),
    'recovery:restore': (request) => restoreDraft(ctx, request),
    'recovery:discard': (request) => discardDraft(ctx, request),
    'import:readFile': (request) => readImportFile(ctx, request),
    'export:save': (request) => saveExport(ctx, request),
    'export:pdf': (request) => printJobs.exportPdf(request),
    'print:job': (request) => printJobs.job(request),
    'prefs:get': async () => preferencesResult(),
    'prefs:set': async (request) => {
      const current = deps.preferences.read();
      const next: StoredPreferences = {
        ...current,
        ...(request.theme !== undefined ? { theme: request.theme } : {}),
        ...(request.pdfPageSize !== undefined ? { pdfPageSize: request.pdfPageSize } : {}),
      };
      await deps.preferences.write(next);
      return preferencesResult();
    },
  };
}
