import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { eventMethodName, splitChannel } from '../../shared/ipc/api';
import { channels, eventNames } from '../../shared/ipc/contract';
import { createBridge, type IpcRendererLike } from './bridge';

/** An ipcRenderer stand-in: `invoke` answers from a table, `emit` plays main sending an event. */
class FakeIpcRenderer extends EventEmitter implements IpcRendererLike {
  invoke = vi.fn<(channel: string, request: unknown) => Promise<unknown>>(() =>
    Promise.resolve({ ok: true, value: { ok: true } }),
  );
}

const fakeIpcEvent = { sender: { send: () => undefined }, senderId: 0, ports: [] };

function setUp() {
  const ipc = new FakeIpcRenderer();
  return { ipc, bridge: createBridge(ipc) };
}

/** Every value reachable from the bridge through own properties. */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const walk = (value: unknown) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
    if (seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value as object)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) walk(descriptor.value);
    }
  };
  walk(root);
  return [...seen];
}

describe('createBridge', () => {
  it('has exactly the contract areas plus events', () => {
    const { bridge } = setUp();
    const areas = [...new Set(channels.map((c) => splitChannel(c)[0]))];
    expect(Object.keys(bridge).sort()).toEqual([...areas, 'events'].sort());
  });

  it('has exactly the contract verbs in each area, all functions', () => {
    const { bridge } = setUp();
    const api = bridge as unknown as Record<string, Record<string, unknown>>;
    for (const channel of channels) {
      const [area, verb] = splitChannel(channel);
      expect(typeof api[area]?.[verb]).toBe('function');
    }
    const methodCount = Object.entries(api)
      .filter(([key]) => key !== 'events')
      .reduce((n, [, methods]) => n + Object.keys(methods).length, 0);
    expect(methodCount).toBe(channels.length);
  });

  it('has one on… subscriber per contract event and nothing else', () => {
    const { bridge } = setUp();
    expect(Object.keys(bridge.events).sort()).toEqual(eventNames.map(eventMethodName).sort());
  });

  it('exposes no ipcRenderer, no generic invoke or send, only named functions', () => {
    const { ipc, bridge } = setUp();
    const values = reachable(bridge);
    expect(values).not.toContain(ipc);
    expect(values).not.toContain(ipc.invoke);
    const keys = values.flatMap((v) => (typeof v === 'object' && v ? Object.keys(v) : []));
    for (const forbidden of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'postMessage']) {
      expect(keys).not.toContain(forbidden);
    }
  });

  it('sends each method on its own channel and returns the unwrapped value', async () => {
    const { ipc, bridge } = setUp();
    const listing = { files: [] };
    ipc.invoke.mockResolvedValueOnce({ ok: true, value: listing });
    await expect(bridge.recent.list({})).resolves.toEqual(listing);
    expect(ipc.invoke).toHaveBeenCalledWith('recent:list', {});

    await bridge.workshop.openRecent({ fileId: 'abcdefgh' });
    expect(ipc.invoke).toHaveBeenLastCalledWith('workshop:openRecent', { fileId: 'abcdefgh' });
  });

  it('turns a refusal from main into a rejected promise with its message', async () => {
    const { ipc, bridge } = setUp();
    ipc.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'bad-request', message: 'fileId: not an id this host handed out' },
    });
    await expect(bridge.workshop.openRecent({ fileId: 'x' })).rejects.toThrow(
      'fileId: not an id this host handed out',
    );
  });

  it('rejects a reply that is not a wire result', async () => {
    const { ipc, bridge } = setUp();
    ipc.invoke.mockResolvedValueOnce('surprise');
    await expect(bridge.app.info({})).rejects.toThrow('could not read the reply to app:info');
  });

  it('gives event listeners the payload only, never the IPC event', () => {
    const { ipc, bridge } = setUp();
    const listener = vi.fn();
    bridge.events.onMenuCommand(listener);
    ipc.emit('menu:command', fakeIpcEvent, { command: 'save' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ command: 'save' }]);
  });

  it('drops event payloads that do not match the event schema', () => {
    const { ipc, bridge } = setUp();
    const listener = vi.fn();
    bridge.events.onMenuCommand(listener);
    ipc.emit('menu:command', fakeIpcEvent, { command: 'rm -rf' });
    ipc.emit('menu:command', fakeIpcEvent, undefined);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe', () => {
    const { ipc, bridge } = setUp();
    const listener = vi.fn();
    const unsubscribe = bridge.events.onWindowCloseRequested(listener);
    ipc.emit('window:closeRequested', fakeIpcEvent, {});
    unsubscribe();
    ipc.emit('window:closeRequested', fakeIpcEvent, {});
    expect(listener).toHaveBeenCalledOnce();
  });

  it('holds an event sent before the page listens and gives it to the first listener', () => {
    const { ipc, bridge } = setUp();
    ipc.emit('menu:command', fakeIpcEvent, { command: 'open', recentFileId: 'abcdefgh12' });
    ipc.emit('menu:command', fakeIpcEvent, { command: 'rm -rf' });
    const first = vi.fn();
    const second = vi.fn();
    bridge.events.onMenuCommand(first);
    bridge.events.onMenuCommand(second);
    expect(first.mock.calls).toEqual([[{ command: 'open', recentFileId: 'abcdefgh12' }]]);
    expect(second).not.toHaveBeenCalled();
  });

  it('holds a bounded number of events while nobody listens', () => {
    const { ipc, bridge } = setUp();
    for (let n = 0; n < 100; n++) ipc.emit('menu:command', fakeIpcEvent, { command: 'save' });
    const listener = vi.fn();
    bridge.events.onMenuCommand(listener);
    expect(listener).toHaveBeenCalledTimes(16);
  });

  it('listens to main once per event, however often the page subscribes', () => {
    const { ipc, bridge } = setUp();
    const unsubscribe = bridge.events.onMenuCommand(vi.fn());
    unsubscribe();
    bridge.events.onMenuCommand(vi.fn());
    expect(ipc.listenerCount('menu:command')).toBe(1);
  });
});
