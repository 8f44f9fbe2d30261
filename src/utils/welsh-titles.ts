import { getCollection } from 'astro:content';
import { HTML_LANG, pageLanguages } from './language';

/**
 * The Welsh guides' titles by slug, on a page whose words are Welsh; undefined on any other page, which
 * shows the English titles. A guide missing from the map has no Welsh words yet: mark its title English.
 */
export async function welshGuideTitles(): Promise<Map<string, string> | undefined> {
  if (pageLanguages().words !== 'cy') return undefined;
  return new Map((await getCollection('welshGuides')).map((g) => [g.id, g.data.title]));
}

/** A guide's or checklist's title and summary as a list shows them, with `lang` when they are not the page's language. */
export interface ShownWords {
  title: string;
  summary: string;
  lang?: string;
}
type Words = Pick<ShownWords, 'title' | 'summary'>;

/**
 * For the lists of guides and checklists (topics, the A to Z, checklists, progress): on a page whose
 * words are Welsh, an entry's Welsh title and summary, or its English ones marked English so a screen
 * reader reads them as English; on any other page, the English ones as they are.
 */
export async function listWords(): Promise<(kind: 'guides' | 'checklists', id: string, english: Words) => ShownWords> {
  if (pageLanguages().words !== 'cy')
    return (_kind, _id, english) => ({ title: english.title, summary: english.summary });
  const byKind = {
    guides: new Map((await getCollection('welshGuides')).map((g): [string, Words] => [g.id, g.data])),
    checklists: new Map((await getCollection('welshChecklists')).map((c): [string, Words] => [c.id, c.data])),
  };
  return (kind, id, english) => {
    const welsh = byKind[kind].get(id);
    return welsh
      ? { title: welsh.title, summary: welsh.summary }
      : { title: english.title, summary: english.summary, lang: HTML_LANG.en };
  };
}

/**
 * Sorts a list by the titles it shows, in the words' language: Welsh sorts ch, dd, ff, ll and rh as
 * letters of their own. English keeps the order it always had (localeCompare).
 */
export function byShownTitle<T extends { title: string }>(list: T[]): T[] {
  if (pageLanguages().words !== 'cy') return list.sort((a, b) => a.title.localeCompare(b.title));
  const collator = new Intl.Collator(HTML_LANG.cy);
  return list.sort((a, b) => collator.compare(a.title, b.title));
}
