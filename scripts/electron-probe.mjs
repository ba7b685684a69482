import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';

/**
 * Decides how `npm start` runs Tradeoff (issue 2, "Install and start"): Electron when its binary
 * is there (or can be downloaded once, within a time limit), otherwise the browser host.
 *
 * `require('electron')` downloads the binary on first use and can wait on the network for a
 * very long time, so it runs in a child process with a deadline. Everything with a side effect
 * arrives as a parameter, so the decision is unit-tested (electron/host/electronProbe.test.ts).
 */

export const PROBE_TIMEOUT_MS = 90_000;

/** Marks the path in the child's output: the download prints progress to stdout too. */
const MARKER = 'TRADEOFF_ELECTRON_PATH=';
const PROBE_SCRIPT = `process.stdout.write('\\n${MARKER}' + require('electron') + '\\n')`;

/** Types: electron-probe.d.mts. */
export async function probeElectron({
  appRoot,
  runNodeScript = runNodeScriptInChild,
  isExecutable = isExecutableFile,
  timeoutMs = PROBE_TIMEOUT_MS,
}) {
  const run = await runNodeScript(PROBE_SCRIPT, { cwd: appRoot, timeoutMs });
  if (run.status === 'timed-out') {
    return {
      found: false,
      reason: `its binary could not be downloaded within ${Math.round(timeoutMs / 1000)} s`,
    };
  }
  if (run.status === 'failed' || run.code !== 0) {
    return { found: false, reason: 'its binary could not be downloaded' };
  }
  const binary = markedPath(run.stdout);
  if (binary === null || !isExecutable(binary)) {
    return { found: false, reason: 'its binary is missing' };
  }
  return { found: true, binary };
}

function markedPath(stdout) {
  const line = stdout.split(/\r?\n/).find((l) => l.startsWith(MARKER));
  const binary = line?.slice(MARKER.length).trim();
  return binary ? binary : null;
}

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The displays Electron could open a window on. On Linux without X11 or Wayland (a server, a
 * container, an SSH session) Electron exits at once, so the browser host is the better start.
 */
export function hasDisplay(platform, env) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** `--browser` skips Electron; every other argument is for the browser host's CLI. */
export function parseStartArgs(argv) {
  const browserOnly = argv.includes('--browser');
  return { browserOnly, hostArgs: argv.filter((a) => a !== '--browser') };
}

/** Electron when it can run here; otherwise the browser host, with the one line that says why. */
export async function planStart({ argv, platform, env, probe }) {
  const { browserOnly, hostArgs } = parseStartArgs(argv);
  const browser = (notice) => ({
    kind: 'browser',
    notice,
    hostArgs: ['--open', ...hostArgs.filter((a) => a !== '--open')],
  });
  if (browserOnly) return browser(null);
  if (!hasDisplay(platform, env)) {
    return browser(
      'There is no display for Electron on this machine; starting the browser host instead.',
    );
  }
  const found = await probe();
  if (!found.found) {
    return browser(
      `Electron is not available on this machine (${found.reason}); starting the browser host instead.`,
    );
  }
  return { kind: 'electron', binary: found.binary };
}

/** Runs `node -e script`, giving up (and killing it) after `timeoutMs`. */
export function runNodeScriptInChild(script, { cwd, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    // Read and dropped: a failed download explains itself at length; we say it in one line.
    child.stderr.resume();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ status: 'timed-out' });
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'failed', message: error.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ status: 'exited', code, stdout });
    });
  });
}
