import { describe, expect, it } from 'vitest';
import { BridgeError } from './bridgeError';
import { createFakeBridge } from './fakeBridge';

describe('createFakeBridge', () => {
  it('answers with the handler given for a channel and records the request', async () => {
    const api = createFakeBridge({ 'window:setDirty': () => ({ ok: true }) });
    await api.window.setDirty({ dirty: true });
    expect(api.requestsTo('window:setDirty')).toEqual([{ dirty: true }]);
  });

  it('fails clearly for a channel the test did not fake', async () => {
    const api = createFakeBridge();
    const error = await api.recent.list({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).code).toBe('unknown-channel');
  });

  it('checks the fake answers against the contract, as for a real host', async () => {
    // A handler typed loosely on purpose: a fake must not answer what no host could.
    const api = createFakeBridge({ 'recent:list': () => ({ files: [{ id: 'x' }] }) as never });
    const error = await api.recent.list({}).catch((e: unknown) => e);
    expect((error as BridgeError).code).toBe('bad-response');
  });

  it('delivers emitted events to subscribers until they unsubscribe', () => {
    const api = createFakeBridge();
    const seen: string[] = [];
    const off = api.events.onMenuCommand(({ command }) => seen.push(command));
    api.emit('menu:command', { command: 'undo' });
    off();
    api.emit('menu:command', { command: 'redo' });
    expect(seen).toEqual(['undo']);
  });
});
