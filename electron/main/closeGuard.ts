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
  /** The answers to the `window:*` channels for this window. */
  handlers: Pick<Handlers, WindowChannel>;
  isDirty(): boolean;
}

/**
 * Closing a window with unsaved changes never happens silently: the close is cancelled and the
 * renderer is asked (`window:closeRequested`); it asks the user save / discard / cancel and,
 * unless cancelled, calls `window:close`, which closes for real (issue 2, "Never lose work").
 * A renderer that crashed cannot answer, so its window closes; its autosave is the safety net.
 */
export function createCloseGuard(
  window: GuardedWindow,
  defer: (run: () => void) => void = (run) => void setTimeout(run, 0),
): CloseGuard {
  let dirty = false;
  let closeApproved = false;

  return {
    isDirty: () => dirty,
    onClose(event) {
      if (!dirty || closeApproved || window.webContents.isCrashed()) return;
      event.preventDefault();
      sendEvent(window.webContents, 'window:closeRequested', {});
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
          if (!window.isDestroyed()) window.close();
        });
        return { ok: true };
      },
    },
  };
}
