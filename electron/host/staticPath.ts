/**
 * Maps the path of a static-file request to a path inside the renderer bundle, or refuses it.
 *
 * Pure (no file system): the server joins the result onto the bundle folder. Anything that
 * could climb out of the bundle or name something other than a plain bundled file is refused
 * rather than "cleaned": `..` in any spelling (raw or percent-encoded), backslashes (a
 * separator on Windows), NUL and other control characters, drive letters and absolute or
 * scheme-qualified request targets, empty segments (`//`) and dot-files.
 */
export type StaticPath =
  /** `relativePath` uses `/` separators; `''` is the bundle's root (serve index.html). */
  { ok: true; relativePath: string } | { ok: false; reason: string };

export function resolveStaticPath(requestTarget: string): StaticPath {
  const pathname = stripQuery(requestTarget);
  if (!pathname.startsWith('/')) return refuse('not an origin-relative path');
  // Checked before decoding too, so that neither the raw nor the decoded form can smuggle one.
  if (hasForbiddenCharacter(pathname)) return refuse('forbidden character');

  const segments = pathname.slice(1).split('/');
  const decoded: string[] = [];
  for (const [index, raw] of segments.entries()) {
    const isLast = index === segments.length - 1;
    // A trailing slash names a folder: the bundle has no listings, so it maps like the root.
    if (raw === '' && isLast) break;
    const segment = decodeSegment(raw);
    if (segment === null) return refuse('malformed percent-encoding');
    const problem = segmentProblem(segment);
    if (problem) return refuse(problem);
    decoded.push(segment);
  }
  return { ok: true, relativePath: decoded.join('/') };
}

function stripQuery(target: string): string {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function segmentProblem(segment: string): string | null {
  if (segment === '') return 'empty path segment';
  // Covers `.`, `..` and hidden files; the bundle ships none.
  if (segment.startsWith('.')) return 'dot segment';
  if (segment.includes('/')) return 'encoded slash';
  if (hasForbiddenCharacter(segment)) return 'forbidden character';
  // `C:` or `C:foo` would make a Windows join absolute or drive-relative.
  if (segment.includes(':')) return 'drive or scheme separator';
  // Decoding twice is not something we do, but a literal `%` in a bundled name never occurs.
  if (segment.includes('%')) return 'double-encoded segment';
  return null;
}

function hasForbiddenCharacter(text: string): boolean {
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === '\\' || code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function refuse(reason: string): StaticPath {
  return { ok: false, reason };
}
