import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload, MenuCommand, RecentFile } from '../../shared/ipc/contract';

export type MenuMessage = EventPayload<'menu:command'>;

export interface MenuInput {
  platform: NodeJS.Platform;
  /** Reload and DevTools are development tools, not user features. */
  isDev: boolean;
  appName: string;
  /** From `recent:list`, newest first; ids are the ones the services handed out. */
  recentFiles: readonly Pick<RecentFile, 'id' | 'name' | 'displayPath'>[];
  /** Delivers a `menu:command` to the focused window's renderer. */
  send: (message: MenuMessage) => void;
}

/**
 * Shortcuts the page handles itself, in both hosts (renderer/features/shell/useShortcuts.ts):
 * it knows when Ctrl+Z belongs to a text field rather than to the document history. On
 * Windows and Linux a registered accelerator takes the key before the page sees it, so these
 * items show their shortcut without registering it; on macOS the page gets the key first and
 * the menu only what the page leaves unhandled.
 */
const PAGE_SHORTCUTS: ReadonlySet<MenuCommand> = new Set([
  'new',
  'open',
  'save',
  'saveAs',
  'undo',
  'redo',
]);

/**
 * The native menus (issue 2, "The renderer shell"). Document commands go to the renderer as
 * `menu:command`: it owns the document, its history and the unsaved-changes prompt, so Undo
 * and Redo here drive the document history, not a text field's. Clipboard and view items use
 * Electron's roles. Every item has an id so tests and the end-to-end suite can find it.
 */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const isMac = input.platform === 'darwin';
  const command = (
    id: string,
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    ...(accelerator !== undefined && PAGE_SHORTCUTS.has(name)
      ? { registerAccelerator: false }
      : {}),
    click: () => input.send({ command: name }),
  });

  const aboutLabel = `About ${input.appName}`;

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: input.appName,
    submenu: [
      command('app.about', aboutLabel, 'about'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: '&File',
    submenu: [
      command('file.new', 'New Workshop', 'new', 'CmdOrCtrl+N'),
      command('file.open', 'Open…', 'open', 'CmdOrCtrl+O'),
      { id: 'file.openRecent', label: 'Open Recent', submenu: recentSubmenu(input) },
      { type: 'separator' },
      command('file.save', 'Save', 'save', 'CmdOrCtrl+S'),
      command('file.saveAs', 'Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('file.exportPdf', 'Export PDF…', 'exportPdf'),
      { type: 'separator' },
      command('file.close', 'Close Workshop', 'close', 'CmdOrCtrl+W'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: '&Edit',
    submenu: [
      command('edit.undo', 'Undo', 'undo', 'CmdOrCtrl+Z'),
      command('edit.redo', 'Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: '&View',
    submenu: [
      command('view.toggleTheme', 'Toggle Dark Theme', 'toggleTheme'),
      { type: 'separator' },
      ...(input.isDev
        ? [
            { role: 'reload' } as const,
            { role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    id: 'help',
    role: 'help',
    label: '&Help',
    submenu: [command('help.about', aboutLabel, 'about')],
  };

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu,
  ];
}

function recentSubmenu(input: MenuInput): MenuItemConstructorOptions[] {
  if (input.recentFiles.length === 0) {
    return [{ id: 'file.openRecent.empty', label: 'No Recent Workshops', enabled: false }];
  }
  return input.recentFiles.map((file, index) => ({
    id: `file.openRecent.${index}`,
    // `&` would become a mnemonic on Windows and Linux.
    label: file.name.replace(/&/g, '&&'),
    toolTip: file.displayPath,
    click: () => input.send({ command: 'open', recentFileId: file.id }),
  }));
}
