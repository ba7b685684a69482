import type { WireResult } from '../../shared/ipc/http';
import { channels } from '../../shared/ipc/contract';
import { isAppUrl } from './appProtocol';

/**
 * Main's side of the bridge: one `ipcMain.handle` per contract channel, each refusing any
 * sender that is not the app's own page in the main frame of one of the app's windows, before
 * the request reaches validation or a service (STYLE §3, issue 2 "every IPC handler checks that
 * the sender is the app's own main frame").
 */

/** The parts of Electron's `WebFrameMain` the check reads. */
export interface FrameIdentity {
  url: string;
  parent: unknown;
  processId: number;
  routingId: number;
}

/** The parts of Electron's `IpcMainInvokeEvent` the check reads. */
export interface InvokeEvent {
  sender: { id: number; mainFrame: FrameIdentity };
  senderFrame: FrameIdentity | null;
}

export type Dispatch = (channel: unknown, request: unknown) => Promise<WireResult>;

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEvent, request: unknown) => Promise<unknown>,
  ): void;
}

export const FORBIDDEN_SENDER: WireResult = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Tradeoff window.' },
};

/** The frame is the top frame of its page and that page is the app, not something it loaded. */
export function isTrustedSender(event: InvokeEvent): boolean {
  const frame = event.senderFrame;
  // Null once the frame navigated or was destroyed: whoever sent this is gone.
  if (frame === null) return false;
  const main = event.sender.mainFrame;
  const isMainFrame =
    frame.parent === null &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId;
  return isMainFrame && isAppUrl(frame.url);
}

/**
 * Registers every channel. `dispatcherFor` answers only for web contents of windows the app
 * created (each window has its own dispatcher, because `window:*` channels act on it).
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  dispatcherFor: (webContentsId: number) => Dispatch | null,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, request) => {
      const dispatch = dispatcherFor(event.sender.id);
      if (dispatch === null || !isTrustedSender(event)) return FORBIDDEN_SENDER;
      return dispatch(channel, request);
    });
  }
}
