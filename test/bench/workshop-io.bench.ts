import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/createServices';
import { createDispatcher } from '../../electron/services/dispatch';
import { defaultPreferences } from '../../electron/services/preferences';
import type { Handlers, PreferencesStore } from '../../electron/services/types';
import { createWorkshop } from '../../shared/workshop/defaults';
import type { BacklogItem, Workshop } from '../../shared/workshop/schema';
import { FILE_FORMAT, SCHEMA_VERSION } from '../../shared/workshop/schema';
import { serializeWorkshop } from '../../shared/workshop/serialize';
import type { Bench, BenchResult } from './types';

/**
 * Issue 2's benchmark: a generated workshop of 10,000 backlog items, opened and saved through
 * the service (real temporary folder: read, sha256, UTF-8 check, parse, schema validation;
 * backup, serialize, atomic write with fsync), each beside bare JSON.parse / JSON.stringify of
 * the same file in the same run. Target: both ratios ≤ 3.
 */
const ITEMS = 10_000;
const WARMUP = 2;
const RUNS = 15;
const TARGET_RATIO = 3;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateWorkshop(items: number): Workshop {
  const rnd = random(42);
  const doc = createWorkshop(new Date('2025-11-26T10:00:00Z'));
  doc.meta.title = `Generated backlog of ${items} items`;
  const words = [
    'latency',
    'replica',
    'billing',
    'gateway',
    'cluster',
    'quota',
    'CLI',
    'SDK',
    'audit',
    'GPU',
  ];
  const pick = () => words[Math.floor(rnd() * words.length)]!;
  const impacts = [3, 2, 1, 0.5, 0.25];
  doc.items = Array.from({ length: items }, (_, n): BacklogItem => ({
    id: `item-${n.toString(36).padStart(5, '0')}`,
    title: `Improve ${pick()} ${pick()} for ${pick()} customers (#${n})`,
    description:
      `As a platform customer I want ${pick()} ${pick()} so that my ${pick()} bill and P99 latency go down. `.repeat(
        2,
      ),
    trackId: doc.settings.tracks[n % 3]!.id,
    tags: [pick(), pick()],
    externalKey: `PLAT-${1000 + n}`,
    externalUrl: `https://jira.example.com/browse/PLAT-${1000 + n}`,
    rice: {
      reach: Math.round(rnd() * 10_000),
      impact: impacts[Math.floor(rnd() * impacts.length)]!,
      confidence: [100, 80, 50][Math.floor(rnd() * 3)]!,
      effort: Math.round((0.5 + rnd() * 12) * 2) / 2,
    },
    rank: `a${n.toString(36).padStart(4, '0')}`,
    scores: Object.fromEntries(doc.criteria.map((c) => [c.id, 1 + Math.floor(rnd() * 5)])),
    marketModelId: null,
  }));
  return doc;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Medians of a task and its baseline, run alternately so that both see the same machine
 * (load from other programs, garbage collection, disk cache) — the ratio is what matters.
 */
async function measurePair(
  task: () => unknown,
  baseline: () => unknown,
): Promise<{ taskMs: number; baselineMs: number }> {
  for (let i = 0; i < WARMUP; i++) {
    await baseline();
    await task();
  }
  const taskTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    await baseline();
    baselineTimes.push(performance.now() - start);
    start = performance.now();
    await task();
    taskTimes.push(performance.now() - start);
  }
  return { taskMs: median(taskTimes), baselineMs: median(baselineTimes) };
}

function memoryPreferences(): PreferencesStore {
  let current = defaultPreferences();
  return {
    read: () => current,
    write: async (next) => {
      current = next;
    },
    takeNotice: () => null,
  };
}

const bench: Bench = async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-bench-'));
  try {
    const workshopDir = path.join(root, 'Tradeoff');
    const file = path.join(workshopDir, 'generated.tradeoff');
    const doc = generateWorkshop(ITEMS);
    const text = serializeWorkshop(doc, '0.1.0');
    const envelope = {
      format: FILE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      workshop: doc,
    };
    await mkdir(workshopDir, { recursive: true });
    await writeFile(file, text);

    const services = createServices({
      userDataDir: path.join(root, 'userData'),
      workshopDir,
      dialogs: { kind: 'native', showOpen: async () => file, showSave: async () => null },
      preferences: memoryPreferences(),
      app: { name: 'Tradeoff', version: '0.1.0', host: 'browser', platform: process.platform },
    });
    const dispatch = createDispatcher({
      ...services,
      'window:setDirty': async () => ({ ok: true }),
      'window:close': async () => ({ ok: true }),
    } satisfies Handlers);

    const first = await services['workshop:open']({});
    if (first.status !== 'opened') throw new Error(`bench file did not open: ${first.status}`);
    const fileId = first.file.id;
    let revision = first.revision;

    const parse = () => JSON.parse(text);
    const stringify = () => JSON.stringify(envelope, null, 2);
    const open = await measurePair(async () => {
      const r = await services['workshop:open']({ fileId });
      if (r.status !== 'opened') throw new Error('open failed');
    }, parse);
    const save = await measurePair(async () => {
      const r = await services['workshop:save']({ fileId, doc, expectedRevision: revision });
      if (r.status !== 'saved') throw new Error(`save failed: ${r.status}`);
      revision = r.revision;
    }, stringify);
    const openWire = await measurePair(async () => {
      const r = await dispatch('workshop:open', { fileId });
      if (!r.ok) throw new Error('open failed');
    }, parse);
    const saveWire = await measurePair(async () => {
      const r = await dispatch('workshop:save', { fileId, doc, expectedRevision: revision });
      const value = r.ok ? (r.value as { status: string; revision?: string }) : null;
      if (value?.status !== 'saved' || !value.revision) throw new Error('save failed');
      revision = value.revision;
    }, stringify);

    const n = ITEMS.toLocaleString('en');
    const size = `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`;
    const row = (
      name: string,
      m: { taskMs: number; baselineMs: number },
      baselineName: string,
      withTarget: boolean,
      note?: string,
    ): BenchResult => ({
      name,
      medianMs: m.taskMs,
      baselineMs: m.baselineMs,
      baselineName,
      ...(withTarget
        ? { target: `ratio ≤ ${TARGET_RATIO}`, met: m.taskMs / m.baselineMs <= TARGET_RATIO }
        : {}),
      ...(note ? { note } : {}),
    });
    return [
      row(
        `open ${n} items (service)`,
        open,
        'JSON.parse',
        true,
        `a ${size} file; read, sha256, UTF-8 check, JSON.parse, schema check; median of ${RUNS} runs, each beside its baseline`,
      ),
      row(
        `save ${n} items (service)`,
        save,
        'JSON.stringify',
        true,
        'read + sha256 of the file on disk, backup copy, serialize, atomic write with fsync',
      ),
      row(
        `open ${n} items (dispatcher)`,
        openWire,
        'JSON.parse',
        false,
        'the service plus the contract check of request and answer (information only)',
      ),
      row(`save ${n} items (dispatcher)`, saveWire, 'JSON.stringify', false),
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
};

export default bench;
