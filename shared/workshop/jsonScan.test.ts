import { describe, expect, it } from 'vitest';
import { lineAndColumn, scanJson } from './jsonScan';

describe('scanJson', () => {
  it.each([
    ['{}', 'complete'],
    ['  [1, "a", true, null, {"k": -2.5e3}]  ', 'complete'],
    ['{', 'eof'],
    ['{"a":', 'eof'],
    ['{"a": [1, 2', 'eof'],
    ['{"a": "unfinished', 'eof'],
    ['{"a": "esc\\', 'eof'],
    ['{"a": "\\u00', 'eof'],
    ['{"a": tr', 'eof'],
    ['{"a": 1.', 'eof'],
    ['{"a": -', 'eof'],
    ['{"a": 2e', 'eof'],
    ['{"a" 1}', 'bad'],
    ['{"a": 1,}', 'bad'],
    ['[1 2]', 'bad'],
    ['{"a": 01}', 'bad'],
    ['{"a": "\\x"}', 'bad'],
    ['{"a": "tab\there"}', 'bad'],
    ['{]', 'bad'],
    ['{} {}', 'bad'],
    ['hello', 'bad'],
    ['{"a": nope}', 'bad'],
  ])('%j is %s', (text, kind) => {
    expect(scanJson(text).kind).toBe(kind);
  });

  it('points at the first character that is not JSON', () => {
    expect(scanJson('{"a" 1}')).toEqual({ kind: 'bad', offset: 5 });
    expect(scanJson('[1,\n  x]')).toEqual({ kind: 'bad', offset: 6 });
  });

  it('handles nesting far deeper than the call stack allows', () => {
    const deep = '['.repeat(200_000);
    expect(scanJson(deep).kind).toBe('eof');
    expect(scanJson(`${deep}x`).kind).toBe('bad');
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
