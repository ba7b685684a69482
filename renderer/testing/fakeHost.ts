import type { Response } from '../../shared/ipc/contract';
import { createWorkshop } from '../../shared/workshop/defaults';
import type { Workshop } from '../../shared/workshop/schema';
import { createFakeBridge, type FakeBridge, type FakeHandlers } from '../bridge/fakeBridge';

/** A fixed day, so documents made in tests do not depend on when they run. */
export const TEST_DAY = new Date('2026-03-10T09:00:00Z');

export function sampleWorkshop(title = 'Q3 planning'): Workshop {
  const doc = createWorkshop(TEST_DAY);
  return { ...doc, meta: { ...doc.meta, title } };
}

export const fileRef = (name = 'Q3 planning.tradeoff', id = 'file-0001') => ({
  id,
  name,
  displayPath: `~/Tradeoff/${name}`,
});

export function opened(doc: Workshop, name = 'Q3 planning.tradeoff'): Response<'workshop:open'> {
  return {
    status: 'opened',
    file: fileRef(name),
    doc,
    revision: 'rev-1',
    migratedFrom: null,
    readOnly: null,
  };
}

/**
 * What a quiet host answers: a browser host with the in-app dialog (or a native one), nothing
 * recent, no drafts, and plain acknowledgements. Tests override what their story needs.
 */
export function baseHandlers(dialogs: 'in-app' | 'native' = 'in-app'): FakeHandlers {
  return {
    'app:info': () => ({
      name: 'Tradeoff',
      version: '0.1.0',
      schemaVersion: 1,
      host: dialogs === 'in-app' ? 'browser' : 'electron',
      dialogs,
      platform: 'linux',
    }),
    'prefs:get': () => ({ preferences: { theme: 'system', pdfPageSize: 'A4' }, notice: null }),
    'prefs:set': (req) => ({
      preferences: { theme: req.theme ?? 'system', pdfPageSize: req.pdfPageSize ?? 'A4' },
      notice: null,
    }),
    'recent:list': () => ({ files: [] }),
    'recovery:list': () => ({ drafts: [] }),
    'recovery:write': () => ({ ok: true }),
    'recovery:discard': () => ({ ok: true }),
    'workshop:new': () => ({ doc: sampleWorkshop('Untitled workshop') }),
    'workshop:close': () => ({ ok: true }),
    'window:setDirty': () => ({ ok: true }),
    'window:close': () => ({ ok: true }),
  };
}

export function fakeHost(
  handlers: FakeHandlers = {},
  dialogs: 'in-app' | 'native' = 'in-app',
): FakeBridge {
  return createFakeBridge({ ...baseHandlers(dialogs), ...handlers });
}
