import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Response } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import type { BrowserHost } from '../../../electron/host/server';
import { startBrowserHost } from '../../../electron/host/server';
import { PageGuards } from './pageGuards';
import { WorkshopFolder } from './workshopFiles';

/**
 * The browser-host fixture every end-to-end test uses (STYLE §11): fresh user-data and workshop
 * folders per test, the real host (real services) started in-process on a free port over the
 * built renderer, and a `page` already on the app that fails the test if it requests anything
 * outside the host, logs a console error or throws.
 *
 *   test('…', async ({ page, host, workshop, guards }) => { … });
 *   test.use({ userDataFiles: { 'preferences.json': '{ broken' } });   // before the host starts
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * `npm run build`'s output, unless TRADEOFF_E2E_RENDERER_DIR names another build: a suite run
 * beside someone else's rebuild of dist/ can then keep serving a renderer that stays put.
 */
export const RENDERER_DIR =
  process.env.TRADEOFF_E2E_RENDERER_DIR ?? path.join(repoRoot, 'dist', 'renderer');

export interface TestHost {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  readonly userDataDir: string;
  readonly workshopDir: string;
  /**
   * Stops the host and starts a new one over the same folders (on the same port when it is
   * free), like a person quitting and starting the app. The token changes: load the app again
   * with `openApp(page, host)`.
   */
  restart(): Promise<void>;
}

interface Fixtures {
  /** The built renderer to serve; tests of the harness itself pass a tiny one. */
  rendererDir: string;
  /** Files (path relative to user data → contents) written before the host starts. */
  userDataFiles: Record<string, string>;
  host: TestHost;
  workshop: WorkshopFolder;
  guards: PageGuards;
}

export const test = base.extend<Fixtures>({
  rendererDir: [RENDERER_DIR, { option: true }],
  userDataFiles: [{}, { option: true }],

  host: async ({ rendererDir, userDataFiles }, use, testInfo) => {
    if (!existsSync(path.join(rendererDir, 'index.html'))) {
      throw new Error(`${rendererDir} has no index.html: run npm run build before the e2e tests.`);
    }
    const root = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-e2e-'));
    const userDataDir = path.join(root, 'userData');
    const workshopDir = path.join(root, 'workshop');
    await mkdir(workshopDir, { recursive: true });
    for (const [name, contents] of Object.entries(userDataFiles)) {
      const file = path.join(userDataDir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, contents, 'utf8');
    }

    const start = (port: number) =>
      startBrowserHost({ rendererDir, userDataDir, workshopDir, port });
    let running: BrowserHost = await start(0);

    const host: TestHost = {
      get url() {
        return running.url;
      },
      get origin() {
        return running.origin;
      },
      get port() {
        return running.port;
      },
      get token() {
        return running.token;
      },
      userDataDir,
      workshopDir,
      async restart() {
        const port = running.port;
        await running.close();
        running = await start(port).catch(() => start(0));
      },
    };
    await use(host);

    await running.close();
    if (testInfo.status === testInfo.expectedStatus) {
      await rm(root, { recursive: true, force: true });
    } else {
      testInfo.annotations.push({ type: 'folders kept', description: root });
    }
  },

  workshop: async ({ host }, use) => {
    await use(new WorkshopFolder(host.workshopDir));
  },

  guards: async ({ host }, use) => {
    await use(new PageGuards(() => host.origin));
  },

  page: async ({ page, host, guards }, use) => {
    await guards.watch(page.context(), page);
    await openApp(page, host);
    await use(page);
    const violations = guards.violations();
    if (violations.length > 0) {
      throw new Error(`The page misbehaved during the test:\n  ${violations.join('\n  ')}`);
    }
  },
});

/**
 * Loads the app from the host's current URL. When only the token in the fragment changed (a
 * restart on the same port), `page.goto` alone would merely change the hash without loading.
 */
export async function openApp(page: Page, host: TestHost): Promise<Response | null> {
  if (new URL(page.url()).origin === host.origin) await page.goto('about:blank');
  return page.goto(host.url);
}

/**
 * Quits and starts the app again as a person would: the page goes away first (so nothing it was
 * still asking the host is cut off mid-answer), then the host restarts over the same folders and
 * the app is loaded again. Leaving a page with unsaved changes triggers its "leave page?" guard:
 * use this with saved work only (a crash is closing the page without that guard).
 */
export async function restartApp(page: Page, host: TestHost): Promise<void> {
  await page.goto('about:blank');
  await host.restart();
  await openApp(page, host);
}

export { expect };
