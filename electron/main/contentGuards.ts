import type { Session, WebContents } from 'electron';
import { APP_SCHEME, isAppUrl } from './appProtocol';

/**
 * Everything that keeps the renderer inside the bundle: no navigation away, no new windows,
 * no permissions, no request that could leave the machine (issue 2, "Security, built in").
 * The handlers are plain functions so each rule is tested on its own; `hardenWebContents` and
 * `hardenSession` only attach them.
 */

interface PreventableNavigation {
  url: string;
  preventDefault(): void;
}

/** `will-navigate`, `will-frame-navigate`, `will-redirect`: only the app's own pages. */
export function blockNavigationAway(event: PreventableNavigation): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** Links the user clicked may open in their browser, and only over https. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** `setWindowOpenHandler`: the app never opens a window of its own content. */
export function createWindowOpenHandler(openExternal: (url: string) => Promise<void>) {
  return (details: { url: string }): { action: 'deny' } => {
    if (isSafeExternalUrl(details.url)) {
      // A failure to start the browser must not crash main; there is nothing to retry.
      openExternal(details.url).catch(() => undefined);
    }
    return { action: 'deny' };
  };
}

/** Camera, notifications, clipboard reads, fullscreen API…: the app needs none of them. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * Zero network: the page may load its own bundle (`app:`), DevTools its own UI in development
 * (`devtools:`), and in-memory images (`data:`, `blob:`, which the CSP allows for charts and
 * never leave the process). Everything else is cancelled before it is sent.
 */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
    return ALLOWED_REQUEST_SCHEMES.has(parsed.protocol);
  } catch {
    return false;
  }
}

export function blockNetworkRequest(
  details: { url: string },
  callback: (response: { cancel: boolean }) => void,
): void {
  callback({ cancel: !isAllowedRequestUrl(details.url) });
}

export interface HardenWebContentsDeps {
  openExternal: (url: string) => Promise<void>;
}

/** Attached to every web contents the app creates (`app.on('web-contents-created')`). */
export function hardenWebContents(contents: WebContents, deps: HardenWebContentsDeps): void {
  contents.on('will-navigate', blockNavigationAway);
  contents.on('will-frame-navigate', blockNavigationAway);
  contents.on('will-redirect', blockNavigationAway);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(deps.openExternal));
}

export function hardenSession(session: Session): void {
  // Spell checking off for the whole session, not only the page: on Linux and Windows its
  // dictionaries are downloaded from Google's servers (electron/electron#22995).
  session.setSpellCheckerEnabled(false);
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest(blockNetworkRequest);
}
