import { beforeEach, describe, expect, it, vi } from 'vitest';
import { splitChannel } from '../../shared/ipc/api';
import { channels } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
    await import('./index');
  });

  it('exposes one object, under the key "tradeoff"', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('tradeoff');
  });

  it('exposes the contract API, not ipcRenderer', () => {
    const exposed: unknown = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1];
    expect(exposed).not.toBe(electron.ipcRenderer);
    const areas = [...new Set(channels.map((c) => splitChannel(c)[0]))];
    expect(Object.keys(exposed as object).sort()).toEqual([...areas, 'events'].sort());
  });
});
