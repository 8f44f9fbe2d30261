// What reaches Pagefind from what staff type. Pagefind finds only pages that have every word of a
// query, so "what do I do if I clicked a link" would find nothing: words too common to narrow a search
// are dropped first, unless nothing else is left.
/** Words too common to narrow a search: "what", "do", "I", "if", "a" … */
export const COMMON_WORDS = new Set(
  'a an and are as at be been but by can could did do does for from had has have how i if im in is it its me my no not of on or our should so that the their them then there this to was we were what when where which who why will with would you your'.split(
    ' ',
  ),
);

/** A word of a query as the common-word lists spell it: lower case, no apostrophes ("I'm" → "im"). */
const plain = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The query without its common words (`common`: English unless a Welsh search gives its own, see
 * welsh-query.ts); a query of only common words ("what is it") stays as typed.
 */
export function withoutCommonWords(query: string, common: ReadonlySet<string> = COMMON_WORDS): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !common.has(plain(word)));
  return (kept.length > 0 ? kept : words).join(' ');
}
