import { z } from 'astro/zod';

/** content/synonyms.yaml: groups of words that mean the same to someone searching. */
export const synonymsSchema = z.strictObject({
  /** @example [[2FA, MFA, two-step]] */
  groups: z
    .array(z.array(z.union([z.string(), z.number()]).transform(String)).min(2, { error: 'expected at least two words in a group' }), {
      error: 'expected a list of groups, each like [2FA, MFA, two-step]',
    })
    .default([]),
});

/** Every word in the groups that share a word with `words`, for the search index. */
export function expandWithSynonyms(words: string[], groups: string[][]): string[] {
  const text = ` ${words.join(' , ').toLowerCase()} `;
  const escape = (w: string) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words only: "AI" must not match inside "email".
  const used = (w: string) => new RegExp(`(^|[^a-z0-9])${escape(w)}($|[^a-z0-9])`).test(text);
  const extra = groups.filter((group) => group.some(used)).flat();
  return [...new Set([...words, ...extra])];
}
