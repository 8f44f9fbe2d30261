import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countSentence } from '../../src/features/search/render';

const welsh = parse(readFileSync('content/cy/strings.yaml', 'utf8')) as Record<string, unknown>;
const english = parse(readFileSync('content/strings.yaml', 'utf8')) as Record<string, string>;

describe('countSentence(): how many results, in the plural form the number takes', () => {
  it('gives the Welsh count its mutation: 2 ganlyniad, 3 chanlyniad, 6 chanlyniad', () => {
    // As search-strings.ts gives them: the `other` words, and the forms that differ from them.
    const { other, ...forms } = welsh['search.results'] as Record<string, string>;
    const words = {
      one: String(welsh['search.oneResult']),
      none: String(welsh['search.none']),
      results: other,
      resultsForms: JSON.stringify(Object.fromEntries(Object.entries(forms).filter(([, w]) => w !== other))),
      language: 'cy',
    };
    const counts = [2, 3, 4, 6, 7, 20].map((n) => countSentence(words, n, 'cyfrinair'));
    expect(counts).toEqual([
      '2 ganlyniad ar gyfer “cyfrinair”',
      '3 chanlyniad ar gyfer “cyfrinair”',
      '4 canlyniad ar gyfer “cyfrinair”',
      '6 chanlyniad ar gyfer “cyfrinair”',
      '7 canlyniad ar gyfer “cyfrinair”',
      '20 canlyniad ar gyfer “cyfrinair”',
    ]);
    expect(countSentence(words, 1, 'cyfrinair')).toBe('1 canlyniad ar gyfer “cyfrinair”');
  });

  it('keeps English as one set of words, the one-result and no-result sentences apart', () => {
    const words = {
      one: english['search.oneResult'],
      none: 'No results for “{query}”',
      results: english['search.results'],
    };
    expect(countSentence(words, 3, 'password')).toBe('3 results for “password”');
    expect(countSentence(words, 1, 'password')).toBe('1 result for “password”');
    expect(countSentence(words, 0, 'password')).toBe('No results for “password”');
  });
});
