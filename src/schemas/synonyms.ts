import { z } from 'astro/zod';

/** content/synonyms.yaml: groups of words that mean the same to someone searching. */
export const synonymsSchema = z.strictObject({
  /** @example [[2FA, MFA, two-step]] */
  groups: z
    .array(
      z
        .array(z.union([z.string(), z.number()]).transform(String))
        .min(2, { error: 'expected at least two words in a group' }),
      {
        error: 'expected a list of groups, each like [2FA, MFA, two-step]',
      },
    )
    .default([]),
});

const patterns = new Map<string, RegExp>();

/** A word or phrase found only whole: "AI" must not match inside "email". Made once per word, as every page asks. */
function wholeWord(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const escaped = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Letters of any alphabet are part of a word: "dŵr" is one word, not "d" and "r".
    patterns.set(word, (pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u')));
  }
  return pattern;
}

/** Every word in the groups that share a word with `words`, for the search index. */
export function expandWithSynonyms(words: string[], groups: string[][]): string[] {
  const text = ` ${words.join(' , ').toLowerCase()} `;
  const used = (w: string) => wholeWord(w).test(text);
  const extra = groups.filter((group) => group.some(used)).flat();
  return [...new Set([...words, ...extra])];
}
