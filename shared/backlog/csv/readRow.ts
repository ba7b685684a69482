import { BacklogItemSchema, type Settings, TrackSchema } from '../../workshop/schema';
import {
  NOT_A_NUMBER,
  RICE_FIELDS,
  RICE_FIELD_LABELS,
  type RiceField,
  validateRiceInput,
} from '../rice';
import { isWebLink, splitTags, uniqueTags, unescapeCellText } from './cells';
import type { ColumnMapping } from './mapping';
import type { CsvRow, CsvTable } from './parse';

/**
 * What one CSV row says about an item, under a mapping: cleaned, validated values, or the
 * reasons the row cannot be imported. Blank cells are `null` ("the file says nothing"), so a
 * re-import never erases what the room typed in.
 */

export interface RowValues {
  title: string;
  description: string | null;
  key: string | null;
  url: string | null;
  trackName: string | null;
  tags: string[] | null;
  rice: Partial<Record<RiceField, number>>;
}

export type RowReading =
  { ok: true; values: RowValues; warnings: string[] } | { ok: false; reasons: string[] };

const limit = (value: number | null, fallback: number) => value ?? fallback;
export const TITLE_MAX = limit(BacklogItemSchema.shape.title.maxLength, 500);
export const DESCRIPTION_MAX = limit(BacklogItemSchema.shape.description.maxLength, 20_000);
export const KEY_MAX = limit(BacklogItemSchema.shape.externalKey.unwrap().maxLength, 120);
export const URL_MAX = limit(BacklogItemSchema.shape.externalUrl.unwrap().maxLength, 2_000);
export const TAG_MAX = limit(BacklogItemSchema.shape.tags.element.maxLength, 80);
export const TRACK_NAME_MAX = limit(TrackSchema.shape.name.maxLength, 80);
/** `BacklogItemSchema.tags` holds at most this many (a test checks the two agree). */
export const MAX_TAGS = 100;

export function readRow(
  row: CsvRow,
  table: Pick<CsvTable, 'columns'>,
  mapping: ColumnMapping,
  settings: Pick<Settings, 'impactLevels' | 'confidenceLevels'>,
): RowReading {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const rawTitle = cellAt(row, mapping.fields.title);
  let title =
    rawTitle === null ? '' : unescapeCellText(rawTitle.trim()).replace(/\s*[\r\n]+\s*/g, ' ');
  if (title === '') reasons.push('Missing title');
  if (title.length > TITLE_MAX) {
    title = title.slice(0, TITLE_MAX);
    warnings.push(`title shortened to ${TITLE_MAX} characters`);
  }

  const rawDescription = cellAt(row, mapping.fields.description);
  let description = rawDescription === null ? null : unescapeCellText(rawDescription);
  if (description !== null && description.length > DESCRIPTION_MAX) {
    description = description.slice(0, DESCRIPTION_MAX);
    warnings.push(`description shortened to ${DESCRIPTION_MAX.toLocaleString('en-US')} characters`);
  }

  const rawKey = cellAt(row, mapping.fields.key);
  const key = rawKey === null ? null : unescapeCellText(rawKey.trim());
  if (key !== null && key.length > KEY_MAX)
    reasons.push(`Key is longer than ${KEY_MAX} characters`);

  const rawUrl = cellAt(row, mapping.fields.url);
  let url = rawUrl === null ? null : unescapeCellText(rawUrl.trim());
  if (url !== null && (!isWebLink(url) || url.length > URL_MAX)) {
    warnings.push(
      `link left out: only http and https links of up to ${URL_MAX} characters are kept`,
    );
    url = null;
  }

  const rawTrack = cellAt(row, mapping.fields.track);
  const trackName =
    rawTrack === null ? null : unescapeCellText(rawTrack.trim()).slice(0, TRACK_NAME_MAX);

  const tags = readTags(row, mapping.tags, warnings);

  const rice: RowValues['rice'] = {};
  for (const field of RICE_FIELDS) {
    const index = mapping.fields[field];
    const raw = cellAt(row, index);
    if (raw === null) continue;
    const result = validateRiceInput(field, raw, {
      scales: settings,
      numberStyle: mapping.numberStyle,
      confidenceScale: mapping.confidenceScale,
    });
    if (!result.ok) {
      const shown = `${columnName(table, index)}: "${raw.trim()}"`;
      reasons.push(
        result.reason === NOT_A_NUMBER
          ? `${RICE_FIELD_LABELS[field]} must be a number (${shown})`
          : `${result.reason} (${shown})`,
      );
    } else if (result.value !== null) {
      rice[field] = result.value;
    }
  }

  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, values: { title, description, key, url, trackName, tags, rice }, warnings };
}

/** The cell's text, or null when it is blank or the field is not mapped. */
function cellAt(row: CsvRow, index: number | null): string | null {
  if (index === null) return null;
  const text = row.cells[index] ?? '';
  return text.trim() === '' ? null : text;
}

function columnName(table: Pick<CsvTable, 'columns'>, index: number | null): string {
  return index === null ? '' : (table.columns[index]?.name ?? `Column ${index + 1}`);
}

function readTags(row: CsvRow, columns: readonly number[], warnings: string[]): string[] | null {
  const found: string[] = [];
  let present = false;
  let shortened = false;
  for (const index of columns) {
    const text = cellAt(row, index);
    if (text === null) continue;
    present = true;
    for (const tag of splitTags(text)) {
      if (tag.length <= TAG_MAX) {
        found.push(tag);
      } else {
        shortened = true;
        found.push(tag.slice(0, TAG_MAX).trim());
      }
    }
  }
  if (!present) return null;
  const tags = uniqueTags(found);
  if (shortened) warnings.push(`tags shortened to ${TAG_MAX} characters`);
  if (tags.length > MAX_TAGS) {
    warnings.push(`only the first ${MAX_TAGS} of ${tags.length} tags kept`);
    return tags.slice(0, MAX_TAGS);
  }
  return tags;
}
