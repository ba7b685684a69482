import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, scrub } from '../../../electron/services/dispatch';
import { ServiceError } from '../../../electron/services/serviceError';
import type { Handlers } from '../../../electron/services/types';
import { channels } from '../../../shared/ipc/contract';
import { sampleWorkshop } from '../harness';

/** A fake backend typed from the contract (STYLE §1): every handler a spy that must not run. */
function fakeHandlers(overrides: Partial<Handlers> = {}) {
  const handlers = Object.fromEntries(
    channels.map((c) => [c, vi.fn(async () => ({ ok: true }))]),
  ) as unknown as Handlers;
  return Object.assign(handlers, overrides);
}

const doc = sampleWorkshop();
const validSave = { fileId: 'AAAAAAAAAAAAAAAA', doc, expectedRevision: 'r1' };

describe('createDispatcher refuses bad input before any work', () => {
  it('refuses an unknown channel', async () => {
    const handlers = fakeHandlers();
    const dispatch = createDispatcher(handlers);
    expect(await dispatch('fs:readAnything', {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'There is no channel "fs:readAnything".' },
    });
    expect(await dispatch('__proto__', {})).toMatchObject({ error: { code: 'unknown-channel' } });
    expect(await dispatch('toString', {})).toMatchObject({ error: { code: 'unknown-channel' } });
    expect(await dispatch(42, {})).toMatchObject({
      error: { code: 'unknown-channel', message: 'There is no channel of type number.' },
    });
  });

  it('refuses workshop:save with a string for doc, naming the field, without calling the handler', async () => {
    const handlers = fakeHandlers();
    const result = await createDispatcher(handlers)('workshop:save', { ...validSave, doc: 'oops' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!result.ok && result.error.message).toMatch(/^Invalid request for workshop:save: doc: /);
    expect(handlers['workshop:save']).not.toHaveBeenCalled();
  });

  it('names the first bad field deep inside the document', async () => {
    const handlers = fakeHandlers();
    const bad = structuredClone(doc);
    (bad.criteria[2] as { weight: unknown }).weight = 'heavy';
    const result = await createDispatcher(handlers)('workshop:save', { ...validSave, doc: bad });
    expect(!result.ok && result.error.message).toMatch(/doc\.criteria\[2\]\.weight/);
    expect(handlers['workshop:save']).not.toHaveBeenCalled();
  });

  it('refuses extra keys', async () => {
    const handlers = fakeHandlers();
    const result = await createDispatcher(handlers)('workshop:save', {
      ...validSave,
      path: '/etc/passwd',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'Invalid request for workshop:save: the request has unexpected key "path".',
      },
    });
    expect(handlers['workshop:save']).not.toHaveBeenCalled();
  });

  it('refuses an id that is not in the opaque format, and a missing request', async () => {
    const handlers = fakeHandlers();
    const dispatch = createDispatcher(handlers);
    const traversal = await dispatch('workshop:open', { fileId: '../../etc/passwd' });
    expect(!traversal.ok && traversal.error.message).toMatch(
      /fileId: not an id this host handed out/,
    );
    expect((await dispatch('app:info', undefined)).ok).toBe(false);
    expect(
      (await dispatch('files:createFolder', { parentId: 'AAAAAAAAAAAA', name: '../up' })).ok,
    ).toBe(false);
    expect(handlers['workshop:open']).not.toHaveBeenCalled();
    expect(handlers['files:createFolder']).not.toHaveBeenCalled();
  });
});

describe('createDispatcher answers', () => {
  it('passes the parsed request to the handler and returns its checked answer', async () => {
    const handlers = fakeHandlers({
      'prefs:set': vi.fn(async (req) => ({
        preferences: { theme: req.theme ?? 'system', pdfPageSize: 'A4' as const },
        notice: null,
      })),
    });
    const result = await createDispatcher(handlers)('prefs:set', { theme: 'dark' });
    expect(result).toEqual({
      ok: true,
      value: { preferences: { theme: 'dark', pdfPageSize: 'A4' }, notice: null },
    });
    expect(handlers['prefs:set']).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('refuses an answer that breaks the contract instead of sending it', async () => {
    const onError = vi.fn();
    const handlers = fakeHandlers({ 'app:info': vi.fn(async () => ({ name: 'x' }) as never) });
    const result = await createDispatcher(handlers, { onError })('app:info', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'app:info produced an answer that does not match the contract.',
      },
    });
    expect(onError).toHaveBeenCalledOnce();
  });

  it('turns a thrown error into a safe message: no stack, no path', async () => {
    const onError = vi.fn();
    const error = Object.assign(
      new Error("EACCES: permission denied, open '/home/dana/secret/x.tradeoff'"),
      {
        code: 'EACCES',
      },
    );
    const handlers = fakeHandlers({
      'recovery:list': vi.fn(async () => {
        throw error;
      }),
    });
    const result = await createDispatcher(handlers, { onError })('recovery:list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Tradeoff could not complete recovery:list (EACCES).' },
    });
    expect(onError).toHaveBeenCalledWith('recovery:list', error);
  });

  it('passes a ServiceError’s message through, with any absolute path removed', async () => {
    const handlers = fakeHandlers({
      'files:list': vi.fn(async () => {
        throw new ServiceError('The folder /home/dana/Tradeoff/x could not be listed.');
      }),
    });
    const result = await createDispatcher(handlers)('files:list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The folder … could not be listed.' },
    });
  });

  it('never throws, whatever arrives', async () => {
    const handlers = fakeHandlers({
      'app:info': vi.fn(() => {
        throw 'not even an Error';
      }) as never,
    });
    const dispatch = createDispatcher(handlers);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...channels), fc.string(), fc.anything()),
        fc.anything(),
        async (channel, request) => {
          const result = await dispatch(channel, request);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
    expect(await dispatch('app:info', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('scrub', () => {
  it.each([
    ["open '/home/dana/x.tradeoff' failed", "open '…' failed"],
    ['C:\\Users\\dana\\x.tradeoff is locked', '… is locked'],
    ['\\\\server\\share\\x is gone', '… is gone'],
    ['“Q3.tradeoff” is fine and 3/4 done', '“Q3.tradeoff” is fine and 3/4 done'],
    [
      "EACCES: permission denied, open '/home/dana/My Workshops/Q3 plan.tradeoff'",
      "EACCES: permission denied, open '…'",
    ],
    [
      "EXDEV: cross-device link not permitted, rename '/tmp/a b/x' -> '/home/dana/c d/y'",
      "EXDEV: cross-device link not permitted, rename '…' -> '…'",
    ],
    ["open '/home/dana/Dana's Files/Q3.tradeoff' failed", "open '…' failed"],
    ['“/Users/dana/Team Plans/Q3.tradeoff” is gone', '“…” is gone'],
    ['/home/dana/My Workshops/Q3 plan.tradeoff is locked', '… is locked'],
    ['C:\\Users\\Dana Smith\\Q3 plan.tradeoff is locked', '… is locked'],
    ['\\\\file server\\team share\\x is gone', '… is gone'],
  ])('%s', (input, output) => {
    expect(scrub(input)).toBe(output);
  });
});
