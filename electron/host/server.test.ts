import { mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Mock } from 'vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../shared/ipc/contract';
import { channels } from '../../shared/ipc/contract';
import { TOKEN_HEADER } from '../../shared/ipc/http';
import type { Handlers } from '../services/types';
import { CONTENT_SECURITY_POLICY } from '../services/appContent';
import type { BrowserHost } from './server';
import { startBrowserHost } from './server';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuv';
const INDEX_HTML =
  '<!doctype html><title>Tradeoff</title><script type="module" src="/assets/app.js"></script>';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http rather than fetch: fetch would not let us forge Host or send raw paths. */
function send(
  host: BrowserHost,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    chunked?: boolean;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined && options.chunked) {
      // Without Content-Length: the size limit must hold while streaming too.
      const body = Buffer.from(options.body);
      for (let at = 0; at < body.byteLength; at += 4096) req.write(body.subarray(at, at + 4096));
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

function callApi(
  host: BrowserHost,
  channel: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return send(host, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: JSON.stringify(body),
  });
}

type FakeHandlers = { [C in Channel]: Mock<Handlers[C]> };

/** Every channel answers, but only the ones a test configures say anything meaningful. */
function fakeHandlers(): FakeHandlers {
  const fakes = Object.fromEntries(
    channels.map((c) => [c, vi.fn(() => Promise.reject(new Error(`${c} was not expected here`)))]),
  );
  const typed = fakes as unknown as FakeHandlers;
  typed['app:info'].mockResolvedValue({
    name: 'Tradeoff',
    version: '0.0.0-test',
    schemaVersion: 1,
    host: 'browser',
    dialogs: 'in-app',
    platform: 'test',
  });
  typed['workshop:open'].mockResolvedValue({ status: 'cancelled' });
  return typed;
}

let tmp: string;
let rendererDir: string;
let host: BrowserHost;
let handlers: FakeHandlers;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-host-'));
  rendererDir = path.join(tmp, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }');
  await writeFile(path.join(tmp, 'secret.txt'), 'TOP SECRET');
  handlers = fakeHandlers();
  host = await startBrowserHost({
    rendererDir,
    userDataDir: path.join(tmp, 'userData'),
    workshopDir: path.join(tmp, 'workshop'),
    token: TOKEN,
    handlers,
    maxBodyBytes: 16 * 1024,
    onServiceError: () => undefined,
  });
});

