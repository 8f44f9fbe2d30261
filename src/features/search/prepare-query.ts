// What reaches Pagefind from what staff type. Pagefind finds only pages that have every word of a
// query, so "what do I do if I clicked a link" would find nothing: words too common to narrow a search
// are dropped first, unless nothing else is left.

/** Words too common to narrow a search: "what", "do", "I", "if", "a" … */
const COMMON_WORDS = new Set(
  'a an and are as at be been but by can could did do does for from had has have how i if im in is it its me my no not of on or our should so that the their them then there this to was we were what when where which who why will with would you your'.split(
    ' ',
  ),
);

/** A word of a query as the common-word list spells it: lower case, no apostrophes ("I'm" → "im"). */
const plain = (word: string) => word.toLowerCase().replace(/['’]/g, '');

/** The query without its common words; a query of only common words ("what is it") stays as typed. */
export function withoutCommonWords(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !COMMON_WORDS.has(plain(word).replace(/[^a-z0-9]/g, '')));
  return (kept.length > 0 ? kept : words).join(' ');
}
