import { mkdirSync, renameSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { RecentFile } from '../../shared/ipc/contract';
import { createContext } from '../services/context';
import { createServices } from '../services/createServices';
import { createDispatcher } from '../services/dispatch';
import { grantFileFromOs } from '../services/filesFromOs';
import type { PreferencesStore, ServiceHandlers } from '../services/types';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './appProtocol';
import { defaultWorkshopDir, parseLaunchFlags } from './appPaths';
import { createCloseGuard, holdQuitForUnsavedWork, type CloseGuard } from './closeGuard';
import { hardenSession, hardenWebContents } from './contentGuards';
import { createNativeDialogs } from './dialogs';
import { openElectronStoreBackend, preferencesFilePath } from './electronStoreBackend';
import { sendEvent } from './events';
import {
  createFileOpener,
  openFileListener,
  secondInstanceListener,
  workshopFilesInArgv,
} from './filesToOpen';
import { FORBIDDEN_SENDER, registerIpcHandlers, type Dispatch } from './ipc';
import { buildMenuTemplate, type MenuMessage } from './menu';
import { createElectronPdfEngine, printWindowDispatch } from './pdfEngine';
import { observePreferences, openPreferences } from './preferences';
import { captureBounds, restoreBounds } from './windowBounds';
import { createAppWindow, WINDOW_BACKGROUND, windowBackground } from './windowOptions';

/**
 * The Electron main process: only wiring (STYLE §4). Every decision lives in a module that
 * takes Electron's pieces as parameters and is unit-tested with plain objects.
 *
 * Layout of the build (scripts/build-electron.mjs): this file is `dist/electron/main.cjs`,
 * beside `preload.cjs` and `icon.png`; the renderer is `dist/renderer`.
 */
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const ICON_PATH = path.join(__dirname, 'icon.png');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const APP_NAME = 'Tradeoff';

const isDev = !app.isPackaged;
const flags = parseLaunchFlags(process.argv, process.cwd());
if (flags.userDataDir !== undefined) app.setPath('userData', flags.userDataDir);

// Every renderer sandboxed, whatever its own options say; the scheme must be privileged
// before `ready`.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

/** Per window: the dispatcher whose `window:*` handlers act on that window, and its guard. */
const windows = new Map<number, { window: BrowserWindow; dispatch: Dispatch; guard: CloseGuard }>();
/** Workshop files the OS asked to open (double-click, command line), until a window takes them. */
const filesToOpen = createFileOpener();
/** Hidden windows printing a PDF, by web contents id: they may only ask for their job. */
const printWindows = new Map<number, Dispatch>();

if (!app.requestSingleInstanceLock()) {
  // Another Tradeoff is running; it comes to the front (below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', secondInstanceListener(filesToOpen, focusMainWindow));
  // Before `ready`: macOS sends the file that launched the app straight away.
  app.on('open-file', openFileListener(filesToOpen));
  filesToOpen.request(workshopFilesInArgv(process.argv, process.cwd()));
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url) }),
  );
  app.whenReady().then(start, failToStart);
}

