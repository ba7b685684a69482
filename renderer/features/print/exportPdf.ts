import type { AppServices } from '../../app/services';
import { saveWithDialog } from '../exchange/exchange';
import { suggestFileName } from '../shell/fileName';

/**
 * File → Export PDF…: the host prints the roadmap's print view with its own Chromium and saves
 * the PDF where the user chooses. Returns true when a PDF was saved.
 */
export function exportRoadmapPdf(services: AppServices): Promise<boolean> {
  const doc = services.documents.getState().doc;
  if (!doc) return Promise.resolve(false);
  const workshopFileName = services.ui.getState().session.file?.name ?? null;
  return saveWithDialog(
    services,
    {
      suggestedName: suggestFileName(doc.meta.title).replace(/\.tradeoff$/i, '.pdf'),
      extension: '.pdf',
      title: 'Export roadmap PDF',
      busyLabel: 'Making the PDF…',
    },
    (destination) => services.api.export.pdf({ doc, workshopFileName, ...destination }),
  );
}
