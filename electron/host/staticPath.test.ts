import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { resolveStaticPath } from './staticPath';

describe('resolveStaticPath', () => {
  it.each([
    ['/', ''],
    ['/index.html', 'index.html'],
    ['/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['/assets/', 'assets'],
    ['/assets/app.css?v=3', 'assets/app.css'],
    ['/backlog#section', 'backlog'],
    ['/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
  ])('maps %s to the bundle path %j', (target, relativePath) => {
    expect(resolveStaticPath(target)).toEqual({ ok: true, relativePath });
  });

  it.each([
    ['/../etc/passwd'],
    ['/assets/../../etc/passwd'],
    ['/..'],
    ['/%2e%2e/etc/passwd'],
    ['/%2E%2E/etc/passwd'],
    ['/assets/%2e%2e/%2e%2e/secret'],
    ['/.%2e/secret'],
    ['/%2e/index.html'],
    ['/./index.html'],
    ['/.env'],
    ['/..%2fetc%2fpasswd'],
    ['/assets%2f..%2f..%2fsecret'],
    ['/..\\secret'],
    ['/assets\\..\\..\\secret'],
    ['/%5c..%5csecret'],
    ['/index.html%00.js'],
    ['/index.html\u0000'],
    ['//etc/passwd'],
    ['/assets//app.js'],
    ['/C:/Windows/win.ini'],
    ['/C%3A/Windows/win.ini'],
    ['/%252e%252e/secret'],
    ['/%E0%A4%A'],
    ['etc/passwd'],
    ['http://evil.example/index.html'],
    ['*'],
    [''],
  ])('refuses %j', (target) => {
    expect(resolveStaticPath(target).ok).toBe(false);
  });

  it('never yields a path that leaves the bundle, whatever the request', () => {
    const root = path.resolve('/srv/bundle');
    const pieces = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '\\',
      '/',
      'a',
      'b.js',
      ':',
      '%00',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const result = resolveStaticPath('/' + parts.join(''));
        if (!result.ok) return;
        const resolved = path.resolve(root, ...result.relativePath.split('/'));
        expect(resolved === root || resolved.startsWith(root + path.sep)).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (target) => {
        expect(() => resolveStaticPath(target)).not.toThrow();
      }),
    );
  });
});
