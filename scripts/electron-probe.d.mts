/** Types of electron-probe.mjs (plain JavaScript: `npm start` runs it with Node alone). */

export const PROBE_TIMEOUT_MS: number;

export type ProbeRun =
  | { status: 'exited'; code: number | null; stdout: string }
  | { status: 'timed-out' }
  | { status: 'failed'; message: string };

export type RunNodeScript = (
  script: string,
  options: { cwd: string; timeoutMs: number },
) => Promise<ProbeRun>;

export type ElectronProbe = { found: true; binary: string } | { found: false; reason: string };

export function probeElectron(deps: {
  appRoot: string;
  runNodeScript?: RunNodeScript;
  isExecutable?: (file: string) => boolean;
  timeoutMs?: number;
}): Promise<ElectronProbe>;

export function hasDisplay(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): boolean;

export function parseStartArgs(argv: readonly string[]): {
  browserOnly: boolean;
  hostArgs: string[];
};

export type StartPlan =
  | { kind: 'electron'; binary: string }
  | { kind: 'browser'; notice: string | null; hostArgs: string[] };

export function planStart(input: {
  argv: readonly string[];
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  probe: () => Promise<ElectronProbe>;
}): Promise<StartPlan>;

export const runNodeScriptInChild: RunNodeScript;
