import { SCHEMA_VERSION } from './schema';

/**
 * The chain that upgrades an older `.tradeoff` file's `workshop` payload to the current schema
 * (STYLE §8). Each step turns the raw payload of version `from` into the raw payload of version
 * `from + 1`; steps see untyped data because the old shape is, by definition, not today's schema.
 *
 * Adding a version: bump SCHEMA_VERSION in schema.ts, register `MIGRATIONS[old]` here, add a
 * fixture file of the old version under test/fixtures/workshops/ and a test that it opens.
 * Never change what a saved field means in place: migrate it.
 */
export interface MigrationStep {
  /** One line for reviewers, e.g. "v1 → v2: split rice.reach into reach + reachPeriod". */
  readonly describe: string;
  readonly up: (workshop: unknown) => unknown;
}

/** Keyed by the version a step upgrades FROM. Version 1 is the first format: nothing to do yet. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly fromVersion: number,
    readonly failedStep: number | null,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Runs the steps `fromVersion → … → toVersion` in order. Throws `MigrationError` when a step is
 * missing or fails; `parseWorkshopText` turns that into a message and never lets it escape.
 */
export function migrate(
  workshop: unknown,
  fromVersion: number,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
  toVersion: number = SCHEMA_VERSION,
): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > toVersion) {
    throw new MigrationError(
      `file format version ${fromVersion} cannot be upgraded to version ${toVersion}`,
      fromVersion,
      null,
    );
  }
  let current = workshop;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = Object.hasOwn(steps, version) ? steps[version] : undefined;
    if (!step) {
      throw new MigrationError(
        `there is no upgrade from file format version ${version} to ${version + 1}`,
        fromVersion,
        version,
      );
    }
    try {
      current = step.up(current);
    } catch (cause) {
      const detail = cause instanceof Error ? `: ${cause.message}` : '';
      throw new MigrationError(
        `the upgrade from file format version ${version} to ${version + 1} failed${detail}`,
        fromVersion,
        version,
      );
    }
  }
  return current;
}
