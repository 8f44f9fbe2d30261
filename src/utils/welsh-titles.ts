import { getCollection } from 'astro:content';
import { pageLanguages } from './language';

/**
 * The Welsh guides' titles by slug, on a page whose words are Welsh; undefined on any other page, which
 * shows the English titles. A guide missing from the map has no Welsh words yet: mark its title English.
 */
export async function welshGuideTitles(): Promise<Map<string, string> | undefined> {
  if (pageLanguages().words !== 'cy') return undefined;
  return new Map((await getCollection('welshGuides')).map((g) => [g.id, g.data.title]));
}
