import Papa from 'papaparse';
import type { BacklogItem, Settings } from '../../workshop/schema';
import { computedOrder, manualOrder } from '../ranking';
import { riceValue } from '../rice';
import { escapeCellText, joinTags } from './cells';

/**
 * The scored backlog as CSV, in the room's manual order, with both ranks, the RICE inputs and
 * the score. Headers are the names `proposeMapping` recognises, so importing the file again
 * with the proposed mapping gives back the same items (see export.test.ts): text is protected
 * against spreadsheet formulas in a way the import undoes, numbers are written in full
 * precision, confidence with a "%".
 */

export const EXPORT_HEADERS = [
  'Manual rank',
  'Computed rank',
  'Title',
  'Description',
  'Key',
  'URL',
  'Track',
  'Tags',
  'Reach',
  'Impact',
  'Confidence',
  'Effort',
  'RICE score',
] as const;

/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\ufeff';

const number = (value: number | null) => (value === null ? '' : String(value));

export function exportBacklogCsv(
  items: readonly BacklogItem[],
  settings: Pick<Settings, 'tracks'>,
): string {
  const trackNames = new Map(settings.tracks.map((track) => [track.id, track.name]));
  const computedRank = new Map<string, number>();
  computedOrder(items).forEach((item, index) => {
    if (riceValue(item.rice) !== null) computedRank.set(item.id, index + 1);
  });

  const data = manualOrder(items).map((item, index) => {
    const score = riceValue(item.rice);
    const { reach, impact, confidence, effort } = item.rice;
    return [
      String(index + 1),
      number(computedRank.get(item.id) ?? null),
      escapeCellText(item.title),
      escapeCellText(item.description),
      escapeCellText(item.externalKey ?? ''),
      escapeCellText(item.externalUrl ?? ''),
      escapeCellText(item.trackId === null ? '' : (trackNames.get(item.trackId) ?? '')),
      joinTags(item.tags),
      number(reach),
      number(impact),
      confidence === null ? '' : `${String(confidence)}%`,
      number(effort),
      // Six significant digits: enough to sort by in a spreadsheet, short enough to read.
      score === null ? '' : String(Number(score.toPrecision(6))),
    ];
  });
  return (
    BYTE_ORDER_MARK +
    Papa.unparse({ fields: [...EXPORT_HEADERS], data }, { newline: '\r\n', header: true })
  );
}
