import { z } from 'zod';
import { buildApi, buildEventApi, type Bridge } from '../../shared/ipc/api';
import { events, type Channel, type EventName } from '../../shared/ipc/contract';

/**
 * The object the preload exposes as `window.tradeoff`: exactly the contract's API, one named
 * method per channel and one `on…` per event (STYLE §2). Nothing here hands out `ipcRenderer`,
 * a generic `invoke`, or the IPC event; a script injected into the page can call what the app
 * can call and no more.
 */

/** What the bridge needs of Electron's `ipcRenderer`. */
export interface IpcRendererLike {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/** Main answers every call with the browser host's `WireResult` (shared/ipc/http.ts). */
const WireResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

export function createBridge(ipc: IpcRendererLike): Bridge {
  const call = async (channel: Channel, request: unknown): Promise<unknown> => {
    const reply = WireResultSchema.safeParse(await ipc.invoke(channel, request));
    if (!reply.success) throw new Error(`Tradeoff could not read the reply to ${channel}.`);
    if (!reply.data.ok) throw new Error(reply.data.error.message);
    return reply.data.value;
  };

  const subscribe = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    const schema = events[event];
    // The IPC event (with its `sender`) stays here; the page gets the checked payload only.
    const forward = (_event: unknown, payload: unknown) => {
      const parsed = schema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipc.on(event, forward);
    return () => {
      ipc.removeListener(event, forward);
    };
  };

  return { ...buildApi(call), events: buildEventApi(subscribe) } satisfies Bridge;
}
