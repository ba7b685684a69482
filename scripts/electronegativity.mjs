#!/usr/bin/env node
/**
 * `npm run test:security`: runs @doyensec/electronegativity over the Electron code (electron/,
 * tests left out: they ship nowhere) and the built renderer (dist/renderer, built first if
 * missing), in one scan so its global checks (CSP, navigation limits, permission handler) see
 * the whole app. Electronegativity always exits 0; this script reads its findings and fails on
 * any HIGH or MEDIUM one that test/security/electronegativity-allowlist.json does not explain,
 * and on any allow-list entry that no longer matches a finding (the list stays honest).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ALLOWLIST = path.join(root, 'test/security/electronegativity-allowlist.json');
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/**
 * Left out on purpose: AvailableSecurityFixesGlobalCheck downloads Electron's release list from
 * GitHub on every run, so offline it silently passes and online it makes the suite depend on
 * the network. Keeping Electron current is the dependency updates' job.
 */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/** Where each scanned tree comes from, and its name inside the scan folder. */
const SOURCES = [
  { from: 'electron', as: 'electron' },
  { from: 'dist/renderer', as: 'renderer' },
];

const AllowlistSchema = z
  .array(
    z.strictObject({
      check: z.string().regex(/^[A-Z0-9_]+$/),
      file: z.string().min(1),
      reason: z.string().min(20),
    }),
  )
  .refine(
    (entries) => new Set(entries.map((e) => `${e.check} ${e.file}`)).size === entries.length,
    'each check and file appears once',
  );

function ensureRendererBuilt() {
  if (existsSync(path.join(root, 'dist/renderer/index.html'))) return;
  console.log('dist/renderer is missing: building the renderer first.');
  const vite = require.resolve('vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The renderer build failed; nothing to scan.');
}

/** Copies what ships into one folder, so one scan covers both trees. */
async function stage() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-electronegativity-'));
  for (const source of SOURCES) {
    await cp(path.join(root, source.from), path.join(dir, source.as), {
      recursive: true,
      filter: (file) => !/\.test\.tsx?$/.test(file) && !file.endsWith('.map'),
    });
  }
  return dir;
}

/** `renderer/assets/x.js` (inside the scan) → `dist/renderer/assets/x.js` (in the repo). */
function repoPath(scanned) {
  const normalised = scanned.split(path.sep).join('/');
  for (const source of SOURCES) {
    if (normalised === source.as || normalised.startsWith(`${source.as}/`)) {
      return source.from + normalised.slice(source.as.length);
    }
  }
  return normalised;
}

async function scan(dir) {
  const run = require('@doyensec/electronegativity');
  const electronVersion = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version;
  return run(
    {
      input: dir,
      isRelative: true,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      parserPlugins: [],
      // Its loader looks for the version in a package.json inside the scanned folder; without
      // it every check assumes Electron 0.1 defaults.
      electronVersionOverride: electronVersion,
    },
    false,
  );
}

function describe(finding) {
  const where = finding.file === 'N/A' ? 'whole app' : `${finding.file}:${finding.line}`;
  return `${finding.severity} ${finding.check} (${where}): ${finding.description}`;
}

async function main() {
  const allowlist = AllowlistSchema.parse(JSON.parse(readFileSync(ALLOWLIST, 'utf8')));
  ensureRendererBuilt();
  const dir = await stage();
  let result;
  try {
    result = await scan(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // A file it could not parse is a file it did not check.
  const unreadable = result.errors.filter((error) => !error.tolerable);
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file === 'N/A' ? 'N/A' : repoPath(issue.file),
    line: issue.location?.line ?? 0,
    severity: issue.severity.name,
    description: issue.description,
  }));
  const serious = findings.filter((f) => FAILING_SEVERITIES.has(f.severity));
  const allowed = (f) => allowlist.find((e) => e.check === f.check && e.file === f.file);
  const unexplained = serious.filter((f) => allowed(f) === undefined);
  const stale = allowlist.filter(
    (entry) => !serious.some((f) => f.check === entry.check && f.file === entry.file),
  );

  console.log(
    `electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks, ` +
      `${findings.length} findings (${serious.length} HIGH or MEDIUM, ${serious.length - unexplained.length} explained in the allow-list).`,
  );
  for (const finding of serious) {
    const entry = allowed(finding);
    if (entry !== undefined)
      console.log(`  allowed  ${describe(finding)}\n           why: ${entry.reason}`);
  }
  for (const error of unreadable) console.error(`  UNREAD   ${error.file}: ${error.message}`);
  for (const finding of unexplained) console.error(`  FAILED   ${describe(finding)}`);
  for (const entry of stale) {
    console.error(
      `  STALE    allow-list entry ${entry.check} ${entry.file} matches no finding: remove it.`,
    );
  }

  if (unexplained.length > 0 || stale.length > 0 || unreadable.length > 0) {
    console.error('electronegativity: failed.');
    process.exitCode = 1;
  } else {
    console.log('electronegativity: passed.');
  }
}

main().catch((error) => {
  console.error(
    `electronegativity: could not run: ${error instanceof Error ? error.message : error}`,
  );
  process.exitCode = 1;
});
