import { MAX_EXPORT_CONTENT_CHARS } from './contract';

/**
 * The browser host's wire format for the contract: one POST endpoint per channel.
 *   POST /api/<channel>   body: the request as JSON   header: TOKEN_HEADER: <per-run token>
 *   200 → { ok: true, value }     4xx/5xx → { ok: false, error: { code, message } }
 * The token reaches only the host's own page, in the URL fragment (never sent to a server,
 * not readable by other origins); the page moves it to sessionStorage and strips the fragment.
 */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-tradeoff-token';
export const TOKEN_FRAGMENT_KEY = 'token';
export const TOKEN_STORAGE_KEY = 'tradeoff.token';

export type BridgeErrorCode = 'bad-request' | 'unknown-channel' | 'forbidden' | 'internal';

export type WireResult =
  { ok: true; value: unknown } | { ok: false; error: { code: BridgeErrorCode; message: string } };

/**
 * The largest API body the browser host reads: the largest export the contract accepts, plus
 * room for the rest of that request (format, names, target). It also holds a workshop of the
 * largest size a host opens (200 MB), so whatever Electron's IPC carries, this host carries.
 */
export const MAX_API_BODY_BYTES = MAX_EXPORT_CONTENT_CHARS + 64 * 1024;
