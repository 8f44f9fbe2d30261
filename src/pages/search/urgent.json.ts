import type { APIRoute } from 'astro';
import { urgentHints } from '../../features/search/search-hints';
import { welshUrgentHints } from '../../features/search/welsh-search-hints';
import { pageLanguages } from '../../utils/language';

/** The urgent guides and the phrases that point to them, for the box above the results; at /cy/, the Welsh ones. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await (pageLanguages().menus === 'cy' ? welshUrgentHints() : urgentHints())), {
    headers: { 'Content-Type': 'application/json' },
  });
