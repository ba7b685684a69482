import type { Channel, EventName } from '../../shared/ipc/contract';
import { contract, events } from '../../shared/ipc/contract';
import type { Api, EventApi } from '../../shared/ipc/api';
import { buildApi, buildEventApi } from '../../shared/ipc/api';
import { BridgeError } from './bridgeError';
import { firstIssue } from './issues';

/** Moves a request to a host and back, untyped: HTTP, the Electron preload, or a test fake. */
export type Transport = (channel: Channel, request: unknown) => Promise<unknown>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Wraps a transport so that every request is checked against the contract before it leaves and
 * every answer is parsed before the app sees it (STYLE §3): TypeScript types do not cross a
 * process boundary, so a misbehaving host becomes a clear `BridgeError`, never a wrong value.
 */
export function validated(transport: Transport): Transport {
  return async (channel, request) => {
    const parsedRequest = contract[channel].request.safeParse(request);
    if (!parsedRequest.success) {
      throw new BridgeError('invalid-request', channel, firstIssue(parsedRequest.error));
    }
    let raw: unknown;
    try {
      raw = await transport(channel, parsedRequest.data);
    } catch (error) {
      if (error instanceof BridgeError) throw error;
      throw new BridgeError(
        'internal',
        channel,
        error instanceof Error ? error.message : String(error),
      );
    }
    const parsedResponse = contract[channel].response.safeParse(raw);
    if (!parsedResponse.success) {
      throw new BridgeError('bad-response', channel, firstIssue(parsedResponse.error));
    }
    return parsedResponse.data;
  };
}

export function createValidatedApi(transport: Transport): Api {
  return buildApi(validated(transport));
}

/**
 * Event payloads are parsed too. A payload that does not match is dropped (and logged): a host
 * event is a hint such as "the user chose File → Save", and acting on a malformed one is worse
 * than ignoring it.
 */
export function createValidatedEvents(subscribe: Subscribe): EventApi {
  return buildEventApi((event, listener) =>
    subscribe(event, (payload) => {
      const parsed = events[event].safeParse(payload);
      if (parsed.success) listener(parsed.data);
      else console.warn(`Ignored a malformed "${event}" event: ${firstIssue(parsed.error)}`);
    }),
  );
}
