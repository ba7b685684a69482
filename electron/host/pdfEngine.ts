import path from 'node:path';
import {
  FOOTER_TEMPLATE,
  HEADER_TEMPLATE,
  parseReadiness,
  PRINT_MARGINS_MM,
  READINESS_PROBE,
} from '../main/pdfEngine';
import { ServiceError } from '../services/serviceError';
import type { PdfEngine } from '../services/types';

/**
 * The browser host's PDF engine (issue 6): the machine's own Chromium, started headless for one
 * job, opens the renderer's print view on this host, waits until the view says it is printable,
 * and prints it with Chromium's PDF printing, with the same page set-up as Electron's engine
 * (electron/main/pdfEngine.ts). Where the machine has no Chromium there is no engine, and
 * `export:pdf` answers `unavailable` (the renderer then uses the browser's print dialog).
 */

/** Flags for a headless Chromium in a container or a locked-down laptop: nothing phones home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export type ChromiumLookup = { found: string } | { missing: string };

export interface Machine {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists(filePath: string): boolean;
}

/** Where Chromium and Google Chrome install themselves, most likely first. */
function candidates(machine: Machine): string[] {
  const { env } = machine;
  switch (machine.platform) {
    case 'darwin':
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ];
    case 'win32':
      return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
        .filter((dir): dir is string => typeof dir === 'string' && dir !== '')
        .map((dir) => path.win32.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'));
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/google-chrome',
        '/snap/bin/chromium',
      ];
  }
}

/**
 * `CHROMIUM_PATH` when set (and then only that one: a wrong path is reported, not quietly
 * replaced by another browser), else the first usual install that exists.
 */
export function findChromium(machine: Machine): ChromiumLookup {
  const chosen = machine.env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    return machine.exists(chosen)
      ? { found: chosen }
      : { missing: `CHROMIUM_PATH is ${chosen}, which does not exist` };
  }
  const found = candidates(machine).find((candidate) => machine.exists(candidate));
  return found === undefined
    ? { missing: 'no Chromium or Google Chrome was found (set CHROMIUM_PATH to use one)' }
    : { found };
}

/** What the engine needs of Playwright's browser, context and page. */
export interface PrintRoute {
  request(): { url(): string };
  abort(errorCode?: string): Promise<void>;
}

export interface PrintPage {
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  goto(url: string, options: { waitUntil: 'load'; timeout: number }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  pdf(options: {
    landscape: boolean;
    format: string;
    printBackground: boolean;
    displayHeaderFooter: boolean;
    headerTemplate: string;
    footerTemplate: string;
    margin: { top: string; right: string; bottom: string; left: string };
  }): Promise<Uint8Array>;
}

export interface PrintContext {
  route(
    matcher: (url: URL) => boolean,
    handler: (route: PrintRoute) => Promise<void>,
  ): Promise<unknown>;
  newPage(): Promise<PrintPage>;
}

export interface PrintBrowser {
  newContext(options: { colorScheme: 'light'; reducedMotion: 'reduce' }): Promise<PrintContext>;
  close(): Promise<void>;
}

export type LaunchChromium = (options: {
  executablePath: string;
  args: string[];
  headless: true;
  timeout: number;
}) => Promise<PrintBrowser>;

/** Loaded on first use only: a host without Chromium never loads Playwright. */
const launchWithPlaywright: LaunchChromium = async (options) => {
  const { chromium } = await import('playwright-core');
  return chromium.launch(options);
};

export interface BrowserPdfEngineOptions {
  executablePath: string;
  /** Where this host serves the app, and its token: known once it listens. */
  app(): { origin: string; token: string };
  launch?: LaunchChromium;
  timeoutMs?: number;
  pollMs?: number;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_POLL_MS = 50;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const mm = (value: number) => `${value}mm`;

export function createBrowserPdfEngine(options: BrowserPdfEngineOptions): PdfEngine {
  const launch = options.launch ?? launchWithPlaywright;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const seconds = Math.round(timeout / 1000);

  /**
   * Asks the page itself, again and again: Playwright's `waitForFunction` would evaluate a
   * string inside the page, which the app's CSP (no eval) rightly refuses.
   */
  async function waitUntilPrintable(page: PrintPage, deadline: number, pageErrors: string[]) {
    for (;;) {
      const readiness = parseReadiness(
        await page.evaluate(READINESS_PROBE).catch(() => {
          throw new ServiceError('the print view stopped responding');
        }),
      );
      if (readiness.state === 'ready') return;
      if (readiness.state === 'failed') {
        throw new ServiceError(`the print view could not draw the roadmap (${readiness.reason})`);
      }
      if (now() >= deadline) {
        const why = pageErrors[0] ? ` (${pageErrors[0]})` : '';
        throw new ServiceError(`the print view was not ready within ${seconds} s${why}`);
      }
      await sleep(pollMs);
    }
  }

  return {
    async print({ jobId, pageSize }) {
      const deadline = now() + timeout;
      const { origin, token } = options.app();
      let browser: PrintBrowser;
      try {
        browser = await launch({
          executablePath: options.executablePath,
          args: [...CHROMIUM_FLAGS],
          headless: true,
          timeout,
        });
      } catch {
        throw new ServiceError('Chromium could not be started');
      }
      try {
        const context = await browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce' });
        // Zero network: the print view needs this host and nothing else.
        const refused: string[] = [];
        await context.route(
          (url) => url.origin !== origin,
          async (route) => {
            refused.push(route.request().url());
            await route.abort('blockedbyclient');
          },
        );
        const page = await context.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));

        const url = `${origin}/?print=${encodeURIComponent(jobId)}#token=${encodeURIComponent(token)}`;
        await page.goto(url, { waitUntil: 'load', timeout }).catch(() => {
          throw new ServiceError('the print view could not be loaded');
        });
        await waitUntilPrintable(page, deadline, pageErrors);
        if (refused.length > 0) {
          throw new ServiceError(`the print view asked for ${refused[0]}, outside Tradeoff`);
        }
        try {
          return await page.pdf({
            landscape: true,
            format: pageSize,
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: HEADER_TEMPLATE,
            footerTemplate: FOOTER_TEMPLATE,
            margin: {
              top: mm(PRINT_MARGINS_MM.top),
              right: mm(PRINT_MARGINS_MM.right),
              bottom: mm(PRINT_MARGINS_MM.bottom),
              left: mm(PRINT_MARGINS_MM.left),
            },
          });
        } catch {
          throw new ServiceError('Chromium could not print the page');
        }
      } finally {
        await browser.close().catch(() => undefined);
      }
    },
  };
}
