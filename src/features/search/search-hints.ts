// What the search needs besides Pagefind's index (pagefind/), written at build time beside the search page and
// fetched by the search only when needed: the urgent guides with the phrases that point to them
// (search/urgent.json), and the site's own words for "Did you mean …" (search/words.json).
import site from 'virtual:cyber-guide/site';
import { getCollection } from 'astro:content';
import { expandWithSynonyms } from '../../schemas/synonyms';
import { MIN_CORRECTED_LENGTH, wordsOf } from './did-you-mean';
import { guidePath } from '../../utils/content-index';
import { href } from '../../utils/paths';

export interface UrgentHint {
  path: string;
  title: string;
  /** Lower-case words and phrases that point to this guide. */
  words: string[];
}

/** Guide bodies are MDX: their tags, props and link targets are not words anyone reads. */
export const readableText = (mdx: string) =>
  mdx
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');

/** Every word of the texts long enough to be corrected or to be a correction, the most used first. */
export function rankedWords(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(wordsOf))
    if (word.length >= MIN_CORRECTED_LENGTH) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** The English words of the guides (but those `leaveOut` names), checklists, tips and synonyms. */
export async function englishTexts(leaveOut: ReadonlySet<string> = new Set()): Promise<string[]> {
  const [guides, checklists, tips] = await Promise.all([
    getCollection('guides'),
    getCollection('checklists'),
    getCollection('tips'),
  ]);
  return [
    ...guides
      .filter((g) => !leaveOut.has(g.id))
      .flatMap((g) => [g.data.title, g.data.summary, ...g.data.keywords, readableText(g.body ?? '')]),
    ...checklists.flatMap((c) => [c.data.title, c.data.summary, ...c.data.items.flatMap((i) => [i.action, i.why])]),
    ...tips.map((tip) => tip.data.text),
    ...site.synonyms.flat(),
  ];
}

/** Every word long enough to be corrected or to be a correction, the most used first. */
export async function searchWords(): Promise<string[]> {
  return rankedWords(await englishTexts());
}

export async function urgentHints(): Promise<UrgentHint[]> {
  return (await getCollection('guides'))
    .filter((g) => g.data.urgent)
    .sort((a, b) => a.data.order - b.data.order)
    .map((g) => ({
      path: href(guidePath(g.id)),
      title: g.data.title,
      words: expandWithSynonyms(g.data.urgentPhrases, site.synonyms).map((w) => w.toLowerCase()),
    }));
}
