import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, createAppProtocolHandler, isAppUrl, resolveAppUrl } from './appProtocol';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../services/appContent';

const root = path.resolve('/srv/tradeoff/dist/renderer');

describe('resolveAppUrl', () => {
  it.each([
    ['app://tradeoff/', 'index.html'],
    ['app://tradeoff', 'index.html'],
    ['app://tradeoff/index.html', 'index.html'],
    ['app://tradeoff/index.html?x=1#top', 'index.html'],
    ['app://tradeoff/assets/index-3f2a.js', 'assets/index-3f2a.js'],
    ['app://tradeoff/assets/', 'assets/index.html'],
    ['app://tradeoff/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
  ])('maps %s inside the bundle', (url, relative) => {
    expect(resolveAppUrl(url, root)).toBe(path.join(root, relative));
  });

  it.each([
    ['parent segment', 'app://tradeoff/../secret.txt'],
    ['nested parent segment', 'app://tradeoff/assets/../../etc/passwd'],
    ['encoded parent segment', 'app://tradeoff/%2e%2e/secret.txt'],
    ['mixed-case encoded parent', 'app://tradeoff/%2E%2e/%2e%2E/etc/passwd'],
    ['half-encoded parent', 'app://tradeoff/.%2e/secret.txt'],
    ['current-directory segment', 'app://tradeoff/./index.html'],
    ['encoded slash', 'app://tradeoff/assets%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://tradeoff/..%5c..%5cwindows%5cwin.ini'],
    ['raw backslash', 'app://tradeoff/..\\..\\windows\\win.ini'],
    ['encoded NUL', 'app://tradeoff/index.html%00.png'],
    ['absolute path in a segment', 'app://tradeoff//etc/passwd'],
    ['Windows drive letter', 'app://tradeoff/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://tradeoff/C%3A%5CWindows'],
    ['other host', 'app://evil.example/index.html'],
    ['host with port', 'app://tradeoff:8080/index.html'],
    ['credentials', 'app://user:pw@tradeoff/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://tradeoff/index.html'],
    ['malformed percent escape', 'app://tradeoff/%E0%A4%A.js'],
    ['not a URL', 'not a url'],
  ])('refuses a %s', (_name, url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });

  it('never resolves outside the bundle, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '.%2e', '%2e', '%2f', '%5c', '\\', 'C:', ''),
      fc.stringMatching(/^[A-Za-z0-9._%-]{1,12}$/),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const resolved = resolveAppUrl(`app://tradeoff/${segments.join('/')}`, root);
        if (resolved === null) return;
        const relative = path.relative(root, resolved);
        expect(relative.startsWith('..')).toBe(false);
        expect(path.isAbsolute(relative)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://tradeoff.evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('devtools://devtools/bundled/inspector.html')).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('names the types the bundle ships and falls back to octet-stream', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/data.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let bundle: string;
  let outside: string;

  beforeAll(async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-protocol-'));
    bundle = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    await mkdir(path.join(bundle, 'assets'), { recursive: true });
    await writeFile(path.join(bundle, 'index.html'), '<!doctype html><title>Tradeoff</title>');
    await writeFile(path.join(bundle, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(outside, 'do not serve');
  });

  afterAll(async () => {
    await rm(path.dirname(bundle), { recursive: true, force: true });
  });

  const handler = () => createAppProtocolHandler({ root: bundle, readFile: (p) => readFile(p) });

  it('serves the index with the strict CSP and its content type', async () => {
    const response = await handler()(new Request(APP_INDEX_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Tradeoff</title>');
  });

  it('serves assets with their own type', async () => {
    const response = await handler()(new Request('app://tradeoff/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file and 403 for a path outside the bundle', async () => {
    expect((await handler()(new Request('app://tradeoff/missing.js'))).status).toBe(404);
    // `Request` (like Chromium) folds `%2e%2e` itself; an encoded slash survives to the resolver.
    const traversal = await handler()(new Request('app://tradeoff/..%2fsecret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('do not serve');
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await handler()(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('the CSP allows no remote origin, inline script or eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
