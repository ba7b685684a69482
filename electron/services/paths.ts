import os from 'node:os';
import path from 'node:path';

/** True when `candidate` is `root` itself or lies below it (both already absolute and real). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  return !escapes && !path.isAbsolute(relative);
}

/** A location for menus and dialogs: the home folder shortened to `~`. Never sent back. */
export function displayPath(absolute: string, home: string = os.homedir()): string {
  if (home && isInside(home, absolute)) {
    const rest = path.relative(home, absolute);
    return rest === '' ? '~' : `~${path.sep}${rest}`;
  }
  return absolute;
}

export const WORKSHOP_EXTENSION = '.tradeoff';

export function hasWorkshopExtension(name: string): boolean {
  return name.toLowerCase().endsWith(WORKSHOP_EXTENSION);
}

/** `name` ending in `extension` (case-insensitive), added when missing. */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

export function withWorkshopExtension(name: string): string {
  return withExtension(name, WORKSHOP_EXTENSION);
}
