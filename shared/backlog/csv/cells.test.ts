import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  escapeCellText,
  isWebLink,
  joinTags,
  splitTags,
  uniqueTags,
  unescapeCellText,
} from './cells';

describe('escapeCellText', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555', "'+1 555"],
    ['- bullet', "'- bullet"],
    ['@mention', "'@mention"],
    ["'quoted", "''quoted"],
    ['Plain title', 'Plain title'],
    ['', ''],
  ])('protects %j as %j', (text, escaped) => {
    expect(escapeCellText(text)).toBe(escaped);
  });

  it('is undone by unescapeCellText for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unescapeCellText(escapeCellText(text))).toBe(text);
      }),
    );
  });

  it('leaves an apostrophe before ordinary text alone when reading', () => {
    expect(unescapeCellText("'til tomorrow")).toBe("'til tomorrow");
  });
});

describe('tags in one cell', () => {
  it.each([
    ['Bug, Backend', ['Bug', 'Backend']],
    ['dx; cli', ['dx', 'cli']],
    ['a|b', ['a', 'b']],
    [' , ,', []],
    ["'-negative", ['-negative']],
  ])('splits %j', (cell, tags) => {
    expect(splitTags(cell)).toEqual(tags);
  });

  it('reads back what joinTags writes', () => {
    const tag = fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((text) => !/[,;|]/.test(text) && text.trim() === text && text !== '');
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 5 }), (tags) => {
        expect(splitTags(joinTags(tags))).toEqual(tags);
      }),
    );
  });

  it('drops blanks and case-only repeats, keeping the first spelling', () => {
    expect(uniqueTags(['DR', ' dr ', '', 'Reliability', 'reliability'])).toEqual([
      'DR',
      'Reliability',
    ]);
  });
});

describe('isWebLink', () => {
  it.each(['https://jira.example.com/browse/PLAT-412', 'http://localhost:8080/x'])(
    'keeps %s',
    (url) => {
      expect(isWebLink(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'https://',
    'https://a b',
  ])('refuses %s', (url) => {
    expect(isWebLink(url)).toBe(false);
  });
});
