import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { FileRef } from '../../shared/ipc/contract';
import type { AtomicWriteOps } from './atomicWrite';
import { DEFAULT_MAX_OPEN_BYTES } from './diskFiles';
import type { Grant } from './pathGrants';
import { PathGrants } from './pathGrants';
import { displayPath, isInside } from './paths';
import { withRecentFile } from './preferences';
import type { ServiceDeps } from './types';

/** What the service modules share inside one host process. */
export interface ServiceContext {
  readonly deps: ServiceDeps;
  readonly grants: PathGrants;
  readonly now: () => Date;
  readonly maxOpenBytes: number;
  readonly writeOps: Partial<AtomicWriteOps>;
  /** Runs `task` after every earlier task with the same key has finished (one save per file). */
  serialize<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** The workshop folder, created when missing, with symlinks resolved. */
  workshopRoot(): Promise<string>;
  /** Grants from the in-app browser must still resolve inside the workshop folder. */
  checkConfinement(grant: Pick<Grant, 'path' | 'confined'>): Promise<boolean>;
  /** A reference to a workshop file, with an id that opens and saves only it. */
  fileRef(filePath: string, confined: boolean): FileRef;
  /** Remembers a file in the recent list; a failure to store it never fails the caller. */
  addRecent(filePath: string): Promise<void>;
  /** True when files must come from the in-app browser (and stay inside the workshop folder). */
  readonly confinedHost: boolean;
}

export function createContext(deps: ServiceDeps): ServiceContext {
  const grants = new PathGrants();
  const now = deps.now ?? (() => new Date());
  const queues = new Map<string, Promise<unknown>>();

  async function workshopRoot(): Promise<string> {
    await mkdir(deps.workshopDir, { recursive: true });
    return realpath(deps.workshopDir);
  }

  return {
    deps,
    grants,
    now,
    maxOpenBytes: deps.limits?.maxOpenBytes ?? DEFAULT_MAX_OPEN_BYTES,
    writeOps: deps.atomicWriteOps ?? {},
    confinedHost: deps.dialogs.kind === 'in-app',
    workshopRoot,
    serialize(key, task) {
      const previous = queues.get(key) ?? Promise.resolve();
      const run = previous.then(task, task);
      const settled = run.catch(() => undefined);
      queues.set(key, settled);
      void settled.then(() => {
        if (queues.get(key) === settled) queues.delete(key);
      });
      return run;
    },
    async checkConfinement(grant) {
      if (!grant.confined) return true;
      const root = await workshopRoot();
      const real = await realpath(grant.path).catch(() => null);
      // A file that vanished is not an escape: its folder decides.
      const where = real ?? (await realpath(path.dirname(grant.path)).catch(() => null));
      return where !== null && isInside(root, where);
    },
    fileRef(filePath, confined) {
      return {
        id: grants.grant(filePath, 'workshop', { confined }),
        name: path.basename(filePath),
        displayPath: displayPath(filePath),
      };
    },
    async addRecent(filePath) {
      try {
        await deps.preferences.write(withRecentFile(deps.preferences.read(), filePath, now()));
      } catch {
        // The recent list is a convenience; the file itself was opened or saved.
      }
    },
  };
}
