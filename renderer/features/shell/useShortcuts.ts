import { useEffect } from 'react';
import { useServices, useUi } from '../../app/ServicesContext';
import { ariaShortcut, isMacPlatform, shortcutLabel } from '../../app/shortcutLabel';
import { WORKSPACES } from '../../app/workspaces';
import type { AppInfo } from '../../state/uiStore';
import type { AppCommand, RunCommand } from './commandRunner';
import { isTextField } from '../../ui/textField';

/** Which keys reach the page depends on the host: a browser keeps some for itself. */
export interface KeyboardHost {
  kind: AppInfo['host'];
  mac: boolean;
}

/** A key with Ctrl (⌘ on a Mac) or with Alt (⌥), and perhaps Shift. */
interface Chord {
  letter: string;
  modifier: 'primary' | 'alt';
  shift?: boolean;
}

const primary = (letter: string, shift = false): Chord => ({ letter, modifier: 'primary', shift });
const alt = (letter: string): Chord => ({ letter, modifier: 'alt' });

/**
 * The chords of each command in each host; the first is the one the menus show. Browsers keep
 * Ctrl+N, Ctrl+W and Ctrl+T (new window, close tab, new tab) and never pass them to the page, so
 * the browser host offers Alt+N for a new workshop and no key for Close; Ctrl+N still works where
 * a browser lets the page have it (an installed app window). Electron's native menu has the same
 * keys (electron/main/menu.ts); there Ctrl+W closes the workshop.
 */
function chordsFor(command: AppCommand, host: KeyboardHost): readonly Chord[] {
  const browser = host.kind === 'browser';
  switch (command) {
    case 'new':
      return browser ? [alt('N'), primary('N')] : [primary('N')];
    case 'open':
      return [primary('O')];
    case 'save':
      return [primary('S')];
    case 'saveAs':
      return [primary('S', true)];
    case 'close':
      return browser ? [] : [primary('W')];
    case 'undo':
      return [primary('Z')];
    case 'redo':
      // Each platform's own convention first; the other one works too.
      return host.mac ? [primary('Z', true), primary('Y')] : [primary('Y'), primary('Z', true)];
    default:
      return [];
  }
}

const KEYED_COMMANDS: readonly AppCommand[] = [
  'new',
  'open',
  'save',
  'saveAs',
  'close',
  'undo',
  'redo',
];

/** What a menu shows beside a command, with its `aria-keyshortcuts`; nothing when it has none. */
export function menuShortcut(
  command: AppCommand,
  host: KeyboardHost,
): { shortcut: string; keyShortcuts: string } | undefined {
  const [shown] = chordsFor(command, host);
  if (!shown) return undefined;
  const shift = shown.shift ?? false;
  if (shown.modifier === 'primary') {
    return {
      shortcut: shortcutLabel(shown.letter, host.mac, shift),
      keyShortcuts: ariaShortcut(shown.letter, host.mac, shift),
    };
  }
  return {
    shortcut: host.mac
      ? `⌥${shift ? '⇧' : ''}${shown.letter}`
      : `Alt+${shift ? 'Shift+' : ''}${shown.letter}`,
    keyShortcuts: `Alt+${shift ? 'Shift+' : ''}${shown.letter}`,
  };
}

/**
 * The letter of the key pressed. ⌥ on a Mac turns letters into other characters (⌥N is a dead
 * key), and some layouts have no Latin letters: then the key's position on a US keyboard counts.
 */
function letterOf(event: KeyboardEvent): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toUpperCase();
  return /^Key([A-Z])$/.exec(event.code)?.[1] ?? null;
}

/** The command of a key press in this host; `null` when the key is not one of ours. */
export function commandForKey(event: KeyboardEvent, host: KeyboardHost): AppCommand | null {
  const withPrimary = (event.ctrlKey || event.metaKey) && !event.altKey;
  const withAlt = event.altKey && !event.ctrlKey && !event.metaKey;
  if (!withPrimary && !withAlt) return null;
  // On a Mac, ⌥ + a letter types a character (⌥N then n is ñ): in a text field it is typing.
  if (withAlt && host.mac && isTextField(event.target)) return null;
  const letter = letterOf(event);
  if (letter === null) return null;
  const matches = (chord: Chord) =>
    chord.letter === letter &&
    (chord.modifier === 'primary' ? withPrimary : withAlt) &&
    (chord.shift ?? false) === event.shiftKey;
  return KEYED_COMMANDS.find((command) => chordsFor(command, host).some(matches)) ?? null;
}

/**
 * The keyboard shortcuts of the File and Edit menus and Ctrl/⌘+1…4 for the workspaces. Undo and
 * redo inside a text field stay the field's own.
 */
export function useShortcuts(run: RunCommand): void {
  const { documents, ui } = useServices();
  const kind = useUi((s) => s.host?.host ?? 'browser');
  const mac = useUi((s) => isMacPlatform(s.host?.platform));
  useEffect(() => {
    const host: KeyboardHost = { kind, mac };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Digits by physical key, so that layouts where 1 needs Shift (AZERTY) work too.
      const workspace = WORKSPACES.find((w) => event.code === `Digit${w.digit}`);
      if (workspace && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        if (documents.getState().doc && ui.getState().dialog === null)
          ui.getState().setWorkspace(workspace.id);
        return;
      }
      const command = commandForKey(event, host);
      if (!command) return;
      if ((command === 'undo' || command === 'redo') && isTextField(event.target)) return;
      event.preventDefault();
      void run({ command, source: 'keyboard' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run, documents, ui, kind, mac]);
}
