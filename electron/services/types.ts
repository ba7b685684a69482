import type { Channel, ParsedRequest, Response, Theme } from '../../shared/ipc/contract';
import type { AtomicWriteOps } from './atomicWrite';

/**
 * What every host (Electron main, browser host) gives the services: all side effects arrive
 * as parameters (STYLE §4), so the same services serve both hosts and are tested with plain
 * objects and real temporary folders.
 */

/** Handlers for every channel, taking already-validated requests. */
export type Handlers = { [C in Channel]: (request: ParsedRequest<C>) => Promise<Response<C>> };

/** Channels whose meaning depends on the window, answered by each host itself. */
export type WindowChannel = 'window:setDirty' | 'window:close';
export type ServiceHandlers = Omit<Handlers, WindowChannel>;

/** What a dialog is for: it decides the title, the filter and the extension. */
export type FileKind = 'workshop' | 'csv' | 'svg' | 'png' | 'pdf';

export interface FileDialogs {
  /** `native`: OS dialogs below. `in-app`: the renderer browses with `files:list`. */
  readonly kind: 'native' | 'in-app';
  /** Absolute path chosen by the user, or null when cancelled. `kind` defaults to workshop. */
  showOpen(defaultDir: string, kind?: FileKind): Promise<string | null>;
  showSave(defaultPath: string, kind?: FileKind): Promise<string | null>;
}

/**
 * The host's PDF engine: prints the renderer's print view for `jobId` with Chromium (Electron's
 * `printToPDF`, or headless Chromium in the browser host) once every chart says it is drawn.
 */
export interface PdfEngine {
  print(job: { jobId: string; pageSize: 'A4' | 'Letter' }): Promise<Uint8Array>;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** Everything the hosts persist between runs; only `theme` and `pdfPageSize` reach the renderer. */
export interface StoredPreferences {
  theme: Theme;
  pdfPageSize: 'A4' | 'Letter';
  recentFiles: { path: string; openedAt: string }[];
  windowBounds: WindowBounds | null;
}

export interface PreferencesStore {
  read(): StoredPreferences;
  write(next: StoredPreferences): Promise<void>;
  /** Set when the stored file was damaged and moved aside at start; shown to the user once. */
  takeNotice(): string | null;
}

export interface AppIdentity {
  name: string;
  version: string;
  host: 'electron' | 'browser';
  platform: string;
}

export interface ServiceDeps {
  /** App data: backups/, recovery/ (and preferences.json in the browser host). */
  userDataDir: string;
  /** Where dialogs start; the root the in-app dialog may browse. */
  workshopDir: string;
  dialogs: FileDialogs;
  preferences: PreferencesStore;
  app: AppIdentity;
  /** Absent where the host has no PDF engine: `export:pdf` then answers `unavailable`. */
  pdf?: PdfEngine;
  now?: () => Date;
  /** Tests lower the limits to check the messages without writing 200 MB. */
  limits?: { maxOpenBytes?: number };
  /** Tests make a write, flush or rename fail; the hosts leave it unset (real `fs`). */
  atomicWriteOps?: Partial<AtomicWriteOps>;
}
