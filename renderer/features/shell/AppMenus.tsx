import { useServices, useDocument, useHistoryAvailability, useUi } from '../../app/ServicesContext';
import { setThemePreference } from '../../app/theme';
import { MenuButton, type MenuEntry } from '../../ui/MenuButton';
import { usePdfPageSizeEntries } from '../print/pdfPageSize';
import type { RunCommand } from './commandRunner';
import { menuShortcut } from './useShortcuts';

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
  const hostKind = useUi((s) => s.host?.host ?? 'browser');
  const { canUndo, canRedo } = useHistoryAvailability();
  const pdfPageSizes = usePdfPageSizeEntries();
  const page = (command: Parameters<RunCommand>[0]['command'], recentFileId?: string) => () =>
    void run({ command, source: 'page', recentFileId });
  // The keys that work in this host: a browser keeps Ctrl+N and Ctrl+W for itself.
  const key = (command: Parameters<RunCommand>[0]['command']) =>
    menuShortcut(command, { kind: hostKind, mac });

  const file: MenuEntry[] = [
    { label: 'New workshop', onSelect: page('new'), ...key('new') },
    { label: 'Open…', onSelect: page('open'), ...key('open') },
    { label: 'Save', onSelect: page('save'), disabled: !hasDoc || readOnly, ...key('save') },
    {
      label: 'Save as…',
      onSelect: page('saveAs'),
      disabled: !hasDoc,
      ...key('saveAs'),
    },
    { label: 'Close', onSelect: page('close'), disabled: !hasDoc, ...key('close') },
    { label: 'Export PDF…', onSelect: page('exportPdf'), disabled: !hasDoc, ...key('exportPdf') },
    ...pdfPageSizes,
    ...recent.map((f, index) => ({
      label: f.name,
      detail: f.displayPath,
      onSelect: page('openRecent', f.id),
      section: index === 0 ? 'Open recent' : undefined,
    })),
  ];

  const edit: MenuEntry[] = [
    { label: 'Undo', onSelect: page('undo'), disabled: !canUndo, ...key('undo') },
    {
      label: 'Redo',
      onSelect: page('redo'),
      disabled: !canRedo,
      ...key('redo'),
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
