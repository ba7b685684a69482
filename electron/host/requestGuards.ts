import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The browser host's three gates, as pure functions (issue 2, "One typed contract, two hosts"):
 * another web page or process on this machine must not read or write files through the host.
 *
 * - Host: a page on `evil.example` whose DNS is re-pointed at 127.0.0.1 (DNS rebinding) still
 *   sends `Host: evil.example:<port>`; only our own names for ourselves pass.
 * - Origin: browsers attach it to every cross-origin request and to every POST; a foreign one
 *   is refused before anything else happens.
 * - Token: a per-run secret that only our own page receives (in the URL fragment); local
 *   processes that can reach the port cannot guess it.
 */

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The token travels in a URL fragment and a header: keep it to URL-safe characters. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{32,128}$/.test(token);
}

export function ownOrigins(port: number): readonly string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** No Origin (a top-level navigation or a non-browser client) passes; the token still applies. */
export function isOwnOrigin(originHeader: string | undefined, port: number): boolean {
  return originHeader === undefined || ownOrigins(port).includes(originHeader);
}

/**
 * Constant-time comparison. Both sides are hashed first so that the comparison does not even
 * leak the expected token's length, and so timingSafeEqual always gets equal-length buffers.
 */
export function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  return timingSafeEqual(digest(given), digest(expected));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const mediaType = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}
