import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode';
import { NOT_A_CSV, parseCsvText } from './parse';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

describe('decodeCsvBytes', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const text = 'Title\nCafé ☕\n';
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toBe(text);
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)))).toBe(text);
  });

  it('reads an ANSI (Windows-1252) export from Excel without replacement characters', () => {
    // "Titel;Größe\nCafé;1,5" as Excel writes it on a German Windows.
    const ansi = bytes(
      ...ascii('Titel;Gr'),
      0xf6,
      0xdf,
      ...ascii('e\nCaf'),
      0xe9,
      ...ascii(';1,5\n'),
    );
    expect(decodeCsvBytes(ansi)).toBe('Titel;Größe\nCafé;1,5\n');
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8', () => {
    const text = new TextEncoder().encode(`Title\n${'Café déjà vu, '.repeat(10)}`);
    const damaged = bytes(...text, 0xe9, ...ascii('\n'));
    const decoded = decodeCsvBytes(damaged);
    expect(decoded).toContain('Café déjà vu');
    expect(decoded.endsWith('\ufffd\n')).toBe(true);
  });

  it('reads the UTF-16 "Unicode text" Excel saves', () => {
    const text = 'Name\tReach\nÉtude\t10\n';
    const little = [0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])];
    const big = [0xfe, 0xff, ...[...text].flatMap((char) => [0, char.charCodeAt(0)])];
    expect(decodeCsvBytes(bytes(...little))).toBe(text);
    expect(decodeCsvBytes(bytes(...big))).toBe(text);
  });

  it('leaves a binary file recognisable as not a CSV', () => {
    const png = bytes(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      ...ascii('IHDR'),
    );
    expect(parseCsvText(decodeCsvBytes(png))).toEqual({ ok: false, reason: NOT_A_CSV });
    const noNul = bytes(
      ...Array.from({ length: 400 }, (_, index) => (index * 37 + 11) % 256).filter((b) => b !== 0),
    );
    expect(parseCsvText(decodeCsvBytes(noNul))).toEqual({ ok: false, reason: NOT_A_CSV });
  });
});
