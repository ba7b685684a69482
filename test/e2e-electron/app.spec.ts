import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElectronApplication, Page } from '@playwright/test';
import { _electron as electron, expect, test } from '@playwright/test';
import { channels } from '../../shared/ipc/contract';
import { AppShell } from '../e2e/support/pages/AppShell';
import { workshopDocument, workshopFileText } from '../e2e/support/workshopFiles';

/**
 * The Electron app end to end (issue 2): start, new workshop, rename it, save it through the
 * native save dialog (stubbed in main, since a test cannot click an OS dialog), quit, start
 * again and reopen it from the recent list. Also what only Electron can show: the page has no
 * Node, the bridge is the contract and nothing else, navigation away and new windows go
 * nowhere. These tests run where Electron's binary exists and skip themselves, saying why,
 * where it does not.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN_ENTRY = path.join(repoRoot, 'dist', 'electron', 'main.cjs');

/**
 * Finds Electron's binary the way `require('electron')` does, without its side effect: that
 * require downloads the binary when it is missing, which must not happen in a test run.
 */
function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: `${path.relative(repoRoot, pathFile)} does not exist (never downloaded)` };
  }
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { path: binary }
    : { missing: `${path.relative(repoRoot, binary)} does not exist` };
}

const binary = findElectronBinary();

interface RunningApp {
  app: ElectronApplication;
  page: Page;
  shell: AppShell;
  /** Uncaught exceptions and console errors of the page, checked after each test. */
  problems: string[];
}

let folders: { root: string; userData: string; workshops: string };
let running: RunningApp | null = null;

/** Starts the app; `files` are passed on its command line, as a double-click on Windows or Linux does. */
async function launch(files: readonly string[] = []): Promise<RunningApp> {
  if (!('path' in binary)) throw new Error('unreachable: the suite is skipped without a binary');
  const app = await electron.launch({
    executablePath: binary.path,
    args: [
      MAIN_ENTRY,
      `--user-data-dir=${folders.userData}`,
      `--workshop-dir=${folders.workshops}`,
      // CI containers have no setuid sandbox helper; the renderer sandbox stays on.
      ...(process.env.CI ? ['--no-sandbox'] : []),
      ...files,
    ],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const page = await app.firstWindow();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  await page.waitForLoadState('domcontentloaded');
  running = { app, page, shell: new AppShell(page), problems };
  return running;
}

/** Makes the next native save dialog answer `filePath`, as if the user had chosen it. */
async function answerNextSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as never;
  }, filePath);
}

async function quit(): Promise<void> {
  if (running === null) return;
  const { app, problems } = running;
  running = null;
  await app.close();
  expect(problems, 'the page logged errors').toEqual([]);
}

test.describe('Electron app', () => {
  test.skip(
    !('path' in binary),
    `Electron binary not available on this machine: ${'missing' in binary ? binary.missing : ''}`,
  );

  test.beforeAll(() => {
    if (!existsSync(MAIN_ENTRY)) {
      throw new Error(`${MAIN_ENTRY} does not exist: run npm run build first.`);
    }
  });

  test.beforeEach(async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-electron-e2e-'));
    folders = { root, userData: path.join(root, 'userData'), workshops: path.join(root, 'w') };
    await mkdir(folders.workshops, { recursive: true });
  });

  test.afterEach(async () => {
    await quit();
    await rm(folders.root, { recursive: true, force: true });
  });

  test('starts on the app page served from app://', async () => {
    const { page, shell } = await launch();
    expect(page.url()).toBe('app://tradeoff/index.html');
    await expect(shell.newWorkshopButton).toBeVisible();
  });

  test('saves a new workshop through the native dialog and reopens it after a restart', async () => {
    const { app, shell } = await launch();
    await shell.newWorkshopButton.click();
    await shell.renameWorkshop('Untitled workshop', 'Q3 platform planning');
    await expect(shell.workshopTitle('Q3 platform planning')).toBeVisible();

    const target = path.join(folders.workshops, 'Q3 planning.tradeoff');
    await answerNextSaveDialog(app, target);
    await shell.saveButton.click();
    await expect.poll(() => existsSync(target)).toBe(true);
    const saved: unknown = JSON.parse(await readFile(target, 'utf8'));
    expect(saved).toMatchObject({ format: 'tradeoff' });
    await expect.poll(() => shell.windowTitle()).toContain('Q3 planning');
    await quit();

    const again = await launch();
    await again.shell.recentWorkshop('Q3 planning.tradeoff').click();
    await expect(again.shell.workshopTitle('Q3 platform planning')).toBeVisible();
  });

  test('opens a workshop named on the command line, as a double-click on the file does', async () => {
    const file = path.join(folders.root, 'Desktop', 'Storage H2.tradeoff');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      workshopFileText(
        workshopDocument((doc) => {
          doc.meta.title = 'Storage H2 planning';
        }),
      ),
    );
    const { shell } = await launch([file]);
    await expect(shell.workshopTitle('Storage H2 planning')).toBeVisible();
    await expect.poll(() => shell.windowTitle()).toBe('Storage H2.tradeoff — Tradeoff');
  });

  test('gives the page the contract bridge and no Node', async () => {
    const { page } = await launch();
    const exposed = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        bridgeAreas: Object.keys((scope.tradeoff as object | undefined) ?? {}).sort(),
      };
    });
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    const areas = new Set(channels.map((channel) => channel.split(':')[0]));
    expect(exposed.bridgeAreas).toEqual([...areas, 'events'].sort());
  });

  test('keeps the page in the app: no navigation away, no new window', async () => {
    const { app, page } = await launch();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://tradeoff/index.html');

    const opened = await page.evaluate(() => window.open('app://tradeoff/index.html') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('refuses requests that would leave the machine', async () => {
    const { page } = await launch();
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'reached';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
    // The CSP refusal is the expected console error here.
    running?.problems.splice(0);
  });
});
