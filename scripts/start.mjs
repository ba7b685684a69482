import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planStart, probeElectron } from './electron-probe.mjs';

/**
 * `npm start` (after `npm run build`): the Electron app where Electron can run, otherwise the
 * same renderer in the default browser through the browser host, said in one line.
 *
 *   node scripts/start.mjs [--browser] [browser-host options, see dist/host/cli.mjs --help]
 */

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hostCli = path.join(appRoot, 'dist', 'host', 'cli.mjs');

/** Say why the terminal is quiet when the first start downloads Electron. */
const SLOW_PROBE_NOTICE_MS = 3_000;

async function main() {
  const plan = await planStart({
    argv: process.argv.slice(2),
    platform: process.platform,
    env: process.env,
    probe: () => withSlowNotice(probeElectron({ appRoot })),
  });

  if (plan.kind === 'electron') return run(plan.binary, ['.']);

  if (plan.notice) console.log(plan.notice);
  if (!existsSync(hostCli)) {
    console.error(`The browser host is not built (${hostCli} is missing). Run npm run build.`);
    return 1;
  }
  return run(process.execPath, [hostCli, ...plan.hostArgs]);
}

async function withSlowNotice(probing) {
  const timer = setTimeout(
    () => console.log('Fetching Electron (first start only; this can take a minute)…'),
    SLOW_PROBE_NOTICE_MS,
  );
  try {
    return await probing;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the app in the foreground and ends with its exit code. Signals sent to us are passed on
 * (the terminal's Ctrl+C may reach the child twice; both apps take that calmly), and we wait
 * for the child to close instead of dying first.
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: appRoot, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.once('error', (error) => {
      console.error(`Could not start ${path.basename(command)}: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

process.exitCode = await main();
