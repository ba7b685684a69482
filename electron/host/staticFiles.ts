import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeFor } from '../services/appContent';
import { sendText } from './responses';
import { resolveStaticPath } from './staticPath';
import { isInside } from '../services/paths';

/**
 * Serves the built renderer. Paths go through the pure resolver first; the real path of the
 * file is then checked to lie inside the bundle too, so a symlink cannot lead out of it.
 * Client-side routes (no file extension, no such file) get index.html: the SPA fallback.
 */
export async function serveStatic(
  res: ServerResponse,
  rendererDir: string,
  requestTarget: string,
  method: 'GET' | 'HEAD',
): Promise<void> {
  const resolved = resolveStaticPath(requestTarget);
  if (!resolved.ok) {
    sendText(res, 400, `Bad path: ${resolved.reason}.`);
    return;
  }
  const file = await findFile(rendererDir, resolved.relativePath);
  if (file === null) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': body.byteLength,
    // Every run has a new origin and token; revalidating keeps a rebuilt bundle from going stale.
    'Cache-Control': 'no-cache',
  });
  res.end(method === 'HEAD' ? undefined : body);
}

/** `root` is the bundle's real path, resolved once when the host starts. */
async function findFile(root: string, relativePath: string): Promise<string | null> {
  const candidate = relativePath === '' ? 'index.html' : relativePath;
  const direct = await fileInside(root, path.join(root, ...candidate.split('/')));
  if (direct !== null) return direct;
  if (looksLikeAppRoute(candidate)) return fileInside(root, path.join(root, 'index.html'));
  return null;
}

/** `/backlog` or `/roadmap/q3` are the app's routes; `/assets/missing.js` is a real miss. */
function looksLikeAppRoute(relativePath: string): boolean {
  const last = relativePath.split('/').pop() ?? '';
  return !last.includes('.');
}

async function fileInside(root: string, candidate: string): Promise<string | null> {
  try {
    const real = await realpath(candidate);
    if (real === root || !isInside(root, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}
