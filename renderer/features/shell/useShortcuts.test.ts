import { describe, expect, it } from 'vitest';
import { commandForKey, menuShortcut, type KeyboardHost } from './useShortcuts';

const browser: KeyboardHost = { kind: 'browser', mac: false };
const browserOnMac: KeyboardHost = { kind: 'browser', mac: true };
const electron: KeyboardHost = { kind: 'electron', mac: false };
const electronOnMac: KeyboardHost = { kind: 'electron', mac: true };

function press(init: KeyboardEventInit, target?: HTMLElement): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  if (target) {
    document.body.append(target);
    target.dispatchEvent(event);
    target.remove();
  }
  return event;
}

const ctrl = (key: string, shift = false) =>
  press({ key, code: `Key${key.toUpperCase()}`, ctrlKey: true, shiftKey: shift });

describe('menu shortcuts', () => {
  it.each([
    ['new', browser, 'Alt+N', 'Alt+N'],
    ['new', browserOnMac, '⌥N', 'Alt+N'],
    ['new', electron, 'Ctrl+N', 'Control+N'],
    ['new', electronOnMac, '⌘N', 'Meta+N'],
    ['open', browser, 'Ctrl+O', 'Control+O'],
    ['save', browser, 'Ctrl+S', 'Control+S'],
    ['saveAs', browser, 'Ctrl+Shift+S', 'Control+Shift+S'],
    ['saveAs', electronOnMac, '⇧⌘S', 'Meta+Shift+S'],
    ['close', electron, 'Ctrl+W', 'Control+W'],
    ['undo', browser, 'Ctrl+Z', 'Control+Z'],
    ['redo', browser, 'Ctrl+Y', 'Control+Y'],
    ['redo', electronOnMac, '⇧⌘Z', 'Meta+Shift+Z'],
  ] as const)('shows %s in %j as %s', (command, host, shortcut, keyShortcuts) => {
    expect(menuShortcut(command, host)).toEqual({ shortcut, keyShortcuts });
  });

  it('shows no key for Close in a browser, which keeps Ctrl+W to close the tab', () => {
    expect(menuShortcut('close', browser)).toBeUndefined();
  });

  it('shows no key for commands without one', () => {
    expect(menuShortcut('toggleTheme', electron)).toBeUndefined();
  });
});

describe('keys to commands', () => {
  it('starts a new workshop with Alt+N in a browser, and with Ctrl+N where the page gets it', () => {
    expect(commandForKey(press({ key: 'n', code: 'KeyN', altKey: true }), browser)).toBe('new');
    expect(commandForKey(ctrl('n'), browser)).toBe('new');
  });

  it('keeps Alt+N out of Electron, where Ctrl+N is the key', () => {
    expect(commandForKey(press({ key: 'n', code: 'KeyN', altKey: true }), electron)).toBeNull();
    expect(commandForKey(ctrl('n'), electron)).toBe('new');
  });

  it('reads ⌥N on a Mac by its key position, since it types a dead key', () => {
    const optionN = press({ key: 'Dead', code: 'KeyN', altKey: true });
    expect(commandForKey(optionN, browserOnMac)).toBe('new');
  });

  it('leaves ⌥N in a text field on a Mac to typing (ñ)', () => {
    const field = document.createElement('input');
    const optionN = press({ key: 'Dead', code: 'KeyN', altKey: true }, field);
    expect(commandForKey(optionN, browserOnMac)).toBeNull();
  });

  it.each([
    ['o', false, 'open'],
    ['s', false, 'save'],
    ['S', true, 'saveAs'],
    ['z', false, 'undo'],
    ['Z', true, 'redo'],
    ['y', false, 'redo'],
  ] as const)('maps Ctrl+%s (Shift: %s) in the browser host to %s', (key, shift, command) => {
    expect(commandForKey(ctrl(key, shift), browser)).toBe(command);
  });

  it('closes the workshop with Ctrl+W only in Electron', () => {
    expect(commandForKey(ctrl('w'), electron)).toBe('close');
    expect(commandForKey(ctrl('w'), browser)).toBeNull();
  });

  it('finds the letter by key position on layouts without Latin letters', () => {
    const russianS = press({ key: 'ы', code: 'KeyS', ctrlKey: true });
    expect(commandForKey(russianS, browser)).toBe('save');
  });

  it('ignores AltGr (Ctrl+Alt on Windows) and plain letters', () => {
    expect(
      commandForKey(press({ key: 'n', code: 'KeyN', ctrlKey: true, altKey: true }), browser),
    ).toBeNull();
    expect(commandForKey(press({ key: 'n', code: 'KeyN' }), browser)).toBeNull();
  });
});
