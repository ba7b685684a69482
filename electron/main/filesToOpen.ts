import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendEvent, type EventReceiver } from './events';

/**
 * Workshop files the operating system asks Tradeoff to open (issue 2, file association): a
 * double-click or a drop on the app icon arrives as `open-file` on macOS and as a command-line
 * argument on Windows and Linux — at launch, or in a second instance whose arguments reach the
 * running one through the single-instance lock. Each file is granted through the services and
 * handed to the renderer as `menu:command { command: 'open', recentFileId }`: the renderer asks
 * about unsaved changes and opens it like a recent file.
 */

const WORKSHOP_FILE = /\.tradeoff$/i;

/**
 * The workshop files named on a command line. Switches (`--user-data-dir=…`, macOS's `-psn_…`),
 * the executable and the app's entry script are not workshops; Linux desktop entries may pass
 * `file://` URLs; relative paths are relative to the folder the command ran in.
 */
export function workshopFilesInArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    const filePath = arg.startsWith('file:') ? fromFileUrl(arg) : path.resolve(cwd, arg);
    if (filePath !== null && WORKSHOP_FILE.test(filePath)) files.push(filePath);
  }
  return files;
}

function fromFileUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

export interface FileOpenerServices {
  /** Grants the path through the services: the id the renderer may open, or null. */
  grant(filePath: string): string | null;
  /** Opens the app window when there is none (macOS keeps running with every window closed). */
  ensureWindow(): void;
}

export interface FileOpener {
  /** Files the OS asked for; kept until the services and a loaded window can take them. */
  request(filePaths: readonly string[]): void;
  /** The services are running. */
  start(services: FileOpenerServices): void;
  /** A window's page has loaded; its preload holds events until the page listens. */
  attach(window: EventReceiver): void;
  detach(window: EventReceiver): void;
}

export function createFileOpener(): FileOpener {
  const pending: string[] = [];
  let services: FileOpenerServices | null = null;
  let target: EventReceiver | null = null;

  function deliver(): void {
    if (services === null || pending.length === 0) return;
    if (target === null) {
      services.ensureWindow();
      return;
    }
    for (const filePath of pending.splice(0)) {
      const fileId = services.grant(filePath);
      if (fileId !== null) {
        sendEvent(target, 'menu:command', { command: 'open', recentFileId: fileId });
      }
    }
  }

  return {
    request(filePaths) {
      pending.push(...filePaths);
      deliver();
    },
    start(next) {
      services = next;
      deliver();
    },
    attach(window) {
      target = window;
      deliver();
    },
    detach(window) {
      if (target === window) target = null;
    },
  };
}

/** macOS's `open-file` listener: the app handles the file (else macOS reports a failure). */
export function openFileListener(opener: FileOpener) {
  return (event: { preventDefault(): void }, filePath: string): void => {
    event.preventDefault();
    opener.request([filePath]);
  };
}

/** The `second-instance` listener: the running app comes forward and opens what it was given. */
export function secondInstanceListener(opener: FileOpener, bringToFront: () => void) {
  return (_event: unknown, argv: readonly string[], workingDirectory: string): void => {
    bringToFront();
    opener.request(workshopFilesInArgv(argv, workingDirectory));
  };
}
