import fc from 'fast-check';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenResultSchema } from '../../../shared/ipc/contract';
import { anyFileText } from '../../../shared/workshop/testing/fileArbitraries';
import type { Harness } from '../harness';
import { makeHarness, snapshot } from '../harness';

/**
 * Issue 2: random and mutated documents either load to a valid document or fail with a clear
 * error — never throw anything else, never write to disk. Here through the real service and a
 * real folder: every byte and modification time under the host's folders stays as it was.
 */
let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(() => h.cleanup());

describe('workshop:open on random, foreign and mutated files', () => {
  it('answers opened or failed with a message, and changes nothing on disk', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(anyFileText, fc.boolean(), async (text, asLatin1) => {
        const file = path.join(h.workshopDir, `case-${n++}.tradeoff`);
        await writeFile(file, asLatin1 ? Buffer.from(text, 'latin1') : text);
        const before = await snapshot(h.root);
        h.dialogs.pickOpen(file);
        const result = OpenResultSchema.parse(await h.services['workshop:open']({}));
        expect(result.status).not.toBe('cancelled');
        if (result.status === 'failed')
          expect(result.message).toMatch(/^“case-\d+\.tradeoff” .+[.?]$/);
        expect(await snapshot(h.root)).toEqual(before);
        await rm(file);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
