import type { Channel, EventName, EventPayload, Request, Response } from './contract';
import { channels, eventNames } from './contract';

/**
 * The renderer-facing API derived from the contract: `workshop:save` becomes
 * `api.workshop.save(req)`. The preload exposes exactly this shape (checked with `satisfies`),
 * and the browser host's client builds the same object over HTTP.
 */
type AreaOf<C extends string> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C extends string, A extends string> = C extends `${A}:${infer V}` ? V : never;

type Method<C extends Channel> = (req: Request<C>) => Promise<Response<C>>;

export type Api = {
  [A in AreaOf<Channel>]: {
    [V in VerbOf<Channel, A>]: Method<Extract<`${A}:${V}`, Channel>>;
  };
};

type EventMethodName<E extends string> = E extends `${infer A}:${infer V}`
  ? `on${Capitalize<A>}${Capitalize<V>}`
  : never;

/** `menu:command` → `onMenuCommand(listener) → unsubscribe`. */
export type EventApi = {
  [E in EventName as EventMethodName<E>]: (
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};

export type Bridge = Api & { events: EventApi };

export function splitChannel(name: Channel): [area: string, verb: string] {
  const [area, verb] = name.split(':') as [string, string];
  return [area, verb];
}

export function eventMethodName(name: EventName): string {
  const [area, verb] = name.split(':') as [string, string];
  return `on${area[0]!.toUpperCase()}${area.slice(1)}${verb[0]!.toUpperCase()}${verb.slice(1)}`;
}

/** Builds the nested API from one `call(channel, request)` function (HTTP or IPC). */
export function buildApi(call: (channel: Channel, request: unknown) => Promise<unknown>): Api {
  const api: Record<string, Record<string, (req: unknown) => Promise<unknown>>> = {};
  for (const name of channels) {
    const [area, verb] = splitChannel(name);
    (api[area] ??= {})[verb] = (req: unknown) => call(name, req ?? {});
  }
  return api as Api;
}

export function buildEventApi(
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): EventApi {
  const out: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
  for (const name of eventNames) {
    out[eventMethodName(name)] = (listener) => subscribe(name, listener);
  }
  return out as EventApi;
}
