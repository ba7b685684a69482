import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from './appContent';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);

describe('the content both hosts serve', () => {
  it('the page carries the hosts’ policy as its meta tag (frame-ancestors works only as a header)', () => {
    const html = readFileSync(path.join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(meta ?? '')).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')),
    );
  });

  it('names every file type vite emits, and refuses to guess the rest', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/assets/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/favicon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/data.bin')).toBe('application/octet-stream');
  });
});
