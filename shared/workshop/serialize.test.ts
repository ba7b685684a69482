import { describe, expect, it } from 'vitest';
import { createWorkshop } from './defaults';
import { parseWorkshopText } from './load';
import { SCHEMA_VERSION } from './schema';
import { serializeWorkshop } from './serialize';

describe('serializeWorkshop', () => {
  const doc = createWorkshop(new Date('2025-11-26T10:00:00Z'));
  const text = serializeWorkshop(doc, '1.2.3');

  it('writes the versioned envelope first, as 2-space JSON with a trailing newline', () => {
    expect(text.startsWith('{\n  "format": "tradeoff",\n  "schemaVersion": 1,\n')).toBe(true);
    expect(text).toContain('\n  "appVersion": "1.2.3",\n  "workshop": {\n');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ format: 'tradeoff', schemaVersion: SCHEMA_VERSION });
  });

  it('reads back to the same document', () => {
    const outcome = parseWorkshopText(text);
    expect(outcome).toMatchObject({ status: 'ok', migratedFrom: null });
    expect(outcome.status === 'ok' && outcome.doc).toEqual(doc);
  });
});
