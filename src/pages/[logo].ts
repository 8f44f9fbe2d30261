import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import site from 'virtual:cyber-guide/site';

/** Serves the trust's logo (from site.yaml) as /logo.svg or /logo.png under the base path. */
export function getStaticPaths() {
  return [{ params: { logo: site.logoName } }];
}

export const GET: APIRoute = () =>
  new Response(readFileSync(site.logoFile), {
    headers: { 'Content-Type': site.logoName.endsWith('.svg') ? 'image/svg+xml' : 'image/png' },
  });
