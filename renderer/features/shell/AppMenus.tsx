import { useServices, useDocument, useHistoryAvailability, useUi } from '../../app/ServicesContext';
import { ariaShortcut, shortcutLabel } from '../../app/shortcutLabel';
import { setThemePreference } from '../../app/theme';
import { MenuButton, type MenuEntry } from '../../ui/MenuButton';
import type { RunCommand } from './commandRunner';

interface AppMenusProps {
  run: RunCommand;
  mac: boolean;
}

/**
 * File, Edit, View and Help in the page itself: the browser host has no native menu, and in
 * Electron they mirror it, so both hosts work the same way.
 */
export function AppMenus({ run, mac }: AppMenusProps) {
  const services = useServices();
  const hasDoc = useDocument((s) => s.doc !== null);
  const readOnly = useUi((s) => s.session.readOnly !== null);
  const recent = useUi((s) => s.recent);
  const theme = useUi((s) => s.theme);
  const { canUndo, canRedo } = useHistoryAvailability();
  const page = (command: Parameters<RunCommand>[0]['command'], recentFileId?: string) => () =>
    void run({ command, source: 'page', recentFileId });
  const key = (k: string, shift = false) => ({
    shortcut: shortcutLabel(k, mac, shift),
    keyShortcuts: ariaShortcut(k, mac, shift),
  });

  const file: MenuEntry[] = [
    { label: 'New workshop', onSelect: page('new'), ...key('N') },
    { label: 'Open…', onSelect: page('open'), ...key('O') },
    { label: 'Save', onSelect: page('save'), disabled: !hasDoc || readOnly, ...key('S') },
    {
      label: 'Save as…',
      onSelect: page('saveAs'),
      disabled: !hasDoc,
      ...key('S', true),
    },
    { label: 'Close', onSelect: page('close'), disabled: !hasDoc },
    ...recent.map((f, index) => ({
      label: f.name,
      detail: f.displayPath,
      onSelect: page('openRecent', f.id),
      section: index === 0 ? 'Open recent' : undefined,
    })),
  ];

  const edit: MenuEntry[] = [
    { label: 'Undo', onSelect: page('undo'), disabled: !canUndo, ...key('Z') },
    {
      label: 'Redo',
      onSelect: page('redo'),
      disabled: !canRedo,
      ...(mac ? key('Z', true) : key('Y')),
    },
  ];

  const view: MenuEntry[] = [
    { label: 'Toggle dark theme', onSelect: page('toggleTheme') },
    {
      label: theme === 'system' ? 'Following the system theme' : 'Follow the system theme',
      disabled: theme === 'system',
      onSelect: () => void setThemePreference(services, 'system'),
    },
  ];

  const help: MenuEntry[] = [{ label: 'About Tradeoff', onSelect: page('about') }];

  return (
    <nav className="app-menus" aria-label="Application">
      <MenuButton label="File" entries={file} />
      <MenuButton label="Edit" entries={edit} />
      <MenuButton label="View" entries={view} />
      <MenuButton label="Help" entries={help} />
    </nav>
  );
}
