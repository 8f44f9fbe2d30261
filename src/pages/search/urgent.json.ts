import type { APIRoute } from 'astro';
import { urgentHints } from '../../features/search/search-hints';

/** The urgent guides and the phrases that point to them, for the box above the results. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await urgentHints()), { headers: { 'Content-Type': 'application/json' } });
