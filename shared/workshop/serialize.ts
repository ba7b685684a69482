import type { Workshop, WorkshopFile } from './schema';
import { FILE_FORMAT, SCHEMA_VERSION } from './schema';

/**
 * The bytes of a `.tradeoff` file: the versioned envelope (STYLE §8), 2-space JSON so that
 * diffs and sync tools stay readable, and a trailing newline. Envelope keys come first so a
 * person (or a quick peek) sees the format and version at the top of the file.
 */
export function serializeWorkshop(doc: Workshop, appVersion: string): string {
  const file: WorkshopFile = {
    format: FILE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    appVersion,
    workshop: doc,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
