import Papa from 'papaparse';
import { computedOrder } from '../../shared/backlog/ranking';
import { createBacklogItem } from '../../shared/backlog/items';
import { initialRanks } from '../../shared/backlog/rankKeys';
import { riceValue } from '../../shared/backlog/rice';
import { detectSource } from '../../shared/backlog/csv/detect';
import { planImport, planImportInSteps } from '../../shared/backlog/csv/importRows';
import { proposeMapping } from '../../shared/backlog/csv/mapping';
import { parseCsvInSteps, parseCsvText } from '../../shared/backlog/csv/parse';
import { createWorkshop } from '../../shared/workshop/defaults';
import type { BacklogItem } from '../../shared/workshop/schema';
import type { Bench, BenchResult } from './types';

/**
 * Issue 3's numbers: score and sort 10,000 items against a bare Array.prototype.sort of the
 * same scores (ratio ≤ 3), and parse + map a 50,000-row Jira-shaped CSV (rows per second),
 * plus the longest slice of the cooperative parse + plan, which is how long the window can be
 * blocked when the UI imports a big file on the main thread.
 */

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function backlogOf(count: number): BacklogItem[] {
  const random = seededRandom(42);
  const ranks = initialRanks(count);
  const impacts = [3, 2, 1, 0.5, 0.25];
  const confidences = [100, 80, 50];
  return ranks.map((rank, index) =>
    createBacklogItem({
      id: `item-${index}`,
      rank,
      title: `Item ${index}`,
      // One item in ten is not scored yet, as in a real backlog mid-workshop.
      rice:
        random() < 0.1
          ? { reach: null, impact: null, confidence: null, effort: null }
          : {
              reach: Math.round(random() * 5000),
              impact: impacts[Math.floor(random() * impacts.length)] ?? 1,
              confidence: confidences[Math.floor(random() * confidences.length)] ?? 80,
              effort: Math.max(0.5, Math.round(random() * 240) / 10),
            },
    }),
  );
}

function scoreAndSort(): BenchResult {
  const items = backlogOf(10_000);
  const scores = items.map((item) => riceValue(item.rice) ?? -1);
  const runs = 31;
  const ours: number[] = [];
  const bare: number[] = [];
  // Interleave the two so that both see the same machine state; the first runs warm up.
  for (let run = 0; run < runs + 5; run += 1) {
    const oursMs = time(() => computedOrder(items));
    const bareMs = time(() => [...scores].sort((a, b) => b - a));
    if (run >= 5) {
      ours.push(oursMs);
      bare.push(bareMs);
    }
  }
  const medianMs = median(ours);
  const baselineMs = median(bare);
  const ratio = medianMs / baselineMs;
  return {
    name: 'backlog: score + sort 10,000 items (computedOrder)',
    medianMs,
    baselineMs,
    baselineName: 'Array.prototype.sort of the same 10,000 numbers',
    target: 'ratio ≤ 3',
    met: ratio <= 3,
    note: `ratio ${ratio.toFixed(2)}`,
  };
}

const JIRA_HEADER = [
  'Summary',
  'Issue key',
  'Issue id',
  'Issue Type',
  'Status',
  'Priority',
  'Assignee',
  'Created',
  'Updated',
  'Component/s',
  'Component/s',
  'Labels',
  'Labels',
  'Labels',
  'Description',
  'Custom field (Story Points)',
  'Custom field (Epic Link)',
  'Sprint',
  'Sprint',
  'Watchers',
];

function jiraCsv(rows: number): string {
  const random = seededRandom(7);
  const pick = (values: readonly string[]): string =>
    values[Math.floor(random() * values.length)] ?? '';
  const data: string[][] = [];
  for (let index = 0; index < rows; index += 1) {
    data.push([
      `${pick(['Regional failover', 'Cut P99 latency', 'Managed Kafka', 'CLI completion'])} #${index}`,
      `PLAT-${10_000 + index}`,
      String(100_000 + index),
      pick(['Story', 'Epic', 'Task', 'Bug']),
      pick(['To Do', 'In Progress', 'Done']),
      pick(['High', 'Medium', 'Low']),
      pick(['Priya Raman', 'Sam Okafor', '']),
      '30/Jul/18 23:33',
      '12/Mar/24 09:15',
      pick(['Control plane', 'API', 'Billing', '']),
      pick(['Storage', '']),
      pick(['reliability', 'performance', 'dx']),
      pick(['dr', 'slo', '']),
      '',
      `Context for item ${index}, with "quotes".\r\nSecond line: scope, risks; owners.\r\n\r\n* bullet`,
      pick(['1', '2', '3', '5', '8', '13', '']),
      pick(['PLAT-400', '']),
      'PLAT Sprint 14',
      pick(['PLAT Sprint 15', '']),
      'mbianchi',
    ]);
  }
  return `\ufeff${Papa.unparse({ fields: JIRA_HEADER, data }, { newline: '\n' })}`;
}

function parseAndMap(): BenchResult[] {
  const rows = 50_000;
  const text = jiraCsv(rows);
  const megabytes = new TextEncoder().encode(text).length / 1024 / 1024;
  const workshop = createWorkshop(new Date('2024-03-01T00:00:00Z'));
  let counter = 0;
  const newId = () => `bench-${++counter}`;

  const runs: number[] = [];
  for (let run = 0; run < 4; run += 1) {
    const ms = time(() => {
      const parsed = parseCsvText(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      const { table } = parsed;
      const { mapping } = proposeMapping(table, detectSource(table).source, workshop.settings);
      const plan = planImport(workshop, table, mapping, { newId });
      if (!plan.ok || plan.plan.added.length !== rows) throw new Error('the bench import failed');
    });
    if (run > 0) runs.push(ms);
  }
  const medianMs = median(runs);

  // The UI runs parseCsvCooperatively then planImportCooperatively: the window is blocked
  // for one slice at most, so the longest slice is what a user could feel.
  const slices: number[] = [];
  const timeSlices = <R>(steps: Generator<unknown, R, void>): R => {
    for (;;) {
      const start = performance.now();
      const step = steps.next();
      slices.push(performance.now() - start);
      if (step.done === true) return step.value;
    }
  };
  const parsed = timeSlices(parseCsvInSteps(text));
  if (!parsed.ok) throw new Error(parsed.reason);
  const { mapping } = proposeMapping(parsed.table, 'jira', workshop.settings);
  timeSlices(planImportInSteps(workshop, parsed.table, mapping, { newId }));
  const longestSlice = Math.max(...slices);

  return [
    {
      name: `backlog: parse + map a ${rows.toLocaleString('en-US')}-row Jira CSV (${megabytes.toFixed(1)} MB)`,
      medianMs,
      note: `${Math.round((rows / medianMs) * 1000).toLocaleString('en-US')} rows/s`,
    },
    {
      name: 'backlog: main-thread slices of the same import, parsed and planned cooperatively',
      medianMs: median(slices),
      target: 'longest slice ≤ 50 ms',
      met: longestSlice <= 50,
      note: `longest ${longestSlice.toFixed(1)} ms over ${slices.length} slices`,
    },
  ];
}

const bench: Bench = () => Promise.resolve([scoreAndSort(), ...parseAndMap()]);

export default bench;