function start(): void {
  const userDataDir = app.getPath('userData');
  const workshopDir =
    flags.workshopDir ?? defaultWorkshopDir(process.platform, (n) => app.getPath(n));
  ensureFolder(workshopDir);

  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: RENDERER_DIR, readFile }));

  const basePreferences = openPreferences({
    filePath: preferencesFilePath(userDataDir),
    openBackend: () => openElectronStoreBackend(userDataDir, ipcMain),
    moveAside: renameSync,
  });
  // The services write the recent list; the Open Recent menu follows it once they exist.
  let onRecentFilesChanged = (): void => undefined;
  const preferences = observePreferences(basePreferences, (next, previous) => {
    if (next.theme !== previous.theme) nativeTheme.themeSource = next.theme;
    // The menu shows paths in order; a new time on the same list needs no new menu.
    const paths = (p: typeof next) => p.recentFiles.map((entry) => entry.path).join('\0');
    if (paths(next) !== paths(previous)) {
      onRecentFilesChanged();
    }
  });
  nativeTheme.themeSource = preferences.read().theme;

  const dialogs = createNativeDialogs({
    showOpenDialog: (options) =>
      withParent(
        (parent) => dialog.showOpenDialog(parent, options),
        () => dialog.showOpenDialog(options),
      ),
    showSaveDialog: (options) =>
      withParent(
        (parent) => dialog.showSaveDialog(parent, options),
        () => dialog.showSaveDialog(options),
      ),
    exists: (filePath) =>
      access(filePath).then(
        () => true,
        () => false,
      ),
  });
  // The print windows' dispatcher needs the services, which need the engine: set just below.
  let printDispatch: Dispatch = () => Promise.resolve(FORBIDDEN_SENDER);
  const pdf = createElectronPdfEngine({
    openWindow: () =>
      createAppWindow(BrowserWindow, {
        preloadPath: PRELOAD_PATH,
        // Any size: printing lays the page out at the paper's size.
        bounds: { width: 1280, height: 900 },
        backgroundColor: WINDOW_BACKGROUND.light,
        isDev: false,
      }),
    admit: (window) => {
      const id = window.webContents.id;
      printWindows.set(id, (channel, request) => printDispatch(channel, request));
      return () => printWindows.delete(id);
    },
    printViewUrl: (jobId) => `${APP_INDEX_URL}?print=${encodeURIComponent(jobId)}`,
  });
  // Shared with the services so that files the OS names can be granted (filesToOpen).
  const context = createContext({
    userDataDir,
    workshopDir,
    dialogs,
    preferences,
    pdf,
    app: {
      name: APP_NAME,
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
    },
  });
  const services = createServices(context.deps, context);
  onRecentFilesChanged = () => void refreshMenu(services);
  printDispatch = printWindowDispatch(
    createDispatcher(
      { ...services, ...printWindowHandlers },
      { onError: (channel, error) => console.error(`Tradeoff: ${channel} failed`, error) },
    ),
  );

  registerIpcHandlers(ipcMain, (id) => windows.get(id)?.dispatch ?? printWindows.get(id) ?? null);
  void refreshMenu(services);
  openMainWindow(services, preferences);
  filesToOpen.start({
    grant: (filePath) => grantFileFromOs(context, filePath)?.id ?? null,
    ensureWindow: () => {
      if (windows.size === 0) openMainWindow(services, preferences);
    },
  });

  // Cmd+Q (or File → Quit) asks about unsaved changes as closing the window does.
  app.on('before-quit', (event) =>
    holdQuitForUnsavedWork(
      event,
      [...windows.values()].map((entry) => entry.guard),
    ),
  );

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(services, preferences);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** A print window is never dirty and is closed by its engine, not by its page. */
const printWindowHandlers = {
  'window:setDirty': () => Promise.resolve({ ok: true as const }),
  'window:close': () => Promise.resolve({ ok: true as const }),
};

function openMainWindow(services: ServiceHandlers, preferences: PreferencesStore): void {
  const stored = preferences.read();
  const bounds = restoreBounds(stored.windowBounds, screen.getAllDisplays());
  const window = createAppWindow(BrowserWindow, {
    preloadPath: PRELOAD_PATH,
    bounds,
    iconPath: ICON_PATH,
    backgroundColor: windowBackground(stored.theme, nativeTheme.shouldUseDarkColors),
    isDev,
  });
  if (bounds.maximized) window.maximize();

  const webContentsId = window.webContents.id;
  const guard = createCloseGuard(window, { quitApp: () => app.quit() });
  const dispatch = createDispatcher(
    { ...services, ...guard.handlers },
    { onError: (channel, error) => console.error(`Tradeoff: ${channel} failed`, error) },
  );
  windows.set(webContentsId, { window, dispatch, guard });
  // Once loaded, the page's preload holds a file to open until the app listens.
  const contents = window.webContents;
  contents.on('did-finish-load', () => filesToOpen.attach(contents));

  window.on('close', (event) => {
    guard.onClose(event);
    if (event.defaultPrevented) return;
    const windowBounds = captureBounds(window.getNormalBounds(), window.isMaximized());
    preferences
      .write({ ...preferences.read(), windowBounds })
      .catch((error: unknown) => console.error('Tradeoff: could not keep the window size', error));
  });
  window.on('closed', () => {
    windows.delete(webContentsId);
    filesToOpen.detach(contents);
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    // A window closed while loading aborts its load; that is not a failure to start.
    if (!window.isDestroyed()) failToStart(error);
  });
}

/** The app window menus and dialogs act on: the focused one, else the first still open. */
function currentAppWindow(): BrowserWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  const ours = [...windows.values()].map((entry) => entry.window).filter((w) => !w.isDestroyed());
  return ours.find((w) => w === focused) ?? ours[0];
}

function sendToFocusedWindow(message: MenuMessage): void {
  const target = currentAppWindow();
  if (target !== undefined) sendEvent(target.webContents, 'menu:command', message);
}

async function refreshMenu(services: ServiceHandlers): Promise<void> {
  let recentFiles: RecentFile[] = [];
  try {
    recentFiles = (await services['recent:list']({})).files;
  } catch (error) {
    // The menu still works without its recent list.
    console.error('Tradeoff: could not list recent files', error);
  }
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev,
    appName: APP_NAME,
    recentFiles,
    send: sendToFocusedWindow,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function withParent<T>(
  modal: (parent: BrowserWindow) => Promise<T>,
  free: () => Promise<T>,
): Promise<T> {
  const parent = currentAppWindow();
  return parent === undefined ? free() : modal(parent);
}

function focusMainWindow(): void {
  const window = currentAppWindow();
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // Dialogs fall back to their own start folder; saving elsewhere still works.
    console.error(`Tradeoff: could not create ${dir}`, error);
  }
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Tradeoff could not start', message);
  app.exit(1);
}
