#!/usr/bin/env node
/**
 * Bundles the two hosts with esbuild (the renderer is built by vite into dist/renderer):
 *   electron/main/index.ts    → dist/electron/main.cjs    Electron's main process
 *   electron/preload/index.ts → dist/electron/preload.cjs one CJS file: sandboxed preloads
 *                                                          cannot require anything but electron
 *   electron/host/cli.ts      → dist/host/cli.mjs         the browser host (plain Node)
 * electron-store is ESM-only and Electron's main loads CJS here, so it is bundled in;
 * playwright-core (the browser host's PDF engine) is not: it is a dependency loaded at run time.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = (...parts) => path.join(root, ...parts);

/** Electron 45 ships Node 22 and Chromium 140. */
const ELECTRON_NODE = 'node22';
const ELECTRON_CHROME = 'chrome140';

const common = {
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
};

const targets = [
  {
    name: 'main',
    entryPoints: [from('electron/main/index.ts')],
    outfile: from('dist/electron/main.cjs'),
    platform: 'node',
    format: 'cjs',
    target: ELECTRON_NODE,
    external: ['electron'],
  },
  {
    name: 'preload',
    entryPoints: [from('electron/preload/index.ts')],
    outfile: from('dist/electron/preload.cjs'),
    // A sandboxed preload has browser globals and `require('electron')`, nothing of Node:
    // building for the browser makes any Node import fail here rather than at run time.
    platform: 'browser',
    format: 'cjs',
    target: ELECTRON_CHROME,
    external: ['electron'],
  },
  {
    name: 'browser host',
    entryPoints: [from('electron/host/cli.ts')],
    outfile: from('dist/host/cli.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The PDF engine's Playwright loads its own files at run time: it stays in node_modules.
    external: ['playwright-core'],
    // Bundled CommonJS dependencies call `require`, which ES modules do not have.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  },
];

async function main() {
  const hostEntry = from('electron/host/cli.ts');
  if (!existsSync(hostEntry)) {
    throw new Error(`The browser host's entry ${path.relative(root, hostEntry)} does not exist.`);
  }
  await rm(from('dist/electron'), { recursive: true, force: true });
  await rm(from('dist/host'), { recursive: true, force: true });

  for (const { name, ...options } of targets) {
    const started = performance.now();
    const result = await build({ ...common, ...options, metafile: true });
    const bytes = Object.entries(result.metafile.outputs)
      .filter(([file]) => !file.endsWith('.map'))
      .reduce((sum, [, output]) => sum + output.bytes, 0);
    const ms = Math.round(performance.now() - started);
    console.log(
      `built ${name}: ${path.relative(root, options.outfile)} (${(bytes / 1024).toFixed(0)} KiB, ${ms} ms)`,
    );
  }

  // The window icon on Linux and Windows (macOS takes the bundle's icon).
  const icon = from('assets/icon.png');
  if (existsSync(icon)) {
    await mkdir(from('dist/electron'), { recursive: true });
    await copyFile(icon, from('dist/electron/icon.png'));
  }
}

main().catch((error) => {
  // esbuild has already printed each error with its location.
  console.error(`build-electron failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
