import type { Workshop } from './schema';
import { FILE_FORMAT, SCHEMA_VERSION, WorkshopSchema } from './schema';
import { describeIssue, formatPath } from './describeIssue';
import { lineAndColumn, scanJson } from './jsonScan';
import type { MigrationStep } from './migrations';
import { MigrationError, MIGRATIONS, migrate } from './migrations';

/**
 * Reads the text of a `.tradeoff` file into a workshop, or explains in one sentence why it
 * cannot. Pure (no Node, no DOM) and total: it never throws, whatever the text. Opening a file
 * never changes it: a migrated or newer file is only rewritten when the user saves it.
 */
export type LoadProblem =
  | 'empty'
  | 'truncated'
  | 'not-json'
  | 'foreign'
  | 'invalid'
  | 'newer-unreadable'
  | 'migration-failed';

export type LoadOutcome =
  | {
      status: 'ok';
      doc: Workshop;
      /** The file's older schemaVersion when it was upgraded on load, else null. */
      migratedFrom: number | null;
      schemaVersion: number;
    }
  | {
      /** Written by a newer Tradeoff whose workshop still reads with today's schema. */
      status: 'read-only';
      doc: Workshop;
      message: string;
      schemaVersion: number;
    }
  | {
      status: 'failed';
      problem: LoadProblem;
      /** One sentence: what is wrong with the file. */
      message: string;
      /** For schema errors, the first bad field, e.g. `workshop.items[3].rice.effort`. */
      fieldPath: string | null;
    };

export interface LoadOptions {
  /** Names the file in messages ("“Q3.tradeoff” is empty."); otherwise "This file". */
  fileName?: string;
  /** Overrides the subject of messages, e.g. "The autosaved draft". */
  subject?: string;
  /**
   * The schema that validates the workshop. Node hosts pass a `z.compile`d copy (same results and
   * issues, several times faster); pages keep the plain one, since compiling needs `eval`.
   */
  schema?: typeof WorkshopSchema;
  /** Tests inject a synthetic chain; the app uses the registry in migrations.ts. */
  migrations?: Readonly<Record<number, MigrationStep>>;
  currentVersion?: number;
}

export function parseWorkshopText(text: string, options: LoadOptions = {}): LoadOutcome {
  try {
    return parse(text, options);
  } catch {
    // Belt and braces: every known failure is handled below; anything else still gets words.
    return failed('invalid', `${subject(options)} could not be read as a workshop.`);
  }
}

function parse(text: string, options: LoadOptions): LoadOutcome {
  const current = options.currentVersion ?? SCHEMA_VERSION;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const it = subject(options);

  if (body.trim() === '') return failed('empty', `${it} is empty: it holds no workshop.`);

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return notJson(body, options);
  }

  if (!isRecord(raw) || raw.format !== FILE_FORMAT) {
    return failed(
      'foreign',
      `${it} is not a Tradeoff workshop: it holds JSON, but not the "format": "tradeoff" that every workshop file starts with.`,
    );
  }

  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failed(
      'invalid',
      `${it} is damaged: its schemaVersion ${version === undefined ? 'is missing' : 'should be a whole number from 1 up'}.`,
      'schemaVersion',
    );
  }

  const app = typeof raw.appVersion === 'string' ? ` (${raw.appVersion.slice(0, 40)})` : '';
  if (version > current) {
    const parsed = (options.schema ?? WorkshopSchema).safeParse(raw.workshop);
    const versions = `${it} was saved by a newer Tradeoff${app} in file format version ${version}; this Tradeoff reads versions up to ${current}`;
    if (!parsed.success) {
      return failed(
        'newer-unreadable',
        `${versions} and cannot show it: update Tradeoff to open it.`,
      );
    }
    return {
      status: 'read-only',
      doc: parsed.data,
      schemaVersion: version,
      message: `${versions}, so it is open read-only: nothing in it will be overwritten, and Save As keeps your changes in a new file.`,
    };
  }

  let workshop: unknown = raw.workshop;
  if (version < current) {
    try {
      workshop = migrate(workshop, version, options.migrations ?? MIGRATIONS, current);
    } catch (error) {
      const why = error instanceof MigrationError ? error.message : 'the upgrade failed';
      return failed(
        'migration-failed',
        `${it} uses file format version ${version} and could not be upgraded to version ${current}: ${why}.`,
      );
    }
  }

  const parsed = (options.schema ?? WorkshopSchema).safeParse(workshop);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return failed('invalid', `${it} is not a valid workshop.`);
    const path = formatPath(['workshop', ...issue.path]);
    return failed(
      'invalid',
      `${it} has a problem at ${path}: it ${describeIssue(issue, workshop)}.`,
      path,
    );
  }

  return {
    status: 'ok',
    doc: parsed.data,
    migratedFrom: version < current ? version : null,
    schemaVersion: version,
  };
}

function notJson(body: string, options: LoadOptions): LoadOutcome {
  const it = subject(options);
  const scan = scanJson(body);
  if (scan.kind === 'eof' && body.trimStart().startsWith('{')) {
    return failed(
      'truncated',
      `${it} ends early: the workshop in it was cut off (an interrupted copy or sync?), so it cannot be opened.`,
    );
  }
  const where =
    scan.kind === 'bad'
      ? (() => {
          const { line, column } = lineAndColumn(body, scan.offset);
          return ` (unexpected ${describeChar(body, scan.offset)} at line ${line}, column ${column})`;
        })()
      : '';
  return failed('not-json', `${it} is not a Tradeoff workshop: its content is not JSON${where}.`);
}

function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  if (code === undefined) return 'end of text';
  if (code < 0x20 || code === 0x7f || code === 0xfffd) return 'a control or binary character';
  return JSON.stringify(String.fromCodePoint(code));
}

function subject(options: LoadOptions): string {
  if (options.subject) return options.subject;
  return options.fileName ? `“${options.fileName}”` : 'This file';
}

function failed(
  problem: LoadProblem,
  message: string,
  fieldPath: string | null = null,
): LoadOutcome {
  return { status: 'failed', problem, message, fieldPath };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The schemaVersion a file on disk declares, or null when it is not a Tradeoff file at all.
 * Save uses it to refuse overwriting a file written by a newer Tradeoff.
 */
export function readDeclaredVersion(text: string): number | null {
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const raw: unknown = JSON.parse(body);
    if (!isRecord(raw) || raw.format !== FILE_FORMAT) return null;
    return typeof raw.schemaVersion === 'number' ? raw.schemaVersion : null;
  } catch {
    return null;
  }
}
