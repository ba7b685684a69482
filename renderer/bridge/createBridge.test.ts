import { describe, expect, it, vi } from 'vitest';
import { channels, eventNames } from '../../shared/ipc/contract';
import { eventMethodName, splitChannel } from '../../shared/ipc/api';
import { BridgeError } from './bridgeError';
import { createBridge } from './createBridge';

/** What the Electron preload exposes: a method per channel and an `on…` per event. */
function preloadLike(impl: (channel: string, req: unknown) => unknown) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const bridge: Record<string, Record<string, unknown>> = { events: {} };
  for (const name of channels) {
    const [area, verb] = splitChannel(name);
    (bridge[area] ??= {})[verb] = async (req: unknown) => impl(name, req);
  }
  for (const name of eventNames) {
    bridge.events![eventMethodName(name)] = (listener: (payload: unknown) => void) => {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    };
  }
  return { bridge, listeners };
}

const noBrowser = {
  location: { hash: '', pathname: '/', search: '' },
  history: { replaceState: () => undefined, state: null },
  storage: { getItem: () => null, setItem: () => undefined },
};

describe('createBridge', () => {
  it('uses the Electron preload when the page has one', async () => {
    const fetchFn = vi.fn();
    const { bridge } = preloadLike(() => ({ ok: true }));
    const api = createBridge({ ...noBrowser, preload: bridge, fetch: fetchFn });
    await expect(api.window.setDirty({ dirty: true })).resolves.toEqual({ ok: true });
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('validates what the preload answers like any other host', async () => {
    const { bridge } = preloadLike(() => ({ ok: 'yes' }));
    const api = createBridge({ ...noBrowser, preload: bridge, fetch: vi.fn() });
    await expect(api.window.setDirty({ dirty: false })).rejects.toBeInstanceOf(BridgeError);
  });

  it('turns an error thrown in the main process into a BridgeError naming the activity', async () => {
    const { bridge } = preloadLike(() => {
      throw new Error('EACCES: permission denied');
    });
    const api = createBridge({ ...noBrowser, preload: bridge, fetch: vi.fn() });
    const error = await api.recent.list({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).message).toMatch(/listing recent files: EACCES/);
  });

  it('names what a preload from another version is missing, and never falls back to HTTP', async () => {
    const { bridge } = preloadLike(() => ({ ok: true }));
    delete bridge.workshop!.close;
    const fetchFn = vi.fn();
    const api = createBridge({ ...noBrowser, preload: bridge, fetch: fetchFn });
    const error = await api.workshop.close({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).message).toMatch(/bridge has no “workshop:close”/);
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('uses HTTP when there is no preload (the browser host)', async () => {
    const fetchFn = vi.fn(
      async () => new Response(JSON.stringify({ ok: true, value: { ok: true } })),
    );
    const api = createBridge({
      ...noBrowser,
      storage: { getItem: () => 'tok', setItem: () => undefined },
      preload: undefined,
      fetch: fetchFn,
    });
    await api.window.close({});
    expect(fetchFn).toHaveBeenCalledOnce();
  });

  it('passes valid host events on and drops malformed ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { bridge, listeners } = preloadLike(() => ({ ok: true }));
    const api = createBridge({ ...noBrowser, preload: bridge, fetch: vi.fn() });
    const received: unknown[] = [];
    const off = api.events.onMenuCommand((payload) => received.push(payload));
    listeners.get('menu:command')!({ command: 'save' });
    listeners.get('menu:command')!({ command: 'format-disk' });
    expect(received).toEqual([{ command: 'save' }]);
    expect(warn).toHaveBeenCalledOnce();
    off();
    expect(listeners.has('menu:command')).toBe(false);
    warn.mockRestore();
  });
});
