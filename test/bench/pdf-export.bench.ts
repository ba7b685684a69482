import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../electron/host/pdfEngine';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import { contract, type Channel } from '../../shared/ipc/contract';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/ipc/http';
import { createWorkshop } from '../../shared/workshop/defaults';
import type { BacklogItem, Placement, Workshop } from '../../shared/workshop/schema';
import type { Bench, BenchResult } from './types';

/**
 * Issue 6's benchmark: File → Export PDF of a board of 100 items over 8 quarters, end to end
 * through the browser host: `export:pdf` over HTTP, the host's headless Chromium opening the
 * print view, drawing and printing it, and the atomic write of the file. The median of a few
 * runs, each starting its own Chromium as every export does. Skipped, saying why, where the
 * machine has no Chromium or the renderer is not built.
 */
const ITEMS = 100;
const QUARTERS = 8;
const WARMUP = 1;
const RUNS = 5;
const NAME = `PDF export, ${ITEMS} items × ${QUARTERS} quarters (browser host)`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER_DIR =
  process.env.TRADEOFF_E2E_RENDERER_DIR ?? path.join(repoRoot, 'dist', 'renderer');

/** A full board: every item placed, some over two or three quarters, in every track. */
export function generateBoard(items = ITEMS, quarters = QUARTERS): Workshop {
  const doc = createWorkshop(new Date('2026-11-20T09:00:00Z'));
  doc.meta = { title: `Board of ${items} items`, facilitator: 'Bench', date: '2026-11-20' };
  const tracks = doc.settings.tracks;
  const subjects = ['latency', 'replicas', 'billing', 'gateway', 'quotas', 'CLI', 'SDK', 'audit'];
  doc.items = Array.from({ length: items }, (_, n): BacklogItem => ({
    id: `item-${n}`,
    title: `Improve ${subjects[n % subjects.length]} for tier ${(n % 7) + 1} customers (#${n + 1})`,
    description: '',
    trackId: tracks[n % tracks.length]?.id ?? null,
    tags: [],
    externalKey: `PLAT-${300 + n}`,
    externalUrl: null,
    rice: {
      reach: 200 + ((n * 137) % 5000),
      impact: [3, 2, 1, 0.5][n % 4] ?? 1,
      confidence: 80,
      effort: 1 + (n % 9),
    },
    rank: `a${n.toString(36).padStart(2, '0')}`,
    scores: Object.fromEntries(doc.criteria.map((c, i) => [c.id, 1 + ((n + i) % 5)])),
    marketModelId: null,
  }));
  doc.roadmap = {
    ...doc.roadmap,
    startYear: 2027,
    startQuarter: 1,
    periodCount: quarters,
    capacity: Array.from({ length: quarters }, () => 40),
    placements: doc.items.map((item, n): Placement => ({
      itemId: item.id,
      trackId: item.trackId ?? tracks[0]?.id ?? '',
      periodIndex: n % quarters,
      span: n % 5 === 0 ? 3 : n % 3 === 0 ? 2 : 1,
      slot: `a${Math.floor(n / quarters).toString(36)}`,
    })),
  };
  return doc;
}

/** What the renderer does: one POST per call, answered in the wire format of shared/ipc/http.ts. */
async function post(host: BrowserHost, channel: Channel, request: unknown): Promise<unknown> {
  const response = await fetch(`${host.origin}${API_PREFIX}${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(request),
  });
  const wire: unknown = await response.json();
  if (typeof wire !== 'object' || wire === null || Reflect.get(wire, 'ok') !== true) {
    throw new Error(`${channel} failed: ${JSON.stringify(wire)}`);
  }
  return Reflect.get(wire, 'value');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const bench: Bench = async (): Promise<BenchResult[]> => {
  const chromium = findChromium({
    platform: process.platform,
    env: process.env,
    exists: existsSync,
  });
  if ('missing' in chromium) {
    return [{ name: NAME, medianMs: 0, note: `skipped: ${chromium.missing}` }];
  }
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    return [
      { name: NAME, medianMs: 0, note: `skipped: ${RENDERER_DIR} is not built (npm run build)` },
    ];
  }

  const root = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-bench-pdf-'));
  const host = await startBrowserHost({
    rendererDir: RENDERER_DIR,
    userDataDir: path.join(root, 'userData'),
    workshopDir: path.join(root, 'workshop'),
    chromium,
  });
  try {
    const doc = generateBoard();
    const listing = contract['files:list'].response.parse(await post(host, 'files:list', {}));
    const times: number[] = [];
    let saved = '';
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const fileName = `board-${run}.pdf`;
      const started = performance.now();
      const answer = await post(host, 'export:pdf', {
        doc,
        workshopFileName: 'board.tradeoff',
        suggestedName: fileName,
        target: { folderId: listing.folder.id, fileName },
      });
      const result = contract['export:pdf'].response.parse(answer);
      const elapsed = performance.now() - started;
      if (result.status !== 'saved') throw new Error(`export:pdf: ${JSON.stringify(result)}`);
      if (run >= WARMUP) times.push(elapsed);
      saved = path.join(root, 'workshop', fileName);
    }
    const pdf = await readFile(saved);
    return [
      {
        name: NAME,
        medianMs: median(times),
        note: `${pageCount(pdf)} pages, ${(pdf.length / 1024).toFixed(0)} KiB, ${RUNS} runs (min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms), Chromium at ${chromium.found}`,
      },
    ];
  } finally {
    await host.close();
    await rm(root, { recursive: true, force: true });
  }
};

export default bench;
