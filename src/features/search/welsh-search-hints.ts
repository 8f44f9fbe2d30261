// What the Welsh search page (/cy/search/) needs besides its index, written at build time as the
// English one's is (search-hints.ts): the words for "Did you mean …" and the urgent guides with their
// Welsh phrases; and the hidden lines a Welsh guide carries for the index, with the unmutated form of
// each mutated word ("nghyfrinair" → "cyfrinair") and the Welsh synonyms.
import site from 'virtual:cyber-guide/site';
import { getCollection } from 'astro:content';
import { expandWithSynonyms } from '../../schemas/synonyms';
import { guidePath } from '../../utils/content-index';
import { href } from '../../utils/paths';
import { englishTexts, rankedWords, readableText, type UrgentHint } from './search-hints';
import { unmutatedWords } from './welsh-mutations';

/** The groups of content/cy/synonyms.yaml (and the overlay's). */
const welshGroups = async () => (await getCollection('welshSynonyms')).flatMap((file) => file.data.groups);

/**
 * The words of the Welsh index, the most used first: the Welsh guides' and synonyms' words, then the
 * English words of the pages still shown in English at /cy/ (the Welsh index holds those too).
 */
export async function welshSearchWords(): Promise<string[]> {
  const [guides, groups] = await Promise.all([getCollection('welshGuides'), welshGroups()]);
  const welsh = rankedWords([
    ...guides.flatMap((g) => [g.data.title, g.data.summary, readableText(g.body ?? '')]),
    ...groups.flat(),
  ]);
  const english = rankedWords(await englishTexts(new Set(guides.map((g) => g.id))));
  return [...new Set([...welsh, ...english])];
}

/**
 * The urgent guides that have Welsh words and Welsh urgent phrases, with those phrases and their Welsh
 * synonyms. An urgent guide without Welsh phrases has none here (the welsh check warns): English phrases
 * would point a Welsh search at it only for English words.
 */
export async function welshUrgentHints(): Promise<UrgentHint[]> {
  const [english, welsh, groups] = await Promise.all([
    getCollection('guides'),
    getCollection('welshGuides'),
    welshGroups(),
  ]);
  const urgent = new Map(english.filter((g) => g.data.urgent).map((g) => [g.id, g.data.order]));
  return welsh
    .filter((g) => urgent.has(g.id) && g.data.urgentPhrases.length > 0)
    .sort((a, b) => urgent.get(a.id)! - urgent.get(b.id)!)
    .map((g) => ({
      path: href(guidePath(g.id)),
      title: g.data.title,
      words: expandWithSynonyms(g.data.urgentPhrases, groups).map((w) => w.toLowerCase()),
    }));
}

/**
 * A Welsh guide's two hidden lines for the index. `keywords`, weighted like the English keywords line:
 * the title, the English guide's keywords, the unmutated forms of the title's and summary's words, and
 * the synonyms of all these, Welsh and English. `unmutated`, weighted like the text: the unmutated forms
 * of the other words of the guide, so "dolen" finds a guide that only says "ddolen".
 */
export async function welshIndexLines(
  welsh: { title: string; summary: string; body?: string },
  keywords: string[],
): Promise<{ keywords: string[]; unmutated: string[] }> {
  const top = unmutatedWords(`${welsh.title} ${welsh.summary}`);
  const line = expandWithSynonyms([welsh.title, ...keywords, ...top], [...site.synonyms, ...(await welshGroups())]);
  const inLine = new Set(top);
  const unmutated = unmutatedWords(`${welsh.title} ${welsh.summary} ${readableText(welsh.body ?? '')}`).filter(
    (word) => !inLine.has(word),
  );
  return { keywords: line, unmutated };
}
