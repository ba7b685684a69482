import { spawn as nodeSpawn } from 'node:child_process';

/**
 * Asks the desktop to open a URL in the default browser. A machine without a browser or without
 * an opener (a server, a container) is normal: the printed URL is then the way in, so every
 * failure is swallowed and reported only as `false`.
 */
export type Spawn = typeof nodeSpawn;

export function openerFor(
  platform: NodeJS.Platform,
  url: string,
): { command: string; args: string[] } {
  switch (platform) {
    case 'darwin':
      return { command: 'open', args: [url] };
    case 'win32':
      // Not `cmd /c start`: cmd would re-parse the URL, and its quoting rules differ from Node's.
      return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
    default:
      return { command: 'xdg-open', args: [url] };
  }
}

export function openInBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
  spawn: Spawn = nodeSpawn,
): Promise<boolean> {
  const { command, args } = openerFor(platform, url);
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
