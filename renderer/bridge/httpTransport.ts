import { z } from 'zod';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/ipc/http';
import { BridgeError } from './bridgeError';
import { firstIssue } from './issues';
import type { Transport } from './validatedApi';

/** `WireResult` from shared/ipc/http.ts, as a schema: the envelope is data from outside too. */
const WireResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(['bad-request', 'unknown-channel', 'forbidden', 'internal']),
      message: z.string(),
    }),
  }),
]);

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The browser host's transport: `POST /api/<channel>` with the page's token in a header
 * (wire format in shared/ipc/http.ts). Without a token nothing is sent: the host would refuse,
 * and the person needs to hear why.
 */
export function createHttpTransport(token: string | null, fetchFn: FetchLike): Transport {
  return async (channel, request) => {
    if (!token) {
      throw new BridgeError('forbidden', channel, 'the page was opened without its access key');
    }
    let response: Response;
    try {
      response = await fetchFn(`${API_PREFIX}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(request),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (error) {
      throw new BridgeError(
        'network',
        channel,
        error instanceof Error ? error.message : String(error),
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new BridgeError('bad-response', channel, `HTTP ${response.status} without a JSON body`);
    }
    const wire = WireResultSchema.safeParse(body);
    if (!wire.success) {
      throw new BridgeError(
        'bad-response',
        channel,
        `HTTP ${response.status}, ${firstIssue(wire.error)}`,
      );
    }
    if (!wire.data.ok)
      throw new BridgeError(wire.data.error.code, channel, wire.data.error.message);
    if (!response.ok) {
      throw new BridgeError('bad-response', channel, `HTTP ${response.status} with a success body`);
    }
    return wire.data.value;
  };
}
