import { describe, expect, it, vi } from 'vitest';
import { TOKEN_HEADER, TOKEN_STORAGE_KEY } from '../../shared/ipc/http';
import { BridgeError } from './bridgeError';
import { createBridge } from './createBridge';
import type { FetchLike } from './httpTransport';
import { sampleWorkshop } from '../testing/fakeHost';

const appInfo = {
  name: 'Tradeoff',
  version: '0.1.0',
  schemaVersion: 1,
  host: 'browser',
  dialogs: 'in-app',
  platform: 'linux',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function browserBridge(fetchFn: FetchLike, hash = '#token=tok-123') {
  const storage = new Map<string, string>();
  return createBridge({
    preload: undefined,
    location: { hash, pathname: '/', search: '' },
    history: { replaceState: () => undefined, state: null },
    storage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
    },
    fetch: fetchFn,
  });
}

async function failure(promise: Promise<unknown>): Promise<BridgeError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BridgeError))
    throw new Error(`expected a BridgeError, got ${String(error)}`);
  return error;
}

describe('the browser host transport', () => {
  it('posts the request to /api/<channel> with the token from the fragment in its header', async () => {
    const fetchFn = vi.fn<FetchLike>(async () => json(200, { ok: true, value: appInfo }));
    const api = browserBridge(fetchFn);
    await expect(api.app.info({})).resolves.toEqual(appInfo);
    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe('/api/app:info');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get(TOKEN_HEADER)).toBe('tok-123');
    expect(JSON.parse(String(init.body))).toEqual({});
  });

  it('sends the request as parsed by the contract', async () => {
    const fetchFn = vi.fn<FetchLike>(async () => json(200, { ok: true, value: { ok: true } }));
    await browserBridge(fetchFn).window.setDirty({ dirty: true });
    expect(JSON.parse(String(fetchFn.mock.calls[0]![1].body))).toEqual({ dirty: true });
  });

  it('refuses to send a request the contract does not allow', async () => {
    const fetchFn = vi.fn<FetchLike>();
    const error = await failure(
      browserBridge(fetchFn).workshop.openRecent({ fileId: '../../etc/passwd' }),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.detail).toContain('fileId');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('rejects an answer that does not match the channel response schema', async () => {
    const fetchFn: FetchLike = async () =>
      json(200, { ok: true, value: { ...appInfo, host: 'cloud' } });
    const error = await failure(browserBridge(fetchFn).app.info({}));
    expect(error.code).toBe('bad-response');
    expect(error.detail).toContain('host');
    expect(error.message).toMatch(/does not understand/);
  });

  it('rejects a body that is not the wire envelope', async () => {
    const error = await failure(browserBridge(async () => json(200, appInfo)).app.info({}));
    expect(error.code).toBe('bad-response');
  });

  it('rejects a body that is not JSON', async () => {
    const error = await failure(
      browserBridge(async () => new Response('<html>proxy</html>', { status: 502 })).app.info({}),
    );
    expect(error.code).toBe('bad-response');
    expect(error.detail).toContain('502');
  });

  it.each([
    ['forbidden', 403, /not allowed to talk to the Tradeoff server/],
    ['bad-request', 400, /refused the request while saving/],
    ['internal', 500, /Something went wrong in Tradeoff while saving: disk full/],
    ['unknown-channel', 404, /does not support saving/],
  ] as const)(
    'maps the host error %s to a message a facilitator understands',
    async (code, status, text) => {
      const fetchFn: FetchLike = async () =>
        json(status, { ok: false, error: { code, message: 'disk full' } });
      const doc = sampleWorkshop();
      const error = await failure(
        browserBridge(fetchFn).workshop.save({ fileId: 'file-0001', doc, expectedRevision: 'r1' }),
      );
      expect(error.code).toBe(code);
      expect(error.channel).toBe('workshop:save');
      expect(error.message).toMatch(text);
    },
  );

  it('says the local server is unreachable when the connection fails', async () => {
    const error = await failure(
      browserBridge(async () => {
        throw new TypeError('Failed to fetch');
      }).app.info({}),
    );
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/lost contact with its local server/);
  });

  it('sends nothing and explains the access key when the page has no token', async () => {
    const fetchFn = vi.fn<FetchLike>();
    const error = await failure(browserBridge(fetchFn, '').app.info({}));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/access key/);
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('keeps using the token after the fragment is stripped (a reload)', async () => {
    const storage = new Map<string, string>([[TOKEN_STORAGE_KEY, 'kept']]);
    const fetchFn = vi.fn<FetchLike>(async () => json(200, { ok: true, value: appInfo }));
    const api = createBridge({
      preload: undefined,
      location: { hash: '', pathname: '/', search: '' },
      history: { replaceState: () => undefined, state: null },
      storage: {
        getItem: (k) => storage.get(k) ?? null,
        setItem: (k, v) => void storage.set(k, v),
      },
      fetch: fetchFn,
    });
    await api.app.info({});
    expect(new Headers(fetchFn.mock.calls[0]![1].headers).get(TOKEN_HEADER)).toBe('kept');
  });

  it('has no events in the browser host: subscribing is harmless', () => {
    const api = browserBridge(vi.fn<FetchLike>());
    const unsubscribe = api.events.onMenuCommand(() => undefined);
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
  });
});
