/** `S` → `Ctrl+S`, or `⌘S` on a Mac; with Shift: `Ctrl+Shift+S` / `⇧⌘S`. */
export function shortcutLabel(key: string, mac: boolean, shift = false): string {
  if (mac) return `${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

/** The `aria-keyshortcuts` form of the same shortcut. */
export function ariaShortcut(key: string, mac: boolean, shift = false): string {
  return `${mac ? 'Meta' : 'Control'}+${shift ? 'Shift+' : ''}${key}`;
}

/** Both hosts run on the user's own machine, so the host's platform is the keyboard's. */
export function isMacPlatform(platform: string | undefined): boolean {
  return platform === 'darwin';
}
