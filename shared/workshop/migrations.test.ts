import { describe, expect, it } from 'vitest';
import type { MigrationStep } from './migrations';
import { MigrationError, MIGRATIONS, migrate } from './migrations';
import { SCHEMA_VERSION } from './schema';

/** A synthetic v1 → v2 → v3 chain: renames a field, then wraps a value. */
const chain: Record<number, MigrationStep> = {
  1: {
    describe: 'v1 → v2: `name` becomes `title`',
    up: (raw) => {
      const { name, ...rest } = raw as { name: string };
      return { ...rest, title: name };
    },
  },
  2: {
    describe: 'v2 → v3: `title` becomes `{ text }`',
    up: (raw) => ({ ...(raw as object), title: { text: (raw as { title: string }).title } }),
  },
};

describe('migrate', () => {
  it('runs every step from the file version to the target, in order', () => {
    expect(migrate({ name: 'Q3', keep: 1 }, 1, chain, 3)).toEqual({
      keep: 1,
      title: { text: 'Q3' },
    });
  });

  it('starts at the file version, skipping older steps', () => {
    expect(migrate({ title: 'Q3' }, 2, chain, 3)).toEqual({ title: { text: 'Q3' } });
  });

  it('returns the payload unchanged when the file is already current', () => {
    const raw = { any: 'thing' };
    expect(migrate(raw, 3, chain, 3)).toBe(raw);
  });

  it('reports a missing step', () => {
    const gap = { 1: chain[1]! };
    expect(() => migrate({ name: 'x' }, 1, gap, 3)).toThrow(
      /no upgrade from file format version 2 to 3/,
    );
  });

  it('reports a step that fails, naming the versions', () => {
    const broken: Record<number, MigrationStep> = {
      1: {
        describe: 'broken',
        up: () => {
          throw new Error('items is not a list');
        },
      },
    };
    const run = () => migrate({}, 1, broken, 2);
    expect(run).toThrow(MigrationError);
    expect(run).toThrow('the upgrade from file format version 1 to 2 failed: items is not a list');
  });

  it.each([0, -1, 1.5, 4, Number.NaN])('refuses a start version of %s', (from) => {
    expect(() => migrate({}, from, chain, 3)).toThrow(MigrationError);
  });

  it('has a registered step for every version older than the current one', () => {
    for (let version = 1; version < SCHEMA_VERSION; version++) {
      expect(MIGRATIONS[version], `missing migration from v${version}`).toBeDefined();
    }
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .every((v) => v < SCHEMA_VERSION),
    ).toBe(true);
  });
});
