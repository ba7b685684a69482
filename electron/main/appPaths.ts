import path from 'node:path';

/**
 * Where the app keeps its data and where dialogs start. Both can be moved with a flag, which
 * is how the end-to-end tests give every run fresh folders:
 *   --user-data-dir=<dir>  app data (preferences, backups, recovery)
 *   --workshop-dir=<dir>   where workshop files are opened and saved by default
 */
export interface LaunchFlags {
  userDataDir?: string;
  workshopDir?: string;
}

const FLAGS = { userDataDir: '--user-data-dir=', workshopDir: '--workshop-dir=' } as const;

export function parseLaunchFlags(argv: readonly string[], cwd: string): LaunchFlags {
  const flags: LaunchFlags = {};
  for (const arg of argv) {
    for (const [key, prefix] of Object.entries(FLAGS) as [keyof LaunchFlags, string][]) {
      if (arg.startsWith(prefix) && arg.length > prefix.length) {
        flags[key] = path.resolve(cwd, arg.slice(prefix.length));
      }
    }
  }
  return flags;
}

/** `~/Tradeoff`; on macOS `~/Documents/Tradeoff`, where Mac users look for documents. */
export function defaultWorkshopDir(
  platform: NodeJS.Platform,
  getPath: (name: 'home' | 'documents') => string,
): string {
  return path.join(getPath(platform === 'darwin' ? 'documents' : 'home'), 'Tradeoff');
}
