import type { Handlers, WindowChannel } from '../services/types';
import { sendEvent, type EventReceiver } from './events';

/** The parts of a `BrowserWindow` that closing with unsaved changes involves. */
export interface GuardedWindow {
  close(): void;
  isDestroyed(): boolean;
  /** macOS shows the unsaved dot in the close button; a no-op elsewhere. */
  setDocumentEdited(edited: boolean): void;
  webContents: EventReceiver & { isCrashed(): boolean };
}

export interface CloseGuard {
  /** The `close` event listener of the window. */
  onClose(event: { preventDefault(): void }): void;
  /**
   * The app is quitting (Cmd+Q, File → Quit). True when this window may close now; otherwise
   * the renderer is asked as for closing the window, and once it agrees the quit starts again.
   */
  mayQuit(): boolean;
  /** The answers to the `window:*` channels for this window. */
  handlers: Pick<Handlers, WindowChannel>;
  isDirty(): boolean;
}

export interface CloseGuardOptions {
  /** Runs after the reply to `window:close` has left (a tick later by default). */
  defer?: (run: () => void) => void;
  /** Starts quitting the app again (`app.quit`). */
  quitApp?: () => void;
}

/**
 * Closing a window with unsaved changes never happens silently: the close is cancelled and the
 * renderer is asked (`window:closeRequested`); it asks the user save / discard / cancel and,
 * unless cancelled, calls `window:close`, which closes for real (issue 2, "Never lose work").
 * Quitting the app asks the same question and, once answered, quits rather than only closing
 * the window (on macOS the app would otherwise stay running without it). A cancelled question
 * sends nothing back, so every request records what it was for and the answer acts on the
 * latest. A renderer that crashed cannot answer, so its window closes; its autosave is the
 * safety net.
 */
export function createCloseGuard(
  window: GuardedWindow,
  { defer = (run) => void setTimeout(run, 0), quitApp }: CloseGuardOptions = {},
): CloseGuard {
  let dirty = false;
  let closeApproved = false;
  let askedFor: 'close' | 'quit' = 'close';

  const mustAsk = () => dirty && !closeApproved && !window.webContents.isCrashed();
  const ask = (purpose: 'close' | 'quit') => {
    askedFor = purpose;
    sendEvent(window.webContents, 'window:closeRequested', {});
  };

  return {
    isDirty: () => dirty,
    onClose(event) {
      if (!mustAsk()) return;
      event.preventDefault();
      ask('close');
    },
    mayQuit() {
      if (!mustAsk()) return true;
      ask('quit');
      return false;
    },
    handlers: {
      'window:setDirty': async ({ dirty: next }) => {
        dirty = next;
        window.setDocumentEdited(next);
        return { ok: true };
      },
      'window:close': async () => {
        closeApproved = true;
        // After the reply has left: closing now would destroy the page awaiting it.
        defer(() => {
          if (askedFor === 'quit' && quitApp !== undefined) quitApp();
          else if (!window.isDestroyed()) window.close();
        });
        return { ok: true };
      },
    },
  };
}

/**
 * `before-quit`: every window with unsaved changes is asked (all of them, not only the first),
 * and the quit waits; each agreeing window starts it again.
 */
export function holdQuitForUnsavedWork(
  event: { preventDefault(): void },
  guards: Iterable<CloseGuard>,
): void {
  const waiting = [...guards].filter((guard) => !guard.mayQuit());
  if (waiting.length > 0) event.preventDefault();
}
