import fc from 'fast-check';
import { createWorkshop } from '../defaults';
import type { Workshop } from '../schema';
import { serializeWorkshop } from '../serialize';

/**
 * Test support (fast-check): texts a `.tradeoff` loader must survive — random strings, random
 * JSON, and single mutations of a valid file (a key deleted, a value of the wrong type, the
 * text cut at a random offset). Used by the pure property test and the service-level one.
 */
export function validWorkshop(): Workshop {
  const doc = createWorkshop(new Date('2025-11-26T10:00:00Z'));
  doc.items = Array.from({ length: 4 }, (_, n) => ({
    id: `item-${n}`,
    title: `Item ${n}`,
    description: 'Why it matters',
    trackId: doc.settings.tracks[n % 3]!.id,
    tags: ['platform'],
    externalKey: `PLAT-${n}`,
    externalUrl: null,
    rice: { reach: 100 * (n + 1), impact: 1, confidence: 80, effort: 2 },
    rank: `a${n}`,
    scores: { [doc.criteria[0]!.id]: 3 },
    marketModelId: null,
  }));
  doc.roadmap.placements = [
    { itemId: 'item-0', trackId: doc.settings.tracks[0]!.id, periodIndex: 0, span: 1, slot: 'a0' },
  ];
  return doc;
}

export const validText = serializeWorkshop(validWorkshop(), '0.1.0');

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside `root` (objects and arrays included), root excluded. */
function allPaths(root: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(root)) {
    root.forEach((v, i) => {
      out.push([...prefix, i]);
      allPaths(v, [...prefix, i], out);
    });
  } else if (root !== null && typeof root === 'object') {
    for (const [k, v] of Object.entries(root)) {
      out.push([...prefix, k]);
      allPaths(v, [...prefix, k], out);
    }
  }
  return out;
}

const validRaw: Json = JSON.parse(validText);
const paths = allPaths(validRaw);

function withChange(
  path: Path,
  change: (parent: Record<string | number, Json>, key: string | number) => void,
): string {
  const copy = structuredClone(validRaw) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path[path.length - 1]!);
  return JSON.stringify(copy, null, 2);
}

const deleteKey = fc.constantFrom(...paths).map((path) =>
  withChange(path, (parent, key) => {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  }),
);

const changeType = fc
  .tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }))
  .map(([path, value]) =>
    withChange(path, (parent, key) => {
      parent[key] = value;
    }),
  );

const truncate = fc.nat({ max: validText.length }).map((at) => validText.slice(0, at));

export const mutatedFileText: fc.Arbitrary<string> = fc.oneof(deleteKey, changeType, truncate);

export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-ascii' }),
);

export const randomJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.json(),
  fc
    .record({
      format: fc.oneof(fc.constant('tradeoff'), fc.string()),
      schemaVersion: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.jsonValue({ maxDepth: 0 })),
      workshop: fc.jsonValue({ maxDepth: 3 }),
    })
    .map((file) => JSON.stringify(file)),
);

export const anyFileText: fc.Arbitrary<string> = fc.oneof(
  randomText,
  randomJsonText,
  mutatedFileText,
);
