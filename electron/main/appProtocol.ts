import path from 'node:path';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../services/appContent';

/**
 * The app's pages are served from `app://tradeoff/…`, never `file://`: a standard, secure
 * custom scheme gives the renderer a real origin ('self' in the CSP means exactly the bundle)
 * and lets main decide, file by file, what may be read.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tradeoff';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Registered before `ready`. No `bypassCSP`, no `corsEnabled`: the scheme gets no more than https would. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/** True for any URL of the app's own origin (exact scheme and host, no credentials or port). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Maps an `app://tradeoff/<path>` URL to a file under `root`, or null when the URL is not one
 * the bundle can answer. The raw path is inspected before any normalisation, because the URL
 * parser silently folds `..` and `%2e%2e` away: a request that tries to climb is refused, not
 * quietly rewritten to something else.
 */
export function resolveAppUrl(url: string, root: string): string | null {
  if (!isAppUrl(url)) return null;
  const rawPath = rawPathOf(url);
  if (rawPath === null) return null;
  // Encoded separators, NULs and any backslash would mean different things to the URL parser
  // and to the file system.
  if (/%(2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return null;

  const segments = rawPath.split('/').slice(1);
  const decoded: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const isLast = index === segments.length - 1;
    if (segment === '') {
      // Only a trailing slash (a folder) is allowed to be empty; `//` is not a path we write.
      if (isLast) continue;
      return null;
    }
    const name = decodeSegment(segment);
    if (name === null || !isPlainFileName(name)) return null;
    decoded.push(name);
  }
  if (decoded.length === 0 || rawPath.endsWith('/')) decoded.push('index.html');

  const base = path.resolve(root);
  const target = path.resolve(base, ...decoded);
  const relative = path.relative(base, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

/** The path part of the URL exactly as written: between the host and `?`/`#`. */
function rawPathOf(url: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (url.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  const rest = url.slice(prefix.length);
  const end = rest.search(/[?#]/);
  const rawPath = end === -1 ? rest : rest.slice(0, end);
  if (rawPath === '') return '/';
  return rawPath.startsWith('/') ? rawPath : null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A single name: no dot segments, no separators, no drive letters or streams, no controls. */
function isPlainFileName(name: string): boolean {
  if (name === '.' || name === '..') return false;
  if (/[/\\:]/.test(name)) return false;
  return ![...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export interface AppProtocolDeps {
  /** The built renderer, `dist/renderer`. */
  root: string;
  readFile: (filePath: string) => Promise<Uint8Array>;
}

/** Headers on every response: the CSP applies to the page, `nosniff` to everything it loads. */
function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The `protocol.handle` callback: GET of bundle files only; everything else is refused. */
export function createAppProtocolHandler(deps: AppProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    const filePath = resolveAppUrl(request.url, deps.root);
    if (filePath === null) return textResponse(403, 'Forbidden');
    let body: Uint8Array;
    try {
      body = await deps.readFile(filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    const headers = securityHeaders(contentTypeFor(filePath));
    const payload = request.method === 'HEAD' ? null : new Blob([toArrayBuffer(body)]);
    return new Response(payload, { status: 200, headers });
  };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}
