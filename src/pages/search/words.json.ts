import type { APIRoute } from 'astro';
import { searchWords } from '../../features/search/search-hints';

/** The guide's own words, most used first, for "Did you mean" (fetched only when a word finds nothing). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchWords()), { headers: { 'Content-Type': 'application/json' } });
