import { z } from 'zod';
import { buildApi, buildEventApi, type Bridge } from '../../shared/ipc/api';
import { eventNames, events, type Channel, type EventName } from '../../shared/ipc/contract';

/**
 * The object the preload exposes as `window.tradeoff`: exactly the contract's API, one named
 * method per channel and one `on…` per event (STYLE §2). Nothing here hands out `ipcRenderer`,
 * a generic `invoke`, or the IPC event; a script injected into the page can call what the app
 * can call and no more.
 */

/** What the bridge needs of Electron's `ipcRenderer`. */
export interface IpcRendererLike {
  invoke(channel: string, request: unknown): Promise<unknown>;
  /** One listener per event for the page's lifetime: the page's own subscriptions live here. */
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/** Main answers every call with the browser host's `WireResult` (shared/ipc/http.ts). */
const WireResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

/**
 * Main sends `menu:command` to a page as soon as it has loaded (a file double-clicked to launch
 * the app), while the app may still be starting and not yet listening. Such events are held,
 * up to this many per event, and handed to the first listener.
 */
const MAX_HELD_EVENTS = 16;

export function createBridge(ipc: IpcRendererLike): Bridge {
  const call = async (channel: Channel, request: unknown): Promise<unknown> => {
    const reply = WireResultSchema.safeParse(await ipc.invoke(channel, request));
    if (!reply.success) throw new Error(`Tradeoff could not read the reply to ${channel}.`);
    if (!reply.data.ok) throw new Error(reply.data.error.message);
    return reply.data.value;
  };

  const inboxes = new Map<
    EventName,
    { listeners: Set<(payload: unknown) => void>; held: unknown[] }
  >();
  for (const event of eventNames) {
    const inbox = { listeners: new Set<(payload: unknown) => void>(), held: [] as unknown[] };
    inboxes.set(event, inbox);
    const schema = events[event];
    // The IPC event (with its `sender`) stays here; the page gets the checked payload only.
    ipc.on(event, (_event: unknown, payload: unknown) => {
      const parsed = schema.safeParse(payload);
      if (!parsed.success) return;
      if (inbox.listeners.size > 0) {
        for (const listener of [...inbox.listeners]) listener(parsed.data);
      } else if (inbox.held.length < MAX_HELD_EVENTS) {
        inbox.held.push(parsed.data);
      }
    });
  }

  const subscribe = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    const inbox = inboxes.get(event);
    if (inbox === undefined) return () => undefined;
    inbox.listeners.add(listener);
    for (const payload of inbox.held.splice(0)) listener(payload);
    return () => {
      inbox.listeners.delete(listener);
    };
  };

  return { ...buildApi(call), events: buildEventApi(subscribe) } satisfies Bridge;
}