afterEach(async () => {
  await host.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('startBrowserHost', () => {
  it('gives a loopback URL that carries the token in its fragment', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${TOKEN}`);
    expect(host.port).toBeGreaterThan(0);
  });

  it('creates the user-data and workshop folders', async () => {
    expect((await stat(path.join(tmp, 'userData'))).isDirectory()).toBe(true);
    expect((await stat(path.join(tmp, 'workshop'))).isDirectory()).toBe(true);
  });

  it('makes a fresh random token per run when none is given', async () => {
    const a = await startBrowserHost({ rendererDir, userDataDir: tmp, workshopDir: tmp, handlers });
    const b = await startBrowserHost({ rendererDir, userDataDir: tmp, workshopDir: tmp, handlers });
    try {
      expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
      expect(a.token).not.toBe(b.token);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a token that could not travel in a URL fragment', async () => {
    await expect(
      startBrowserHost({
        rendererDir,
        userDataDir: tmp,
        workshopDir: tmp,
        handlers,
        token: 'short',
      }),
    ).rejects.toThrow(/token/);
  });

  it('is bound to 127.0.0.1 only', async () => {
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal)
      .map((i) => i!.address);
    for (const address of ['::1', ...others]) {
      await expect(canConnect(address, host.port), address).resolves.toBe(false);
    }
    await expect(canConnect('127.0.0.1', host.port)).resolves.toBe(true);
  });

  it('closes even while a page keeps a connection alive', async () => {
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) =>
      http.get({ host: '127.0.0.1', port: host.port, path: '/', agent }, (res) =>
        res.resume().on('end', resolve),
      ),
    );
    await host.close();
    await expect(canConnect('127.0.0.1', host.port)).resolves.toBe(false);
    agent.destroy();
  });
});

describe('the Host and Origin checks', () => {
  it.each(['evil.example', `evil.example:PORT`, '127.0.0.1:1', 'localhost', '[::1]:PORT'])(
    'answers 403 to Host %s, for pages and the API',
    async (forged) => {
      const hostHeader = forged.replace('PORT', String(host.port));
      const page = await send(host, { path: '/', headers: { host: hostHeader } });
      const api = await callApi(host, 'app:info', {}, { host: hostHeader });
      expect(page.status).toBe(403);
      expect(api.status).toBe(403);
      expect(handlers['app:info']).not.toHaveBeenCalled();
    },
  );

  it('accepts localhost as well as 127.0.0.1', async () => {
    const page = await send(host, { path: '/', headers: { host: `localhost:${host.port}` } });
    expect(page.status).toBe(200);
  });

  it.each(['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1:PORT'])(
    'answers 403 to Origin %s even with the right token',
    async (foreign) => {
      const reply = await callApi(
        host,
        'app:info',
        {},
        { origin: foreign.replace('PORT', String(host.port)) },
      );
      expect(reply.status).toBe(403);
      expect(handlers['app:info']).not.toHaveBeenCalled();
    },
  );

  it('accepts its own origin', async () => {
    const reply = await callApi(host, 'app:info', {}, { origin: host.origin });
    expect(reply.status).toBe(200);
  });
});

describe('the API', () => {
  it('refuses a request without the token with 401', async () => {
    const reply = await send(host, {
      method: 'POST',
      path: '/api/app:info',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) },
    });
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('refuses a wrong token with 401', async () => {
    const reply = await callApi(host, 'app:info', {}, { [TOKEN_HEADER]: TOKEN.replace('t', 'T') });
    expect(reply.status).toBe(401);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('calls the handler with the parsed request and answers its value', async () => {
    const reply = await callApi(host, 'workshop:open', { fileId: 'file_0123456789' });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(handlers['workshop:open']).toHaveBeenCalledWith({ fileId: 'file_0123456789' });
  });

  it('reads a percent-encoded channel name', async () => {
    const reply = await callApi(host, 'app%3Ainfo', {});
    expect(reply.status).toBe(200);
  });

  it('answers the window channels itself', async () => {
    const reply = await callApi(host, 'window:setDirty', { dirty: true });
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { ok: true } });
    expect(handlers['window:setDirty']).not.toHaveBeenCalled();
  });

  it('answers 400 to a body that is not JSON', async () => {
    const reply = await send(host, {
      method: 'POST',
      path: '/api/app:info',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{"oops":',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const reply = await send(host, {
      method: 'POST',
      path: '/api/app:info',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expect(reply.status).toBe(400);
  });

  it('answers 400 to a request its schema refuses, without calling the handler', async () => {
    const reply = await callApi(host, 'workshop:open', { fileId: '../../etc/passwd' });
    expect(reply.status).toBe(400);
    expect(handlers['workshop:open']).not.toHaveBeenCalled();
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    const reply = await callApi(host, 'app:info', {}, { 'content-type': 'text/plain' });
    expect(reply.status).toBe(415);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const huge = JSON.stringify({ fileId: 'x'.repeat(20 * 1024) });
    const declared = await callApi(host, 'workshop:open', JSON.parse(huge));
    const streamed = await send(host, {
      method: 'POST',
      path: '/api/workshop:open',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: huge,
      chunked: true,
    });
    expect(declared.status).toBe(413);
    expect(streamed.status).toBe(413);
    expect(handlers['workshop:open']).not.toHaveBeenCalled();
  });

  it('answers 404 to an unknown channel', async () => {
    const reply = await callApi(host, 'fs:readAnything', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('answers 404 to inherited property names', async () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      expect((await callApi(host, name, {})).status).toBe(404);
    }
  });

  it('answers 405 to anything but POST', async () => {
    for (const [method, apiPath] of [
      ['GET', '/api'],
      ['GET', '/api/app:info'],
      ['PUT', '/api/app:info'],
      ['OPTIONS', '/api/app:info'],
    ] as const) {
      const reply = await send(host, { method, path: apiPath, headers: { [TOKEN_HEADER]: TOKEN } });
      expect(reply.status, `${method} ${apiPath}`).toBe(405);
      expect(reply.headers.allow).toBe('POST');
    }
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('sends no CORS headers, not even to a preflight', async () => {
    const reply = await send(host, {
      method: 'OPTIONS',
      path: '/api/app:info',
      headers: {
        'access-control-request-method': 'POST',
        'access-control-request-headers': `content-type, ${TOKEN_HEADER}`,
      },
    });
    const cors = Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'));
    expect(cors).toEqual([]);
  });
});

describe('static files', () => {
  it('serves index.html at the root with the strict CSP', async () => {
    const reply = await send(host, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const reply = await send(host, { path: file });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
  });

  it('answers HEAD with headers only', async () => {
    const reply = await send(host, { method: 'HEAD', path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String('console.log("app");'.length));
    expect(reply.body).toBe('');
  });

  it('falls back to index.html for app routes but not for missing files', async () => {
    expect((await send(host, { path: '/backlog' })).body).toBe(INDEX_HTML);
    expect((await send(host, { path: '/roadmap/q3?x=1' })).body).toBe(INDEX_HTML);
    expect((await send(host, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '//secret.txt',
    `/${encodeURIComponent(path.join(os.tmpdir(), 'secret.txt'))}`,
  ])('refuses the traversal attempt %s', async (attempt) => {
    const reply = await send(host, { path: attempt });
    expect(reply.status).toBe(400);
    expect(reply.body).not.toContain('TOP SECRET');
  });

  it('does not follow a symlink out of the bundle', async () => {
    await symlink(path.join(tmp, 'secret.txt'), path.join(rendererDir, 'assets', 'leak.txt'));
    const reply = await send(host, { path: '/assets/leak.txt' });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('TOP SECRET');
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    const reply = await send(host, { method: 'POST', path: '/', body: 'x' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('headers on every response', () => {
  it.each([
    ['a page', { path: '/' }],
    ['a missing file', { path: '/nope.js' }],
    ['a refused path', { path: '/%2e%2e/x' }],
    ['a foreign Host', { path: '/', headers: { host: 'evil.example' } }],
    ['an API call without token', { method: 'POST', path: '/api/app:info' }],
  ])('are present on %s', async (_what, request) => {
    const reply = await send(host, request);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });
});

function canConnect(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
