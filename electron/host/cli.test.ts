import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The CLI as people run it: bundled into one ESM file with `dist/renderer` beside it, started
 * with Node alone, stopped with a signal.
 */

let root: string;
let cli: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-cli-'));
  cli = path.join(root, 'dist', 'host', 'cli.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./cli.ts', import.meta.url))],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  await mkdir(path.join(root, 'dist', 'renderer'));
  await writeFile(
    path.join(root, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Tradeoff</title>',
  );
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Running {
  firstLine: Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
  kill(signal: NodeJS.Signals): void;
}

function startCli(args: string[]): Running {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
    });
    child.once('exit', () => reject(new Error(`exited before printing: ${stderr}`)));
  });
  // Tests that expect an early exit never read the line.
  firstLine.catch(() => undefined);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { firstLine, exit, stderr: () => stderr, kill: (signal) => child.kill(signal) };
}

function folders() {
  const userData = path.join(root, `userData-${Math.random().toString(36).slice(2)}`);
  const workshop = path.join(root, `workshop-${Math.random().toString(36).slice(2)}`);
  return { userData, workshop, args: ['--user-data-dir', userData, '--workshop-dir', workshop] };
}

describe('the browser host CLI', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'prints one line with the URL, serves the bundled renderer and stops cleanly on %s',
    async (signal) => {
      const { userData, workshop, args } = folders();
      const running = startCli(args);
      const line = await running.firstLine;
      expect(line).toMatch(
        /^Tradeoff is running at http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/,
      );

      const url = new URL(line.replace('Tradeoff is running at ', ''));
      const page = await fetch(new URL('/', url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Tradeoff</title>');
      expect((await stat(userData)).isDirectory()).toBe(true);
      expect((await stat(workshop)).isDirectory()).toBe(true);

      running.kill(signal);
      await expect(running.exit).resolves.toEqual({ code: 0, signal: null });
      expect(running.stderr()).toBe('');
    },
    30_000,
  );

  it('closes cleanly when a second signal arrives while it closes', async () => {
    const running = startCli(folders().args);
    await running.firstLine;
    running.kill('SIGINT');
    running.kill('SIGINT');
    await expect(running.exit).resolves.toEqual({ code: 0, signal: null });
  }, 30_000);

  it('refuses to start without a built renderer, saying how to build it', async () => {
    const { args } = folders();
    const running = startCli([...args, '--renderer-dir', path.join(root, 'nothing-here')]);
    await expect(running.exit).resolves.toEqual({ code: 1, signal: null });
    expect(running.stderr()).toMatch(/has no index\.html\. Run npm run build\./);
  }, 30_000);

  it('explains a bad flag and exits with a usage error', async () => {
    const running = startCli(['--port', 'eighty']);
    await expect(running.exit).resolves.toEqual({ code: 2, signal: null });
    expect(running.stderr()).toContain('--port must be 0–65535');
    expect(running.stderr()).toContain('Usage:');
  }, 30_000);

  it('says clearly when the port is taken', async () => {
    const first = startCli(folders().args);
    const port = new URL((await first.firstLine).replace('Tradeoff is running at ', '')).port;
    const second = startCli([...folders().args, '--port', port]);
    await expect(second.exit).resolves.toEqual({ code: 1, signal: null });
    expect(second.stderr()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    first.kill('SIGTERM');
    await first.exit;
  }, 30_000);
});
