import type { z } from 'zod';

/**
 * Turns the first schema problem of a file into words a facilitator can act on:
 * a field path as people write it (`workshop.items[3].rice.effort`) and what is wrong there
 * ("should be greater than 0, but it is -2").
 */
export type PathSegment = PropertyKey;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${String(segment)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** What is wrong at the issue's path, as the end of a sentence ("is missing", "should be …"). */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const actual = valueAt(root, issue.path);
  const got = actual.found ? `, but it is ${describeValue(actual.value)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (!actual.found || actual.value === undefined) return 'is missing';
      return `should be ${article(issue.expected)}${got}`;
    case 'too_small':
      return `${boundPhrase('small', issue.origin, issue.minimum, issue.inclusive)}${got}`;
    case 'too_big':
      return `${boundPhrase('big', issue.origin, issue.maximum, issue.inclusive)}${got}`;
    case 'invalid_format':
      return `does not have the expected format${got}`;
    case 'invalid_value':
      return `should be ${oneOf(issue.values)}${got}`;
    case 'invalid_union': {
      const values = unionValues(issue);
      return values ? `should be ${oneOf(values)}${got}` : `is not a valid value${got}`;
    }
    case 'unrecognized_keys':
      return `has unexpected ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys
        .map((k) => JSON.stringify(k))
        .join(', ')}`;
    case 'invalid_key':
      return 'is not a valid key';
    case 'not_multiple_of':
      return `should be a multiple of ${String(issue.divisor)}${got}`;
    default:
      return `is not valid (${issue.message})`;
  }
}

function boundPhrase(
  side: 'small' | 'big',
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
): string {
  const b = String(bound);
  if (origin === 'string') {
    return side === 'small'
      ? `should have at least ${b} character${b === '1' ? '' : 's'}`
      : `should have at most ${b} characters`;
  }
  if (origin === 'array' || origin === 'set') {
    return side === 'small'
      ? `should have at least ${b} entr${b === '1' ? 'y' : 'ies'}`
      : `should have at most ${b} entries`;
  }
  if (side === 'small')
    return inclusive ? `should be at least ${b}` : `should be greater than ${b}`;
  return inclusive ? `should be at most ${b}` : `should be less than ${b}`;
}

function unionValues(issue: z.core.$ZodIssueInvalidUnion): unknown[] | null {
  const values: unknown[] = [];
  for (const branch of issue.errors) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (!only || only.code !== 'invalid_value' || only.path.length > 0) return null;
    values.push(...only.values);
  }
  return values.length > 0 ? values : null;
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function article(expected: string): string {
  switch (expected) {
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    case 'int':
      return 'a whole number';
    default:
      return expected;
  }
}

export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(short)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value?: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || typeof segment === 'symbol') {
      return { found: false };
    }
    if (!Object.hasOwn(current, segment)) return { found: false };
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value: current };
}
