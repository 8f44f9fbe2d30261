// What reaches Pagefind from what staff type. Pagefind finds only pages that have every word of a
// query, so "what do I do if I clicked a link" would find nothing: words too common to narrow a search
// are dropped first, unless nothing else is left.
import { WELSH_COMMON_WORDS } from './welsh-common-words';
import { searchForm } from './welsh-mutations';

/** Words too common to narrow a search: "what", "do", "I", "if", "a" … */
const COMMON_WORDS = new Set(
  'a an and are as at be been but by can could did do does for from had has have how i if im in is it its me my no not of on or our should so that the their them then there this to was we were what when where which who why will with would you your'.split(
    ' ',
  ),
);

/** On a Welsh page: the Welsh common words too ("beth", "ar", "fy"), and the English ones for its English pages. */
const WELSH_AND_ENGLISH = new Set([...COMMON_WORDS, ...WELSH_COMMON_WORDS]);

/** A word of a query as the common-word lists spell it: lower case, no apostrophes ("I'm" → "im"). */
const plain = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The query without its common words; a query of only common words ("what is it") stays as typed. In
 * Welsh (`language` cy), a word whose mutation is certain is searched unmutated ("nghyfrinair" →
 * "cyfrinair"), which finds it too.
 */
export function withoutCommonWords(query: string, language: 'en' | 'cy' = 'en'): string {
  const common = language === 'cy' ? WELSH_AND_ENGLISH : COMMON_WORDS;
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !common.has(plain(word)));
  const searched = kept.length > 0 ? kept : words;
  return (language === 'cy' ? searched.map(searchForm) : searched).join(' ');
}
