import type { APIRoute } from 'astro';
import { searchWords } from '../../features/search/search-hints';
import { welshSearchWords } from '../../features/search/welsh-search-hints';
import { pageLanguages } from '../../utils/language';

/**
 * The guide's own words, most used first, for "Did you mean" (fetched only when a word finds nothing);
 * at /cy/, the words of the Welsh index.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await (pageLanguages().menus === 'cy' ? welshSearchWords() : searchWords())), {
    headers: { 'Content-Type': 'application/json' },
  });
