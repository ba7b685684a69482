import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newDraftId } from './draftId';

const ID_RULE = /^[A-Za-z0-9_-]{22}$/;

describe('newDraftId', () => {
  it('makes 22 url-safe characters from any 16 random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const id = newDraftId((target) => target.set(bytes));
        expect(id).toMatch(ID_RULE);
      }),
    );
  });

  it('gives different ids for different bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (a, b) => {
          fc.pre(a.some((byte, i) => byte !== b[i]));
          expect(newDraftId((t) => t.set(a))).not.toBe(newDraftId((t) => t.set(b)));
        },
      ),
    );
  });

  it('uses the platform random source by default', () => {
    expect(newDraftId()).toMatch(ID_RULE);
    expect(newDraftId()).not.toBe(newDraftId());
  });
});
