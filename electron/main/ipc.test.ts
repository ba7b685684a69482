import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import type { WireResult } from '../../shared/ipc/http';
import type { Dispatch, FrameIdentity, InvokeEvent } from './ipc';
import { FORBIDDEN_SENDER, isTrustedSender, registerIpcHandlers } from './ipc';

const APP_WINDOW = 7;
const mainFrame: FrameIdentity = {
  url: 'app://tradeoff/index.html',
  parent: null,
  processId: 4,
  routingId: 1,
};

function event(overrides: { senderId?: number; frame?: FrameIdentity | null } = {}): InvokeEvent {
  return {
    sender: { id: overrides.senderId ?? APP_WINDOW, mainFrame },
    senderFrame: overrides.frame === undefined ? mainFrame : overrides.frame,
  };
}

function setUp() {
  const handlers = new Map<string, (e: InvokeEvent, request: unknown) => Promise<unknown>>();
  const ipcMain = {
    handle: vi.fn(
      (channel: string, fn: (e: InvokeEvent, r: unknown) => Promise<unknown>) =>
        void handlers.set(channel, fn),
    ),
  };
  const answer: WireResult = { ok: true, value: { ok: true } };
  const dispatch = vi.fn<Dispatch>(() => Promise.resolve(answer));
  registerIpcHandlers(ipcMain, (id) => (id === APP_WINDOW ? dispatch : null));
  const invoke = (channel: string, e: InvokeEvent, request: unknown = {}) => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(e, request);
  };
  return { handlers, dispatch, invoke, answer };
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('passes a request from the app window to its dispatcher, channel and all', async () => {
    const { dispatch, invoke, answer } = setUp();
    const request = { fileId: 'abcdefgh12' };
    await expect(invoke('workshop:openRecent', event(), request)).resolves.toEqual(answer);
    expect(dispatch).toHaveBeenCalledWith('workshop:openRecent', request);
  });

  it.each([
    ['a subframe of the app', { ...mainFrame, parent: mainFrame, routingId: 9 }],
    ['another frame of the same page', { ...mainFrame, routingId: 2 }],
    ['a frame in another process', { ...mainFrame, processId: 5 }],
    ['another origin in the main frame', { ...mainFrame, url: 'https://evil.example/' }],
    ['a look-alike host', { ...mainFrame, url: 'app://tradeoff.evil/index.html' }],
    ['a file:// page', { ...mainFrame, url: 'file:///tmp/index.html' }],
    ['a frame that is gone', null],
  ])('refuses %s before any service runs', async (_name, frame) => {
    const { dispatch, invoke } = setUp();
    await expect(invoke('workshop:save', event({ frame }))).resolves.toEqual(FORBIDDEN_SENDER);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses web contents that are not one of the app windows', async () => {
    const { dispatch, invoke } = setUp();
    await expect(invoke('prefs:get', event({ senderId: 99 }))).resolves.toEqual(FORBIDDEN_SENDER);
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it('trusts the main frame of the app page', () => {
    expect(isTrustedSender(event())).toBe(true);
  });
});
