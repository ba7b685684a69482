import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult } from './types';

/**
 * `npm run bench [-- filter]`: runs the default export of every `test/bench/*.bench.ts` (or
 * those whose name contains `filter`) and prints one table. Not part of the tests: timings
 * depend on the machine, so it reports and never fails the build.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const files = (await readdir(here))
    .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
    .sort();
  if (files.length === 0) {
    console.log(`No benchmark matches "${filter}" in ${path.relative(process.cwd(), here)}.`);
    return;
  }

  const results: BenchResult[] = [];
  for (const file of files) {
    process.stdout.write(`Running ${file}…\n`);
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: unknown };
    if (typeof mod.default !== 'function') {
      console.log(`  ${file} has no default-exported bench; skipped.`);
      continue;
    }
    results.push(...(await (mod.default as Bench)()));
  }
  console.log(`\n${formatTable(results)}`);
  const notes = results.filter((r) => r.note);
  if (notes.length > 0) {
    console.log('');
    for (const r of notes) console.log(`${r.name}: ${r.note}`);
  }
}

export function formatTable(results: BenchResult[]): string {
  const header = ['name', 'median', 'baseline', 'ratio', 'target', 'met'];
  const rows = results.map((r) => [
    r.name,
    ms(r.medianMs),
    r.baselineMs === undefined
      ? ''
      : `${ms(r.baselineMs)}${r.baselineName ? ` (${r.baselineName})` : ''}`,
    r.baselineMs ? `${(r.medianMs / r.baselineMs).toFixed(2)}×` : '',
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

await main();
