import { existsSync } from 'node:fs';
import { mkdir, realpath } from 'node:fs/promises';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Channel } from '../../shared/ipc/contract';
import { API_PREFIX, MAX_API_BODY_BYTES, TOKEN_FRAGMENT_KEY } from '../../shared/ipc/http';
import { createServices } from '../services/createServices';
import { createDispatcher } from '../services/dispatch';
import { openJsonPreferencesStore } from '../services/jsonPreferencesStore';
import { PRIVATE_DIR_MODE } from '../services/privateFiles';
import type { FileDialogs, Handlers, ServiceHandlers, WindowChannel } from '../services/types';
import { handleApi } from './apiRoute';
import { browserAppIdentity } from './appIdentity';
import { createBrowserPdfEngine, findChromium, type ChromiumLookup } from './pdfEngine';
import { isOwnHost, isOwnOrigin, isWellFormedToken, newToken } from './requestGuards';
import { sendText, sendWire, setSecurityHeaders, wireError } from './responses';
import { serveStatic } from './staticFiles';

/**
 * The browser host (issue 2, "One typed contract, two hosts"): the built renderer and one POST
 * endpoint per channel on 127.0.0.1, calling the same services as Electron's main process.
 * Built on node:http alone so that the bundled CLI needs nothing beyond Node.
 */
export interface BrowserHostOptions {
  rendererDir: string;
  userDataDir: string;
  workshopDir: string;
  /** 0 (the default) picks any free port. */
  port?: number;
  /** Defaults to 32 fresh random bytes; tests pass their own. */
  token?: string;
  /** Replace the real services (tests); the window channels are always answered by the host. */
  handlers?: ServiceHandlers;
  /** Largest accepted API body. A 10,000-item workshop is a few MB; the default leaves room. */
  maxBodyBytes?: number;
  /** Where a service's failure is logged in full (the page only gets a safe message). */
  onServiceError?: (channel: Channel, error: unknown) => void;
  /** The Chromium that prints PDFs; defaults to the machine's own (`findChromium`). */
  chromium?: ChromiumLookup;
}

export interface BrowserHost {
  /** The page's address, token in the fragment: `http://127.0.0.1:<port>/#token=…`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The Chromium printing PDFs, or why there is none (then the page uses its print dialog). */
  chromium: ChromiumLookup;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

export async function startBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  const token = opts.token ?? newToken();
  if (!isWellFormedToken(token)) throw new Error('The token must be 32–128 URL-safe characters.');
  await mkdir(opts.userDataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await mkdir(opts.workshopDir, { recursive: true });

  const chromium =
    opts.chromium ??
    findChromium({ platform: process.platform, env: process.env, exists: existsSync });
  let port = 0;
  const app = () => ({ origin: `http://${LOOPBACK}:${port}`, token });
  const dispatch = createDispatcher(
    { ...(opts.handlers ?? createBrowserServices(opts, chromium, app)), ...browserWindowHandlers },
    { onError: opts.onServiceError ?? logServiceError },
  );
  // Resolved once: the bundle's folder does not move while the host runs.
  const rendererDir = await realpath(path.resolve(opts.rendererDir)).catch(() =>
    path.resolve(opts.rendererDir),
  );
  const maxBodyBytes = opts.maxBodyBytes ?? MAX_API_BODY_BYTES;

  const server = http.createServer((req, res) => {
    respond(req, res).catch(() => failInternally(res));
  });

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const target = req.url ?? '/';
    const pathname = target.split(/[?#]/, 1)[0]!;
    const isApi = pathname === API_PREFIX.slice(0, -1) || pathname.startsWith(API_PREFIX);

    if (!isOwnHost(req.headers.host, port) || !isOwnOrigin(req.headers.origin, port)) {
      req.resume();
      if (isApi) sendWire(res, wireError('forbidden', 'Foreign Host or Origin.'), 403);
      else sendText(res, 403, 'Forbidden.');
      return;
    }
    if (isApi) {
      await handleApi(req, res, pathname, { token, dispatch, maxBodyBytes });
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      await serveStatic(res, rendererDir, target, req.method);
      return;
    }
    req.resume();
    sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
  }

  port = await listen(server, opts.port ?? 0);
  const origin = `http://${LOOPBACK}:${port}`;
  return {
    url: `${origin}/#${TOKEN_FRAGMENT_KEY}=${token}`,
    origin,
    port,
    token,
    chromium,
    close: () => closeServer(server),
  };
}

function createBrowserServices(
  opts: BrowserHostOptions,
  chromium: ChromiumLookup,
  app: () => { origin: string; token: string },
): ServiceHandlers {
  return createServices({
    userDataDir: opts.userDataDir,
    workshopDir: opts.workshopDir,
    dialogs: inAppDialogs,
    preferences: openJsonPreferencesStore(path.join(opts.userDataDir, 'preferences.json')),
    app: browserAppIdentity(),
    // Without Chromium there is no engine: `export:pdf` answers `unavailable`.
    ...('found' in chromium
      ? { pdf: createBrowserPdfEngine({ executablePath: chromium.found, app }) }
      : {}),
  });
}

/**
 * A browser page cannot show the OS file dialogs of the machine it is served from: the renderer
 * browses the workshop folder itself with `files:list` (kind `in-app`). A request for a native
 * dialog therefore chooses nothing, which the services report as "cancelled".
 */
const inAppDialogs: FileDialogs = {
  kind: 'in-app',
  showOpen: () => Promise.resolve(null),
  showSave: () => Promise.resolve(null),
};

/**
 * There is no window to mark dirty or to close: the page's own `beforeunload` guard asks before
 * a tab with unsaved changes closes, and closing a tab is the browser's business.
 */
const browserWindowHandlers: Pick<Handlers, WindowChannel> = {
  'window:setDirty': () => Promise.resolve({ ok: true }),
  'window:close': () => Promise.resolve({ ok: true }),
};

function logServiceError(channel: Channel, error: unknown): void {
  console.error(`Tradeoff: ${channel} failed:`, error);
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${LOOPBACK} is already in use; choose another with --port.`)
          : error,
      );
    };
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('The server has no TCP address.'));
        return;
      }
      resolve(address.port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive connections of an open page would otherwise hold the close for minutes.
    server.closeAllConnections();
  });
}

function failInternally(res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendText(res, 500, 'Internal error.');
}
