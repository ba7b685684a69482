import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuInput, type MenuMessage } from './menu';

function build(overrides: Partial<MenuInput> = {}) {
  const send = vi.fn<(message: MenuMessage) => void>();
  const template = buildMenuTemplate({
    platform: 'linux',
    isDev: false,
    appName: 'Tradeoff',
    recentFiles: [],
    send,
    ...overrides,
  });
  return { template, send };
}

/** Every item in the tree, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function byId(
  items: readonly MenuItemConstructorOptions[],
  id: string,
): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.id === id);
  if (found === undefined) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions) {
  if (item.click === undefined) throw new Error(`${item.id} has no click`);
  // Electron passes (menuItem, window, event); our items use none of them.
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(build().template.map((menu) => menu.id)).toEqual(['file', 'edit', 'view', 'help']);
  });

  it('adds the application and Window menus on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((menu) => menu.id ?? menu.role)).toEqual([
      'app',
      'file',
      'edit',
      'view',
      'windowMenu',
      'help',
    ]);
  });

  it.each([
    ['file.new', 'CmdOrCtrl+N', 'new'],
    ['file.open', 'CmdOrCtrl+O', 'open'],
    ['file.save', 'CmdOrCtrl+S', 'save'],
    ['file.saveAs', 'CmdOrCtrl+Shift+S', 'saveAs'],
    ['file.close', 'CmdOrCtrl+W', 'close'],
    ['edit.undo', 'CmdOrCtrl+Z', 'undo'],
    ['edit.redo', 'CmdOrCtrl+Shift+Z', 'redo'],
  ] as const)('%s has %s and sends "%s"', (id, accelerator, command) => {
    const { template, send } = build();
    const item = byId(template, id);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith({ command });
  });

  it.each(['file.new', 'file.open', 'file.save', 'file.saveAs', 'edit.undo', 'edit.redo'])(
    '%s shows its shortcut but leaves the key to the page on Windows and Linux',
    (id) => {
      expect(byId(build().template, id).registerAccelerator).toBe(false);
    },
  );

  it('registers the shortcut of Close, which the page does not handle', () => {
    expect(byId(build().template, 'file.close').registerAccelerator).toBeUndefined();
  });

  it.each([
    ['file.exportPdf', 'exportPdf'],
    ['view.toggleTheme', 'toggleTheme'],
    ['help.about', 'about'],
  ] as const)('%s sends "%s"', (id, command) => {
    const { template, send } = build();
    click(byId(template, id));
    expect(send).toHaveBeenCalledExactlyOnceWith({ command });
  });

  it('sends About from the macOS application menu too', () => {
    const { template, send } = build({ platform: 'darwin' });
    click(byId(template, 'app.about'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ command: 'about' });
  });

  it('leaves undo and redo to the document history, not the text-field roles', () => {
    const edit = flatten(build().template.filter((menu) => menu.id === 'edit'));
    const roles = edit.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('lists recent workshops that open by id, not by path', () => {
    const recentFiles = [
      {
        id: 'recent-0001',
        name: 'Q3 planning.tradeoff',
        displayPath: '~/Tradeoff/Q3 planning.tradeoff',
      },
      { id: 'recent-0002', name: 'R&D.tradeoff', displayPath: '~/Tradeoff/R&D.tradeoff' },
    ];
    const { template, send } = build({ recentFiles });
    const recent = byId(template, 'file.openRecent');
    const items = recent.submenu as MenuItemConstructorOptions[];
    expect(items.map((item) => item.label)).toEqual(['Q3 planning.tradeoff', 'R&&D.tradeoff']);
    expect(items[0]?.toolTip).toBe('~/Tradeoff/Q3 planning.tradeoff');
    click(items[1]!);
    expect(send).toHaveBeenCalledExactlyOnceWith({ command: 'open', recentFileId: 'recent-0002' });
  });

  it('shows a disabled placeholder when there is nothing recent', () => {
    const recent = byId(build().template, 'file.openRecent');
    expect(recent.submenu).toEqual([
      { id: 'file.openRecent.empty', label: 'No Recent Workshops', enabled: false },
    ]);
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (isDev: boolean) => flatten(build({ isDev }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('has zoom and full screen for the projector', () => {
    const roles = flatten(build().template).map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('puts Quit in File outside macOS and in the application menu on macOS', () => {
    const fileRoles = (platform: NodeJS.Platform) =>
      flatten(build({ platform }).template.filter((m) => m.id === 'file')).map((i) => i.role);
    expect(fileRoles('win32')).toContain('quit');
    expect(fileRoles('darwin')).not.toContain('quit');
    const app = build({ platform: 'darwin' }).template.filter((m) => m.id === 'app');
    expect(flatten(app).map((i) => i.role)).toContain('quit');
  });

  it('gives every item with a click a unique id', () => {
    const ids = flatten(build({ platform: 'darwin', isDev: true }).template)
      .filter((item) => item.click !== undefined)
      .map((item) => item.id);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
