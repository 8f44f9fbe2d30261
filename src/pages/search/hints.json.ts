import type { APIRoute } from 'astro';
import { searchHints } from '../../search-hints';

export const GET: APIRoute = async () => new Response(JSON.stringify(await searchHints()), { headers: { 'Content-Type': 'application/json' } });
