import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkshop } from '../../../shared/workshop/defaults';
import type { Workshop } from '../../../shared/workshop/schema';
import { FILE_FORMAT, SCHEMA_VERSION } from '../../../shared/workshop/schema';
import { serializeWorkshop } from '../../../shared/workshop/serialize';

/**
 * Files a test puts in the workshop folder before the app sees them: good ones and every kind
 * of damage issue 2 names ("damaged, truncated, non-JSON or foreign", newer version, bad field).
 */

const FIXED_DAY = new Date('2025-03-14T09:00:00Z');

/** The checked-in example files (see its README.md for what each one is). */
export const WORKSHOP_FIXTURES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/workshops',
);

export function workshopDocument(edit: (doc: Workshop) => void = () => undefined): Workshop {
  const doc = createWorkshop(FIXED_DAY);
  edit(doc);
  return doc;
}

export function workshopFileText(doc: Workshop = workshopDocument()): string {
  return serializeWorkshop(doc, '0.1.0');
}

export type Damage =
  /** Cut off in the middle, as by a full disk or an interrupted copy. */
  | 'truncated'
  /** Not JSON at all: another program's file given our extension. */
  | 'not-json'
  /** Valid JSON that is not a Tradeoff workshop. */
  | 'foreign'
  /** A workshop whose first backlog item has a negative effort (path `workshop.items[0].rice.effort`). */
  | 'bad-field'
  /** Written by a later Tradeoff (schemaVersion + 1). */
  | 'newer';

export function damagedFileText(damage: Damage): string {
  switch (damage) {
    case 'truncated': {
      const whole = workshopFileText();
      return whole.slice(0, Math.floor(whole.length / 2));
    }
    case 'not-json':
      return 'Title,Reach,Impact\nFaster builds,200,2\n';
    case 'foreign':
      return `${JSON.stringify({ name: 'my-package', version: '1.0.0', dependencies: {} }, null, 2)}\n`;
    case 'bad-field':
      return workshopFileText(
        workshopDocument((doc) => {
          doc.items.push({
            id: 'item-1',
            title: 'Cut P99 latency of the storage API',
            description: '',
            trackId: null,
            tags: [],
            externalKey: null,
            externalUrl: null,
            rice: { reach: 100, impact: 2, confidence: 80, effort: -3 },
            rank: 'a0',
            scores: {},
            marketModelId: null,
          });
        }),
      );
    case 'newer':
      return `${JSON.stringify(
        {
          format: FILE_FORMAT,
          schemaVersion: SCHEMA_VERSION + 1,
          appVersion: '99.0.0',
          workshop: workshopDocument(),
        },
        null,
        2,
      )}\n`;
  }
}

/** The workshop folder of one test, as the in-app file dialog will list it. */
export class WorkshopFolder {
  constructor(readonly dir: string) {}

  /** Writes `name` (may include sub-folders) and returns its absolute path. */
  async write(name: string, contents: string | Workshop): Promise<string> {
    const file = this.pathOf(name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      typeof contents === 'string' ? contents : workshopFileText(contents),
      'utf8',
    );
    return file;
  }

  writeDamaged(name: string, damage: Damage): Promise<string> {
    return this.write(name, damagedFileText(damage));
  }

  /** Copies `test/fixtures/workshops/<fixture>` into the folder (as `name`, default the same). */
  async copyFixture(fixture: string, name: string = fixture): Promise<string> {
    const file = this.pathOf(name);
    await mkdir(path.dirname(file), { recursive: true });
    await copyFile(path.join(WORKSHOP_FIXTURES_DIR, fixture), file);
    return file;
  }

  /** The exact bytes on disk, to prove a file was left as it was. */
  readBytes(name: string): Promise<Buffer> {
    return readFile(this.pathOf(name));
  }

  read(name: string): Promise<string> {
    return readFile(this.pathOf(name), 'utf8');
  }

  /** File names in the folder (top level), sorted. */
  async list(): Promise<string[]> {
    return (await readdir(this.dir)).sort();
  }

  private pathOf(name: string): string {
    const file = path.resolve(this.dir, name);
    if (!file.startsWith(this.dir + path.sep))
      throw new Error(`${name} is outside the workshop folder`);
    return file;
  }
}
