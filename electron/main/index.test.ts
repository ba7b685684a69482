import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { createWorkshop } from '../../shared/workshop/defaults';
import { serializeWorkshop } from '../../shared/workshop/serialize';
import { APP_INDEX_URL } from './appProtocol';

/**
 * The wiring of main with the real services over real temporary folders, and every Electron
 * API replaced by a recording stand-in (Electron's binary cannot run in unit tests).
 */

const electron = vi.hoisted(() => ({
  /** Every BrowserWindow main created, in order. */
  created: [] as unknown[],
  appEvents: new Map<string, ((...args: unknown[]) => unknown)[]>(),
  state: { userData: '', home: '' },
}));

class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = { url: APP_INDEX_URL, parent: null, processId: 3, routingId: 1 };
  readonly send = vi.fn();
  isCrashed = () => false;
}

class FakeBrowserWindow extends EventEmitter {
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow = () => FakeBrowserWindow.focused;
  static getAllWindows = () => electron.created;
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(() => Promise.resolve());
  readonly show = vi.fn();
  readonly close = vi.fn();
  readonly maximize = vi.fn();
  readonly focus = vi.fn();
  readonly setDocumentEdited = vi.fn();
  isDestroyed = () => false;
  isMaximized = () => false;
  isMinimized = () => false;
  getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 700 });
  constructor(readonly options: Record<string, unknown>) {
    super();
    electron.created.push(this);
  }
}

const mocks = vi.hoisted(() => ({
  enableSandbox: vi.fn(),
  registerSchemesAsPrivileged: vi.fn(),
  protocolHandle: vi.fn(),
  ipcHandle: vi.fn(),
  setApplicationMenu: vi.fn(),
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
  onBeforeRequest: vi.fn(),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  showErrorBox: vi.fn(),
  quit: vi.fn(),
  nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
}));

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    enableSandbox: mocks.enableSandbox,
    setPath: vi.fn(),
    getPath: (name: string) =>
      name === 'userData' ? electron.state.userData : electron.state.home,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    on: (event: string, listener: (...args: unknown[]) => unknown) => {
      electron.appEvents.set(event, [...(electron.appEvents.get(event) ?? []), listener]);
    },
    quit: mocks.quit,
    exit: vi.fn(),
  },
  BrowserWindow: FakeBrowserWindow,
  dialog: {
    showOpenDialog: mocks.showOpenDialog,
    showSaveDialog: mocks.showSaveDialog,
    showErrorBox: mocks.showErrorBox,
  },
  ipcMain: { handle: mocks.ipcHandle, removeAllListeners: vi.fn() },
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: mocks.setApplicationMenu,
  },
  nativeTheme: mocks.nativeTheme,
  protocol: {
    registerSchemesAsPrivileged: mocks.registerSchemesAsPrivileged,
    handle: mocks.protocolHandle,
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: {
    defaultSession: {
      setSpellCheckerEnabled: vi.fn(),
      setPermissionRequestHandler: mocks.setPermissionRequestHandler,
      setPermissionCheckHandler: mocks.setPermissionCheckHandler,
      setDevicePermissionHandler: mocks.setDevicePermissionHandler,
      webRequest: { onBeforeRequest: mocks.onBeforeRequest },
    },
  },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
}));

/** electron-store over a real file, as the real one behaves: parses on construction. */
vi.mock('electron-store', () => ({
  default: class {
    readonly path: string;
    constructor(options: { cwd: string; name: string }) {
      this.path = `${options.cwd}/${options.name}.json`;
      if (existsSync(this.path)) JSON.parse(readFileSync(this.path, 'utf8'));
    }
    get store(): unknown {
      return existsSync(this.path) ? JSON.parse(readFileSync(this.path, 'utf8')) : {};
    }
    set store(value: unknown) {
      mkdirSync(path.dirname(this.path), { recursive: true });
      writeFileSync(this.path, JSON.stringify(value));
    }
  },
}));

type Handler = (event: unknown, request: unknown) => Promise<unknown>;

function handlerFor(channel: string): Handler {
  const call = mocks.ipcHandle.mock.calls.find(([name]) => name === channel);
  if (call === undefined) throw new Error(`no handler for ${channel}`);
  return call[1] as Handler;
}

