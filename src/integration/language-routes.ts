// The Welsh pages' addresses: each page of src/pages made again under /cy/, from the same file. Astro's
// own i18n routing is not used: its fallback wrote bogus /cy/cy/… pages over our routes and tells a page
// nothing of being a fallback, so the middleware (language-middleware.ts) decides each page's languages.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Pages served at one address whatever the language: the not-found page. The worker's offline pages are
 * made in each language, so a phone that reads Welsh gets Welsh menus (src/service-worker/worker.ts).
 */
const SHARED_PAGES = new Set(['404.astro']);

/**
 * Files that make more than pages: the sitemap, the logo and the alerts feeds are one per site; the search
 * page's two JSON files are made again, as the Welsh search page asks for its own.
 */
const WELSH_ENDPOINTS = new Set(['search/urgent.json.ts', 'search/words.json.ts']);

/** Every file in src/pages, as 'guides/[slug].astro'. */
function pageFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? pageFiles(join(dir, entry.name), root)
      : [relative(root, join(dir, entry.name)).replaceAll('\\', '/')],
  );
}

/** 'guides/[slug].astro' → '/cy/guides/[slug]'; 'index.astro' → '/cy'; 'search/words.json.ts' → '/cy/search/words.json'. */
const welshPattern = (file: string): string =>
  `/cy/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '');

/** The routes to inject for the Welsh pages: one per English page, at the same path under /cy/. */
export function welshRoutes(pagesDir: string): { pattern: string; entrypoint: string }[] {
  return pageFiles(pagesDir)
    .filter((file) => (file.endsWith('.astro') && !SHARED_PAGES.has(file)) || WELSH_ENDPOINTS.has(file))
    .map((file) => ({ pattern: welshPattern(file), entrypoint: join(pagesDir, file) }));
}
