import path from 'node:path';
import type { FileRef } from '../../shared/ipc/contract';
import type { ServiceContext } from './context';
import { hasWorkshopExtension } from './paths';

/**
 * A workshop the operating system asks the app to open: double-clicked or dropped on the app
 * (file association, macOS `open-file`) or named on a command line. The path comes from the OS,
 * never from the renderer, and is granted like a dialog's choice: the renderer gets an id to
 * send to `workshop:openRecent`, which reads, checks and reports on the file as for any other
 * open. Only `.tradeoff` files by absolute path; in a host confined to the workshop folder the
 * grant is confined too, so a file outside that folder is refused when it is opened.
 */
export function grantFileFromOs(ctx: ServiceContext, filePath: string): FileRef | null {
  if (!path.isAbsolute(filePath) || !hasWorkshopExtension(filePath)) return null;
  return ctx.fileRef(path.resolve(filePath), ctx.confinedHost);
}
