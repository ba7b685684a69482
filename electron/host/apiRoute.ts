import type { IncomingMessage, ServerResponse } from 'node:http';
import { isChannel } from '../../shared/ipc/contract';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/ipc/http';
import type { WireResult } from '../../shared/ipc/http';
import { isJsonContentType, tokenMatches } from './requestGuards';
import { sendWire, wireError } from './responses';

export type Dispatch = (channel: unknown, request: unknown) => Promise<WireResult>;

export interface ApiContext {
  token: string;
  dispatch: Dispatch;
  maxBodyBytes: number;
}

/**
 * `POST /api/<channel>` (shared/ipc/http.ts). Host and Origin were checked by the caller. The
 * token is checked before anything about the request is interpreted, so an unauthenticated
 * caller learns nothing (not even which channels exist). The dispatcher validates the request
 * with the contract's schema and never throws.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  ctx: ApiContext,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendWire(res, wireError('bad-request', 'The API accepts POST only.'), 405);
    return;
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], ctx.token)) {
    // Drain what the client sends so it reads our answer instead of a reset connection.
    req.resume();
    sendWire(res, wireError('forbidden', 'Missing or wrong token.'), 401);
    return;
  }
  const channel = channelOf(pathname);
  if (!isChannel(channel)) {
    req.resume();
    sendWire(res, wireError('unknown-channel', 'No such channel.'));
    return;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    sendWire(res, wireError('bad-request', 'The body must be application/json.'), 415);
    return;
  }
  const body = await readBody(req, ctx.maxBodyBytes);
  if (body.status === 'too-large') {
    res.setHeader('Connection', 'close');
    sendWire(res, wireError('bad-request', `The body exceeds ${ctx.maxBodyBytes} bytes.`), 413);
    return;
  }
  if (body.status === 'aborted') return;

  const request = parseJson(body.bytes);
  if (!request.ok) {
    sendWire(res, wireError('bad-request', 'The body is not valid JSON.'), 400);
    return;
  }
  sendWire(res, await ctx.dispatch(channel, request.value));
}

/** `/api/workshop%3Asave` and `/api/workshop:save` both name `workshop:save`. */
function channelOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    return null;
  }
}

type BodyRead = { status: 'read'; bytes: Buffer } | { status: 'too-large' } | { status: 'aborted' };

function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    req.resume();
    return Promise.resolve({ status: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > maxBytes) {
        // Stop keeping the data but keep reading it, so the 413 reaches the client.
        req.off('data', onData);
        req.resume();
        resolve({ status: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve({ status: 'read', bytes: Buffer.concat(chunks) }));
    req.on('error', () => resolve({ status: 'aborted' }));
    req.on('close', () => resolve({ status: 'aborted' }));
  });
}

/** Invalid UTF-8 is refused like invalid JSON rather than silently turned into U+FFFD. */
function parseJson(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
