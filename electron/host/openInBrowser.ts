import { spawn as nodeSpawn } from 'node:child_process';
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRIVATE_FILE_MODE } from '../services/privateFiles';

/**
 * Asks the desktop to open the app in the default browser. The URL carries the per-run token,
 * and a command line is readable by every user of the machine (`ps`): so the URL is written
 * into a small page readable by the user alone, in the host's user-data folder, and the opener
 * (and the browser it starts) is given that page's path. The page forwards to the URL with a
 * meta refresh — no script; a local file is outside the app's CSP anyway.
 *
 * A machine without a browser or without an opener (a server, a container) is normal: the
 * printed URL is then the way in, so every failure is swallowed and reported only as `false`.
 */
export type Spawn = typeof nodeSpawn;

/** Written at each start, replacing the page of the previous run. */
export const LAUNCH_PAGE_NAME = 'open.html';

export interface OpenInBrowserOptions {
  /** The browser host's user-data folder (private to the user); it must exist. */
  userDataDir: string;
  platform?: NodeJS.Platform;
  spawn?: Spawn;
}

export function openerFor(
  platform: NodeJS.Platform,
  target: string,
): { command: string; args: string[] } {
  switch (platform) {
    case 'darwin':
      return { command: 'open', args: [target] };
    case 'win32':
      // Not `cmd /c start`: cmd would re-parse the target, and its quoting rules differ from Node's.
      return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', target] };
    default:
      return { command: 'xdg-open', args: [target] };
  }
}

export function launchPageHtml(url: string): string {
  const href = escapeAttribute(url);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '<title>Opening Tradeoff…</title>',
    `<p><a href="${href}">Open Tradeoff</a></p>`,
    '</html>',
    '',
  ].join('\n');
}

export async function openInBrowser(url: string, options: OpenInBrowserOptions): Promise<boolean> {
  const page = await writeLaunchPage(options.userDataDir, url);
  if (page === null) return false;
  // A file URL: no spaces or quotes for an opener to re-parse (rundll32 takes its line as is).
  const { command, args } = openerFor(
    options.platform ?? process.platform,
    pathToFileURL(page).href,
  );
  const spawn = options.spawn ?? nodeSpawn;
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
      child.once('error', () => resolve(false));
      child.once('exit', (code) => resolve(code === 0));
      // The browser outlives us; the opener must not keep the host's event loop alive.
      child.unref();
    } catch {
      resolve(false);
    }
  });
}

/**
 * Replaces the launch page: removed first, then created anew (`wx`, never following whatever
 * was left at its name, a link included) with mode 0600. Null when it cannot be written.
 */
async function writeLaunchPage(userDataDir: string, url: string): Promise<string | null> {
  const page = path.join(userDataDir, LAUNCH_PAGE_NAME);
  try {
    await rm(page, { force: true });
    const handle = await open(page, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(launchPageHtml(url), 'utf8');
    } finally {
      await handle.close();
    }
    return page;
  } catch {
    return null;
  }
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
