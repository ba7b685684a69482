import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isJsonContentType,
  isOwnHost,
  isOwnOrigin,
  isWellFormedToken,
  newToken,
  tokenMatches,
} from './requestGuards';

describe('isOwnHost', () => {
  it.each([
    ['127.0.0.1:4100', true],
    ['localhost:4100', true],
    ['127.0.0.1:4101', false],
    ['127.0.0.1', false],
    ['localhost', false],
    ['evil.example:4100', false],
    ['127.0.0.1.evil.example:4100', false],
    ['[::1]:4100', false],
    ['0.0.0.0:4100', false],
    ['', false],
    [undefined, false],
  ])('Host %j on port 4100 → %s', (host, allowed) => {
    expect(isOwnHost(host, 4100)).toBe(allowed);
  });
});

describe('isOwnOrigin', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:4100', true],
    ['http://localhost:4100', true],
    ['http://127.0.0.1:4101', false],
    ['https://127.0.0.1:4100', false],
    ['http://evil.example', false],
    ['http://127.0.0.1:4100.evil.example', false],
    ['null', false],
    ['', false],
  ])('Origin %j on port 4100 → %s', (origin, allowed) => {
    expect(isOwnOrigin(origin, 4100)).toBe(allowed);
  });
});

describe('tokenMatches', () => {
  const token = newToken();

  it('accepts exactly the token', () => {
    expect(tokenMatches(token, token)).toBe(true);
  });

  it('refuses a missing, repeated or different token', () => {
    expect(tokenMatches(undefined, token)).toBe(false);
    expect(tokenMatches([token, token], token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
    expect(tokenMatches(token.slice(0, -1), token)).toBe(false);
    expect(tokenMatches(token + 'x', token)).toBe(false);
  });

  it('refuses every other string', () => {
    fc.assert(
      fc.property(fc.string(), (guess) => {
        fc.pre(guess !== token);
        expect(tokenMatches(guess, token)).toBe(false);
      }),
    );
  });
});

describe('newToken', () => {
  it('makes 32 random bytes of URL-safe text, different each run', () => {
    const a = newToken();
    const b = newToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(isWellFormedToken(a)).toBe(true);
    expect(a).not.toBe(b);
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    ['application/jsonp', false],
    [undefined, false],
  ])('%j → %s', (contentType, json) => {
    expect(isJsonContentType(contentType)).toBe(json);
  });
});
