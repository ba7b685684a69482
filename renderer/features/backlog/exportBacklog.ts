import { exportBacklogCsv } from '../../../shared/backlog/csv/export';
import type { AppServices } from '../../app/services';
import { saveExportFile } from '../exchange/exchange';
import { suggestFileName } from '../shell/fileName';

/** "Q3 planning backlog.csv": the workshop's title, made safe for a file name. */
export function exportFileName(title: string): string {
  const workshop = suggestFileName(title).replace(/\.tradeoff$/i, '');
  return `${workshop} backlog.csv`;
}

/**
 * The scored backlog as CSV (both ranks, RICE inputs and score, track, tags, key and link),
 * saved where the user chooses; the file imports back into the same items.
 */
export async function exportBacklog(services: AppServices): Promise<boolean> {
  const doc = services.documents.getState().doc;
  if (doc === null) return false;
  return saveExportFile(services, {
    format: 'csv',
    suggestedName: exportFileName(doc.meta.title),
    content: exportBacklogCsv(doc.items, doc.settings),
  });
}
