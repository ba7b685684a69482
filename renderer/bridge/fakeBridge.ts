import type {
  Channel,
  EventName,
  EventPayload,
  ParsedRequest,
  Response,
} from '../../shared/ipc/contract';
import { events } from '../../shared/ipc/contract';
import type { Bridge } from '../../shared/ipc/api';
import { BridgeError } from './bridgeError';
import { createValidatedApi, createValidatedEvents } from './validatedApi';

/** A host for tests: a Partial of the contract's handler map (STYLE §1). */
export type FakeHandlers = {
  [C in Channel]?: (request: ParsedRequest<C>) => Response<C> | Promise<Response<C>>;
};

export interface FakeCall {
  channel: Channel;
  request: unknown;
}

export interface FakeBridge extends Bridge {
  /** Every request that reached a handler, in order, after validation. */
  readonly calls: FakeCall[];
  requestsTo<C extends Channel>(channel: C): ParsedRequest<C>[];
  /** Pushes an event to the renderer as a host would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Replaces or adds handlers mid-test. */
  handle(handlers: FakeHandlers): void;
}

/**
 * Calls go through the same request/response validation as the real transports, so a test whose
 * fake answers something a real host could not answer fails loudly.
 */
export function createFakeBridge(initial: FakeHandlers = {}): FakeBridge {
  let handlers: FakeHandlers = { ...initial };
  const calls: FakeCall[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const api = createValidatedApi(async (channel, request) => {
    const handler = handlers[channel] as ((req: unknown) => unknown) | undefined;
    if (!handler) throw new BridgeError('unknown-channel', channel, 'the fake host has no handler');
    calls.push({ channel, request });
    return handler(request);
  });
  const eventApi = createValidatedEvents((event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  });

  return {
    ...api,
    events: eventApi,
    calls,
    requestsTo: <C extends Channel>(channel: C) =>
      calls.filter((c) => c.channel === channel).map((c) => c.request as ParsedRequest<C>),
    emit: (event, payload) => {
      const checked = events[event].parse(payload);
      for (const listener of listeners.get(event) ?? []) listener(checked);
    },
    handle: (more) => {
      handlers = { ...handlers, ...more };
    },
  };
}
