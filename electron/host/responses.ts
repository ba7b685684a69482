import type { ServerResponse } from 'node:http';
import type { BridgeErrorCode, WireResult } from '../../shared/ipc/http';
import { CONTENT_SECURITY_POLICY } from '../services/appContent';

/**
 * Headers and body helpers shared by every response of the browser host. No CORS header is
 * ever sent: other origins get nothing they could read.
 */

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

const STATUS_OF_ERROR: Record<BridgeErrorCode, number> = {
  'bad-request': 400,
  forbidden: 403,
  'unknown-channel': 404,
  internal: 500,
};

export function statusOf(result: WireResult): number {
  return result.ok ? 200 : STATUS_OF_ERROR[result.error.code];
}

/** Sends a wire result; `status` overrides the default mapping (e.g. 401, 405, 413, 415). */
export function sendWire(res: ServerResponse, result: WireResult, status = statusOf(result)): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

export function wireError(code: BridgeErrorCode, message: string): WireResult {
  return { ok: false, error: { code, message } };
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  extraHeaders: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}
