import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText } from './load';
import { WorkshopSchema } from './schema';
import { mutatedFileText, randomJsonText, randomText, validText } from './testing/fileArbitraries';

/**
 * Issue 2: random and mutated documents either load to a valid document or fail with a clear
 * error — never throw anything else.
 */
function checkOutcome(text: string): void {
  const outcome = parseWorkshopText(text, { fileName: 'Q3.tradeoff' });
  switch (outcome.status) {
    case 'ok':
    case 'read-only':
      expect(WorkshopSchema.safeParse(outcome.doc).success).toBe(true);
      break;
    case 'failed':
      expect(outcome.message.length).toBeGreaterThan(10);
      expect(outcome.message).toMatch(/[.!?]$/);
      expect(outcome.message).not.toContain('undefined');
      break;
    default:
      throw new Error(`unexpected outcome ${JSON.stringify(outcome)}`);
  }
}

describe('parseWorkshopText never throws', () => {
  it('on random strings', () => {
    fc.assert(fc.property(randomText, checkOutcome), { numRuns: 500 });
  });

  it('on random JSON, including envelopes with random contents', () => {
    fc.assert(fc.property(randomJsonText, checkOutcome), { numRuns: 500 });
  });

  it('on a valid file with one key deleted, one value retyped or the text cut short', () => {
    fc.assert(fc.property(mutatedFileText, checkOutcome), { numRuns: 1000 });
  });

  it('opens the unmutated file', () => {
    expect(parseWorkshopText(validText).status).toBe('ok');
  });

  it('calls every cut-off prefix of a valid file truncated, never "not JSON"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: validText.trimEnd().length - 1 }), (at) => {
        const outcome = parseWorkshopText(validText.slice(0, at));
        expect(outcome).toMatchObject({ status: 'failed', problem: 'truncated' });
      }),
      { numRuns: 300 },
    );
  });
});