function trustedEvent(window: FakeBrowserWindow) {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

function theWindow(): FakeBrowserWindow {
  const window = electron.created[0];
  if (!(window instanceof FakeBrowserWindow)) throw new Error('no window was created');
  return window;
}

let base: string;

async function startMain() {
  vi.resetModules();
  await import('./index');
  // `whenReady().then(start)`: let the promise chain run.
  await vi.waitFor(() => expect(electron.created).toHaveLength(1));
}

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-main-'));
  electron.state.userData = path.join(base, 'userData');
  electron.state.home = path.join(base, 'home');
  electron.created.length = 0;
  electron.appEvents.clear();
  vi.clearAllMocks();
  mocks.nativeTheme.themeSource = 'system';
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('sandboxes every renderer and registers the app scheme before ready', async () => {
    await startMain();
    expect(mocks.enableSandbox).toHaveBeenCalledOnce();
    expect(mocks.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('serves the app over app:// and loads its index', async () => {
    await startMain();
    expect(mocks.protocolHandle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(theWindow().loadURL).toHaveBeenCalledWith(APP_INDEX_URL);
  });

  it('denies permissions and filters the network of the default session', async () => {
    await startMain();
    expect(mocks.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(mocks.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(mocks.onBeforeRequest).toHaveBeenCalledOnce();
  });

  it('hardens every web contents the app creates', async () => {
    await startMain();
    expect(electron.appEvents.get('web-contents-created')).toHaveLength(1);
  });

  it('opens a sandboxed, isolated window with the bundled preload', async () => {
    await startMain();
    const prefs = theWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
  });

  it('registers every contract channel and answers the app window through the services', async () => {
    await startMain();
    expect(mocks.ipcHandle.mock.calls.map(([name]) => name).sort()).toEqual([...channels].sort());
    const reply = await handlerFor('app:info')(trustedEvent(theWindow()), {});
    expect(reply).toMatchObject({
      ok: true,
      value: { name: 'Tradeoff', host: 'electron', dialogs: 'native', version: '0.1.0' },
    });
  });

  it('refuses a subframe before the services see the request', async () => {
    await startMain();
    const window = theWindow();
    const subframe = { ...window.webContents.mainFrame, parent: {}, routingId: 8 };
    const reply = await handlerFor('prefs:set')(
      { sender: window.webContents, senderFrame: subframe },
      { theme: 'dark' },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(mocks.nativeTheme.themeSource).toBe('system');
  });

  it('rejects bad input with a message, not an exception', async () => {
    await startMain();
    const reply = await handlerFor('workshop:openRecent')(trustedEvent(theWindow()), {
      fileId: '../../etc/passwd',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('keeps preferences in the user-data folder and follows the theme natively', async () => {
    await startMain();
    const reply = await handlerFor('prefs:set')(trustedEvent(theWindow()), { theme: 'dark' });
    expect(reply).toMatchObject({ ok: true, value: { preferences: { theme: 'dark' } } });
    expect(mocks.nativeTheme.themeSource).toBe('dark');
    const stored = JSON.parse(
      readFileSync(path.join(electron.state.userData, 'preferences.json'), 'utf8'),
    );
    expect(stored.theme).toBe('dark');
  });

  it('starts with defaults and a notice when the preferences file is damaged', async () => {
    mkdirSync(electron.state.userData, { recursive: true });
    writeFileSync(path.join(electron.state.userData, 'preferences.json'), '{"theme": ');
    await startMain();
    const reply = await handlerFor('prefs:get')(trustedEvent(theWindow()), {});
    expect(reply).toMatchObject({ ok: true, value: { preferences: { theme: 'system' } } });
    expect((reply as { value: { notice: string } }).value.notice).toContain('damaged');
  });

  it('saves through the native save dialog into the workshop folder', async () => {
    await startMain();
    const window = theWindow();
    const target = path.join(electron.state.home, 'Tradeoff', 'Q3 planning.tradeoff');
    mocks.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const created = (await handlerFor('workshop:new')(trustedEvent(window), {})) as {
      value: { doc: unknown };
    };
    const saved = await handlerFor('workshop:saveAs')(trustedEvent(window), {
      doc: created.value.doc,
    });
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(existsSync(target)).toBe(true);
    await vi.waitFor(() => {
      const template = mocks.setApplicationMenu.mock.lastCall?.[0] as { template: unknown };
      expect(JSON.stringify(template.template)).toContain('Q3 planning.tradeoff');
    });
  });

  it('asks the renderer before closing a window with unsaved changes', async () => {
    await startMain();
    const window = theWindow();
    await handlerFor('window:setDirty')(trustedEvent(window), { dirty: true });
    const event = { defaultPrevented: false, preventDefault: vi.fn() };
    event.preventDefault.mockImplementation(() => {
      event.defaultPrevented = true;
    });
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith('window:closeRequested', {});
  });

  it('remembers the window bounds when it closes', async () => {
    await startMain();
    const window = theWindow();
    window.emit('close', { defaultPrevented: false, preventDefault: vi.fn() });
    await vi.waitFor(() => {
      const stored = JSON.parse(
        readFileSync(path.join(electron.state.userData, 'preferences.json'), 'utf8'),
      );
      expect(stored.windowBounds).toEqual({
        x: 40,
        y: 30,
        width: 1100,
        height: 700,
        maximized: false,
      });
    });
  });

  it('sends menu commands to the window', async () => {
    await startMain();
    const window = theWindow();
    const menu = mocks.setApplicationMenu.mock.lastCall?.[0] as {
      template: { id?: string; submenu?: { id?: string; click?: () => void }[] }[];
    };
    const save = menu.template
      .flatMap((m) => m.submenu ?? [])
      .find((item) => item.id === 'file.save');
    save?.click?.();
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', { command: 'save' });
  });

  it('opens a workshop named on the command line once the page has loaded', async () => {
    const file = path.join(base, 'Desktop', 'Q3 planning.tradeoff');
    await writeWorkshop(file, 'Q3 planning');
    const argv = process.argv;
    process.argv = [...argv, file];
    try {
      await startMain();
    } finally {
      process.argv = argv;
    }
    const window = theWindow();
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.emit('did-finish-load');
    await expectOpenableFrom(window, 'Q3 planning');
  });

  it("opens the file macOS sends with open-file, which is the app's to handle", async () => {
    await startMain();
    const window = theWindow();
    window.webContents.emit('did-finish-load');
    const file = path.join(base, 'Desktop', 'Dropped.tradeoff');
    await writeWorkshop(file, 'Dropped on the dock');
    const event = { preventDefault: vi.fn() };
    appListener('open-file')(event, file);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await expectOpenableFrom(window, 'Dropped on the dock');
  });

  it("brings the app forward and opens the file of a second instance's command line", async () => {
    await startMain();
    const window = theWindow();
    window.webContents.emit('did-finish-load');
    const folder = path.join(base, 'Desktop');
    await writeWorkshop(path.join(folder, 'Second.tradeoff'), 'From a second launch');
    appListener('second-instance')({}, ['/opt/Tradeoff/tradeoff', 'Second.tradeoff'], folder);
    expect(window.focus).toHaveBeenCalled();
    await expectOpenableFrom(window, 'From a second launch');
  });

  it('asks before quitting with unsaved changes, and quits once the renderer agrees', async () => {
    await startMain();
    const window = theWindow();
    await handlerFor('window:setDirty')(trustedEvent(window), { dirty: true });
    const quitting = { preventDefault: vi.fn() };
    appListener('before-quit')(quitting);
    expect(quitting.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith('window:closeRequested', {});

    await handlerFor('window:close')(trustedEvent(window), {});
    await vi.waitFor(() => expect(mocks.quit).toHaveBeenCalledOnce());
    const again = { preventDefault: vi.fn() };
    appListener('before-quit')(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('lets the app quit at once when nothing is unsaved', async () => {
    await startMain();
    const quitting = { preventDefault: vi.fn() };
    appListener('before-quit')(quitting);
    expect(quitting.preventDefault).not.toHaveBeenCalled();
  });
});

function appListener(event: string): (...args: unknown[]) => unknown {
  const listeners = electron.appEvents.get(event) ?? [];
  expect(listeners, `main listens to app ${event}`).toHaveLength(1);
  return listeners[0]!;
}

async function writeWorkshop(file: string, title: string): Promise<void> {
  const doc = createWorkshop(new Date('2026-03-10T09:00:00Z'));
  doc.meta.title = title;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, serializeWorkshop(doc, '0.1.0'));
}

/** Main told the page to open a file by id, and that id opens the workshop through the services. */
async function expectOpenableFrom(window: FakeBrowserWindow, title: string): Promise<void> {
  const sent = window.webContents.send.mock.calls.find(([event]) => event === 'menu:command');
  expect(sent?.[1]).toEqual({ command: 'open', recentFileId: expect.any(String) });
  const { recentFileId } = sent?.[1] as { recentFileId: string };
  const reply = await handlerFor('workshop:openRecent')(trustedEvent(window), {
    fileId: recentFileId,
  });
  expect(reply).toMatchObject({ ok: true, value: { status: 'opened', doc: { meta: { title } } } });
}
