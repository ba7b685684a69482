import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameProblem, suggestFileName, withExtension } from './fileName';

describe('file names', () => {
  it.each([
    ['Q3 planning', 'Q3 planning.tradeoff'],
    ['Infra / Platform: 2027?', 'Infra - Platform- 2027-.tradeoff'],
    ['   ', 'Untitled workshop.tradeoff'],
    ['...hidden', 'hidden.tradeoff'],
    ['Already.tradeoff', 'Already.tradeoff'],
  ])('suggests a file name for the title %j', (title, expected) => {
    expect(suggestFileName(title)).toBe(expected);
  });

  it('adds the extension once, whatever its case', () => {
    expect(withExtension('plan')).toBe('plan.tradeoff');
    expect(withExtension('plan.TRADEOFF')).toBe('plan.TRADEOFF');
  });

  it.each(['a/b', 'a\\b', 'x:y', '..', '.'])('refuses %j as a file name', (name) => {
    expect(fileNameProblem(name)).toMatch(/cannot contain/);
  });

  it('asks for a name when the field is empty', () => {
    expect(fileNameProblem('  ')).toBe('Type a file name.');
  });

  it('always suggests a name the host accepts, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (title) => {
        expect(fileNameProblem(suggestFileName(title))).toBeNull();
      }),
    );
  });
});
