import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelSchemas, compiledWorkshopSchema } from '../../../electron/services/compiledSchemas';
import { channels, contract } from '../../../shared/ipc/contract';
import { parseWorkshopText } from '../../../shared/workshop/load';
import { anyFileText, validWorkshop } from '../../../shared/workshop/testing/fileArbitraries';

/**
 * The hosts validate with zod's compiled schemas for speed; these tests hold them to giving
 * exactly the outcomes (documents, messages, field paths) of the plain schemas.
 */
describe('compiled schemas behave exactly like the plain ones', () => {
  it('parseWorkshopText gives the same outcome on random, foreign and mutated files', () => {
    fc.assert(
      fc.property(anyFileText, (text) => {
        const plain = parseWorkshopText(text, { fileName: 'x.tradeoff' });
        const fast = parseWorkshopText(text, {
          fileName: 'x.tradeoff',
          schema: compiledWorkshopSchema,
        });
        expect(fast).toEqual(plain);
      }),
      { numRuns: 1000 },
    );
  });

  it('every channel’s request schema gives the same result and issues', () => {
    const doc = validWorkshop();
    const candidate = fc.oneof(
      fc.anything(),
      fc.record({ fileId: fc.string(), doc: fc.constant(doc), expectedRevision: fc.string() }),
      fc.record(
        { doc: fc.oneof(fc.constant(doc), fc.anything()), extra: fc.anything() },
        { requiredKeys: ['doc'] },
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...channels), candidate, (channel, request) => {
        const plain = contract[channel].request.safeParse(request);
        const fast = channelSchemas(channel).request.safeParse(request);
        expect(fast.success).toBe(plain.success);
        expect(fast.error?.issues).toEqual(plain.error?.issues);
        expect(fast.data).toEqual(plain.data);
      }),
      { numRuns: 1000 },
    );
  });
});
