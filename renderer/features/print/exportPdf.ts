import type { PrintJob, Request } from '../../../shared/ipc/contract';
import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import { saveWithDialog } from '../exchange/exchange';
import { showError } from '../file-dialogs/ask';
import { withBusy } from '../shell/busy';
import { suggestFileName } from '../shell/fileName';
import { printInPage } from './printInPage';

/**
 * File → Export PDF…: the host prints the roadmap's print view with its own Chromium and saves
 * the PDF where the user chooses. A host without a PDF engine answers `unavailable`; then the
 * same print view goes to the browser's print dialog, whose "Save as PDF" makes the file.
 */

export type PrintFallback = (job: PrintJob) => Promise<void>;

type PdfRequest = Request<'export:pdf'>;

/** Returns true when the host saved a PDF. */
export async function exportRoadmapPdf(
  services: AppServices,
  printFallback: PrintFallback = printInPage,
): Promise<boolean> {
  const doc = services.documents.getState().doc;
  if (!doc) return false;
  const request: PdfRequest = {
    doc,
    workshopFileName: services.ui.getState().session.file?.name ?? null,
    suggestedName: suggestFileName(doc.meta.title).replace(/\.tradeoff$/i, '.pdf'),
  };
  if (await lacksPdfEngine(services, request)) {
    return printWithBrowser(services, request, printFallback);
  }

  let unavailable = false;
  const saved = await saveWithDialog(
    services,
    {
      suggestedName: request.suggestedName,
      extension: '.pdf',
      title: 'Export roadmap PDF',
      busyLabel: 'Making the PDF…',
    },
    async (destination) => {
      const result = await services.api.export.pdf({ ...request, ...destination });
      if (result.status !== 'unavailable') return result;
      unavailable = true;
      return { status: 'cancelled' };
    },
  );
  return unavailable ? printWithBrowser(services, request, printFallback) : saved;
}

/**
 * A browser host is asked first, before the user picks a file name it would then ignore: an
 * in-app host answers a request without a target at once, `unavailable` when it has no engine
 * (it checks that before anything else), and does no work either way. Electron always has one.
 */
async function lacksPdfEngine(services: AppServices, request: PdfRequest): Promise<boolean> {
  if (services.ui.getState().host?.dialogs !== 'in-app') return false;
  try {
    return (await services.api.export.pdf(request)).status === 'unavailable';
  } catch {
    // The export itself will meet the same failure and report it.
    return false;
  }
}

async function pageSizePreference(services: AppServices): Promise<PrintJob['pageSize']> {
  try {
    return (await services.api.prefs.get({})).preferences.pdfPageSize;
  } catch {
    // The print dialog lets the user pick the paper anyway.
    return 'A4';
  }
}

async function printWithBrowser(
  services: AppServices,
  request: PdfRequest,
  printFallback: PrintFallback,
): Promise<boolean> {
  const { ui } = services;
  ui.getState().notify(
    'info',
    'This Tradeoff cannot make PDF files by itself: choose “Save as PDF” in the print dialog.',
  );
  try {
    await withBusy(ui, 'Preparing the roadmap for printing…', async () =>
      printFallback({
        doc: request.doc,
        workshopFileName: request.workshopFileName ?? null,
        pageSize: await pageSizePreference(services),
        requestedAt: new Date().toISOString(),
      }),
    );
  } catch (error) {
    await showError(ui, 'Could not print the roadmap', describeFailure(error));
  }
  // Whether the dialog saved a file is the browser's secret.
  return false;
}
