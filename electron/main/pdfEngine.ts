import type { PrintToPDFOptions } from 'electron';
import { ServiceError } from '../services/serviceError';
import type { PdfEngine } from '../services/types';
import { FORBIDDEN_SENDER, type Dispatch } from './ipc';

/**
 * Electron's PDF engine (issue 6): a hidden window with the app window's own secure options
 * loads the renderer's print view for one job (`app://tradeoff/index.html?print=<jobId>`),
 * waits until the view says it is printable, prints it with `webContents.printToPDF`, and
 * always closes the window. Electron's pieces arrive as parameters (STYLE §4), so this is
 * tested with plain objects; electron/main/index.ts wires the real ones.
 */

/** The margins of every page; renderer/features/print/pageGeometry.ts lays out for the same. */
export const PRINT_MARGINS_MM = { top: 10, right: 10, bottom: 14, left: 10 } as const;

/**
 * Page numbers ("2 / 5") and the document title in the bottom margin. Chromium fills the
 * `title`, `pageNumber` and `totalPages` classes; a template has no page styles, so it sets
 * its own font size (the default is too small to read).
 */
export const FOOTER_TEMPLATE = [
  '<div style="width:100%;margin:0 10mm;display:flex;justify-content:space-between;',
  'font-family:system-ui,sans-serif;font-size:8pt;color:#465063">',
  '<span class="title"></span>',
  // A gap as wide as a digit either side of the slash, so "1 / 4" also reads as three words
  // to text extraction (pdftotext), not as "1/4".
  '<span><span class="pageNumber"></span><span style="padding:0 0.6em">/</span>',
  '<span class="totalPages"></span></span>',
  '</div>',
].join('');

/** An empty header: Chromium's default one prints the date and the URL. */
export const HEADER_TEMPLATE = '<span></span>';

/** Longer than the print view's own time limit for its charts, so its reason arrives first. */
export const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_POLL_MS = 100;

/** What the engine needs of a BrowserWindow. */
export interface PrintWindow {
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface ElectronPdfEngineDeps<W extends PrintWindow> {
  /** A hidden window with the app window's options (windowOptions.ts). */
  openWindow(): W;
  /** Lets the window's print view ask for its job over IPC; returns the way to take that back. */
  admit(window: W): () => void;
  /** `app://tradeoff/index.html?print=<jobId>`. */
  printViewUrl(jobId: string): string;
  timeoutMs?: number;
  pollMs?: number;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

/** Reads the print view's signals (renderer/features/print/printReadiness.ts). */
export const READINESS_PROBE =
  '(() => { const d = document.documentElement.dataset; return { ready: d.printReady === "true", error: d.printError ?? null }; })()';

export type Readiness =
  { state: 'waiting' } | { state: 'ready' } | { state: 'failed'; reason: string };

/** The probe's answer, checked rather than trusted: it comes from the page. */
export function parseReadiness(value: unknown): Readiness {
  if (typeof value !== 'object' || value === null) return { state: 'waiting' };
  const error: unknown = Reflect.get(value, 'error');
  if (typeof error === 'string' && error !== '') return { state: 'failed', reason: error };
  return Reflect.get(value, 'ready') === true ? { state: 'ready' } : { state: 'waiting' };
}

const mmToInches = (mm: number) => mm / 25.4;

export function printOptions(pageSize: 'A4' | 'Letter'): PrintToPDFOptions {
  return {
    landscape: true,
    pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: FOOTER_TEMPLATE,
    margins: {
      top: mmToInches(PRINT_MARGINS_MM.top),
      right: mmToInches(PRINT_MARGINS_MM.right),
      bottom: mmToInches(PRINT_MARGINS_MM.bottom),
      left: mmToInches(PRINT_MARGINS_MM.left),
    },
  };
}

/**
 * A print view's window may only ask for its job: every other channel is refused, so the
 * hidden page can never save, open or list anything.
 */
export function printWindowDispatch(dispatch: Dispatch): Dispatch {
  return (channel, request) =>
    channel === 'print:job' ? dispatch(channel, request) : Promise.resolve(FORBIDDEN_SENDER);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `task`, or a ServiceError with `reason` once `deadline` (epoch ms) has passed. */
function before<T>(task: Promise<T>, deadline: number, now: () => number, reason: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ServiceError(reason)), Math.max(0, deadline - now()));
  });
  return Promise.race([task, late]).finally(() => clearTimeout(timer));
}

export function createElectronPdfEngine<W extends PrintWindow>(
  deps: ElectronPdfEngineDeps<W>,
): PdfEngine {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pollMs = deps.pollMs ?? DEFAULT_POLL_MS;
  const sleep = deps.sleep ?? defaultSleep;
  const now = deps.now ?? Date.now;
  const tooLate = `the print view was not ready within ${Math.round(timeoutMs / 1000)} s`;

  async function waitUntilPrintable(window: W, deadline: number): Promise<void> {
    for (;;) {
      const answer = await before(
        window.webContents.executeJavaScript(READINESS_PROBE),
        deadline,
        now,
        tooLate,
      ).catch((error: unknown) => {
        throw error instanceof ServiceError
          ? error
          : new ServiceError('the print view stopped responding');
      });
      const readiness = parseReadiness(answer);
      if (readiness.state === 'ready') return;
      if (readiness.state === 'failed') {
        throw new ServiceError(`the print view could not draw the roadmap (${readiness.reason})`);
      }
      if (now() >= deadline) throw new ServiceError(tooLate);
      await sleep(pollMs);
    }
  }

  return {
    async print({ jobId, pageSize }) {
      const deadline = now() + timeoutMs;
      const window = deps.openWindow();
      const release = deps.admit(window);
      try {
        await before(window.loadURL(deps.printViewUrl(jobId)), deadline, now, tooLate).catch(
          (error: unknown) => {
            throw error instanceof ServiceError
              ? error
              : new ServiceError('the print view could not be loaded');
          },
        );
        await waitUntilPrintable(window, deadline);
        try {
          return await window.webContents.printToPDF(printOptions(pageSize));
        } catch {
          throw new ServiceError('Chromium could not print the page');
        }
      } finally {
        release();
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
