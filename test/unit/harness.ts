import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, type ServiceContext } from '../../electron/services/context';
import { createServices } from '../../electron/services/createServices';
import { defaultPreferences } from '../../electron/services/preferences';
import type {
  FileDialogs,
  PreferencesStore,
  ServiceDeps,
  ServiceHandlers,
  StoredPreferences,
} from '../../electron/services/types';
import type { Workshop } from '../../shared/workshop/schema';
import { createWorkshop } from '../../shared/workshop/defaults';
import { serializeWorkshop } from '../../shared/workshop/serialize';

/** Services against real temporary folders (STYLE §11), with scripted dialogs. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/workshops/', import.meta.url));

export async function tempDir(prefix = 'tradeoff-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export function memoryPreferences(initial: StoredPreferences = defaultPreferences()) {
  let current = structuredClone(initial);
  let notice: string | null = null;
  const store: PreferencesStore & { setNotice(n: string): void } = {
    read: () => structuredClone(current),
    write: async (next) => {
      current = structuredClone(next);
    },
    takeNotice: () => {
      const once = notice;
      notice = null;
      return once;
    },
    setNotice: (n) => {
      notice = n;
    },
  };
  return store;
}

/** Native dialogs that answer from a queue; each test pushes what the "user" picks. */
export function scriptedDialogs(kind: FileDialogs['kind'] = 'native') {
  const opens: (string | null)[] = [];
  const saves: (string | null)[] = [];
  const asked: { open: string[]; save: string[] } = { open: [], save: [] };
  const dialogs: FileDialogs & {
    pickOpen(p: string | null): void;
    pickSave(p: string | null): void;
    asked: typeof asked;
  } = {
    kind,
    showOpen: async (dir) => {
      asked.open.push(dir);
      return opens.length > 0 ? (opens.shift() ?? null) : null;
    },
    showSave: async (defaultPath) => {
      asked.save.push(defaultPath);
      return saves.length > 0 ? (saves.shift() ?? null) : null;
    },
    pickOpen: (p) => void opens.push(p),
    pickSave: (p) => void saves.push(p),
    asked,
  };
  return dialogs;
}

export interface Harness {
  root: string;
  userDataDir: string;
  workshopDir: string;
  dialogs: ReturnType<typeof scriptedDialogs>;
  preferences: ReturnType<typeof memoryPreferences>;
  services: ServiceHandlers;
  deps: ServiceDeps;
  /** The services' shared state: tests grant ids directly to prove what a forged id can do. */
  ctx: ServiceContext;
  cleanup(): Promise<void>;
}

export async function makeHarness(
  options: { kind?: FileDialogs['kind']; deps?: Partial<ServiceDeps> } = {},
): Promise<Harness> {
  const root = await tempDir();
  const userDataDir = path.join(root, 'userData');
  const workshopDir = path.join(root, 'Tradeoff');
  await mkdir(workshopDir);
  const dialogs = scriptedDialogs(options.kind ?? 'native');
  const preferences = memoryPreferences();
  const deps: ServiceDeps = {
    userDataDir,
    workshopDir,
    dialogs,
    preferences,
    app: { name: 'Tradeoff', version: '0.1.0-test', host: 'browser', platform: 'linux' },
    now: () => new Date('2025-11-26T10:00:00Z'),
    ...options.deps,
  };
  const ctx = createContext(deps);
  return {
    root,
    userDataDir,
    workshopDir,
    dialogs,
    preferences,
    deps,
    ctx,
    services: createServices(deps, ctx),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

export function sampleWorkshop(title = 'Platform team planning'): Workshop {
  const doc = createWorkshop(new Date('2025-11-26T10:00:00Z'));
  doc.meta.title = title;
  return doc;
}

export async function writeWorkshopFile(filePath: string, doc: Workshop = sampleWorkshop()) {
  const text = serializeWorkshop(doc, '0.1.0');
  await writeFile(filePath, text);
  return text;
}

/** Bytes and modification time of every file under a folder, to prove nothing changed. */
export async function snapshot(
  dir: string,
): Promise<Map<string, { bytes: Buffer; mtimeMs: number }>> {
  const out = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const name of await readdir(dir, { recursive: true })) {
    const full = path.join(dir, name);
    const info = await stat(full);
    if (info.isFile()) out.set(name, { bytes: await readFile(full), mtimeMs: info.mtimeMs });
  }
  return out;
}
