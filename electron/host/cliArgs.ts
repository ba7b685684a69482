import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultWorkshopDir } from '../main/appPaths';

/**
 * The browser host's command line, as a pure function of argv and the machine's folders, so
 * that every default is tested without starting anything.
 */
export interface CliOptions {
  port: number;
  workshopDir: string;
  userDataDir: string;
  rendererDir: string;
  open: boolean;
}

export type CliCommand =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export interface Machine {
  platform: NodeJS.Platform;
  homeDir: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Folder of the running bundle (`dist/host/`); the renderer is built beside it. */
  bundleDir: string;
}

export const USAGE = `Usage: node dist/host/cli.mjs [options]

Serves Tradeoff to a browser on this machine (127.0.0.1 only).

Options:
  --port <n>             Port to listen on (default: any free port)
  --workshop-dir <dir>   Folder the in-app file dialog opens (default: ~/Tradeoff;
                         ~/Documents/Tradeoff on macOS)
  --user-data-dir <dir>  Preferences, backups and recovery drafts
                         (default: the OS app-data folder, Tradeoff/browser-host)
  --renderer-dir <dir>   The built renderer (default: dist/renderer)
  --open                 Open the app in the default browser, if there is one
  --help                 Show this help`;

export function parseCliArgs(argv: readonly string[], machine: Machine): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'workshop-dir': { type: 'string' },
        'user-data-dir': { type: 'string' },
        'renderer-dir': { type: 'string' },
        open: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };

  const port = parsePort(values.port);
  if (port === null)
    return { kind: 'error', message: `--port must be 0–65535, not "${values.port}".` };

  const resolve = (dir: string) => path.resolve(expandHome(dir, machine.homeDir));
  return {
    kind: 'run',
    options: {
      port,
      // The same folder the desktop app uses (Documents/Tradeoff on macOS, ~/Tradeoff elsewhere).
      workshopDir: resolve(
        values['workshop-dir'] ??
          defaultWorkshopDir(machine.platform, (name) =>
            name === 'home' ? machine.homeDir : path.join(machine.homeDir, 'Documents'),
          ),
      ),
      userDataDir: resolve(
        values['user-data-dir'] ?? path.join(appDataDir(machine), 'Tradeoff', 'browser-host'),
      ),
      rendererDir: resolve(
        values['renderer-dir'] ?? path.join(machine.bundleDir, '..', 'renderer'),
      ),
      open: values.open,
    },
  };
}

function parsePort(text: string | undefined): number | null {
  if (text === undefined) return 0;
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port <= 65535 ? port : null;
}

/** Shells expand `~` only at the start of a word; `--workshop-dir=~/x` reaches us unexpanded. */
function expandHome(dir: string, homeDir: string): string {
  if (dir === '~') return homeDir;
  if (dir.startsWith('~/') || dir.startsWith('~\\')) return path.join(homeDir, dir.slice(2));
  return dir;
}

/**
 * Where each OS keeps per-user app data: the same parent Electron's `app.getPath('appData')`
 * uses, so both hosts keep their data side by side under `Tradeoff`.
 */
export function appDataDir(machine: Pick<Machine, 'platform' | 'homeDir' | 'env'>): string {
  switch (machine.platform) {
    case 'win32':
      return machine.env.APPDATA || path.join(machine.homeDir, 'AppData', 'Roaming');
    case 'darwin':
      return path.join(machine.homeDir, 'Library', 'Application Support');
    default:
      return machine.env.XDG_CONFIG_HOME || path.join(machine.homeDir, '.config');
  }
}
