/**
 * Explains why `JSON.parse` refused a text, without relying on the wording of engine errors:
 * either the text is a valid start of JSON that ends early (`eof`: a cut-off file), or it holds
 * something that is not JSON at `offset`. Iterative (explicit stack), so deeply nested input
 * cannot overflow the call stack. Only called after `JSON.parse` failed, so speed is secondary.
 */
export type JsonScan = { kind: 'complete' } | { kind: 'eof' } | { kind: 'bad'; offset: number };

type Expect =
  'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_CHARS = /[-+0-9.eE]+/y;
const HEX = /^[0-9a-fA-F]$/;

export function scanJson(text: string): JsonScan {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const n = text.length;
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');

  while (true) {
    while (i < n && isJsonSpace(text.charCodeAt(i))) i++;
    if (i >= n) return expect === 'end' ? { kind: 'complete' } : { kind: 'eof' };
    const ch = text[i]!;

    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (ch === ']' && expect === 'value-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          i++;
          expect = ch === '{' ? 'key-or-close' : 'value-or-close';
          break;
        }
        const end = scanScalar(text, i);
        if (end.kind !== 'ok') return end;
        i = end.next;
        expect = afterValue();
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (ch === '}' && expect === 'key-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (ch !== '"') return { kind: 'bad', offset: i };
        const end = scanString(text, i);
        if (end.kind !== 'ok') return end;
        i = end.next;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':') return { kind: 'bad', offset: i };
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (ch === ',') {
          i++;
          expect = top === '{' ? 'key' : 'value';
        } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
          stack.pop();
          i++;
          expect = afterValue();
        } else {
          return { kind: 'bad', offset: i };
        }
        break;
      }
      case 'end':
        return { kind: 'bad', offset: i };
    }
  }
}

type Step = { kind: 'ok'; next: number } | { kind: 'eof' } | { kind: 'bad'; offset: number };

function scanScalar(text: string, i: number): Step {
  const ch = text[i]!;
  if (ch === '"') return scanString(text, i);
  if (ch === '-' || (ch >= '0' && ch <= '9')) return scanNumber(text, i);
  for (const literal of LITERALS) {
    if (ch !== literal[0]) continue;
    const rest = text.slice(i, i + literal.length);
    if (rest === literal) return { kind: 'ok', next: i + literal.length };
    if (i + rest.length === text.length && literal.startsWith(rest)) return { kind: 'eof' };
  }
  return { kind: 'bad', offset: i };
}

function scanNumber(text: string, i: number): Step {
  NUMBER_CHARS.lastIndex = i;
  const token = NUMBER_CHARS.exec(text)?.[0] ?? '';
  NUMBER.lastIndex = i;
  const valid = NUMBER.exec(text)?.[0] ?? '';
  if (valid.length === token.length && valid.length > 0)
    return { kind: 'ok', next: i + valid.length };
  // A number cut off by the end of the text ("1.", "-", "2e") is a truncation, not garbage.
  if (i + token.length === text.length) return { kind: 'eof' };
  return { kind: 'bad', offset: i + valid.length };
}

function scanString(text: string, start: number): Step {
  let j = start + 1;
  const n = text.length;
  while (true) {
    if (j >= n) return { kind: 'eof' };
    const code = text.charCodeAt(j);
    if (code === 0x22) return { kind: 'ok', next: j + 1 };
    if (code < 0x20) return { kind: 'bad', offset: j };
    if (code !== 0x5c) {
      j++;
      continue;
    }
    if (j + 1 >= n) return { kind: 'eof' };
    const esc = text[j + 1]!;
    if ('"\\/bfnrt'.includes(esc)) {
      j += 2;
    } else if (esc === 'u') {
      for (let k = 0; k < 4; k++) {
        const at = j + 2 + k;
        if (at >= n) return { kind: 'eof' };
        if (!HEX.test(text[at]!)) return { kind: 'bad', offset: at };
      }
      j += 6;
    } else {
      return { kind: 'bad', offset: j + 1 };
    }
  }
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** 1-based line and column of `offset`, for messages a person can follow in an editor. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
