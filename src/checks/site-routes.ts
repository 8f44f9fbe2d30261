import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentSet, HideEntry, MdxFile } from '../content/content-set';

const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));

/** Every address in the built site that content can link to, and which central pages this copy hides. */
export interface SiteRoutes {
  /** Paths such as "/", "/guides/public-wifi/", "/search/hints.json". */
  paths: Set<string>;
  /** The guide or site page shown at a path, for checking `#anchor` links against its headings. */
  guideAt: Map<string, MdxFile>;
  /** Paths of central pages that site.yaml `hide:` leaves out, with the entry that hides each. */
  hiddenAt: Map<string, HideEntry>;
}

/**
 * Where the pages of each dynamic route come from. A new dynamic route in src/pages needs a line here,
 * or links to its pages are reported as pointing nowhere.
 */
function dynamicPaths(route: string, content: ContentSet): string[] | undefined {
  const guides = content.guides.map((g) => g.slug);
  const topics = new Set(content.guides.flatMap((g) => (g.data ? [g.data.topic] : [])));
  const table: Record<string, () => string[]> = {
    '/guides/[slug]/': () => guides.map((slug) => `/guides/${slug}/`),
    '/checklists/[slug]/': () => content.checklists.map((c) => `/checklists/${c.slug}/`),
    '/topics/[topic]/': () => [...topics].map((topic) => `/topics/${topic}/`),
    '/posters/[topic]/': () => [...topics].map((topic) => `/posters/${topic}/`),
    // The helper's steps below /help/ are not linked from content: /help/ itself is the way in.
    '/help/[...path]/': () => [],
    '/[logo]': () => [`/${basename(content.site.logo)}`],
    '/[sitemap].xml': () => (content.site.url ? ['/sitemap.xml'] : []),
  };
  return table[route]?.();
}

/** The address a file in src/pages is served at, with build.format "directory" and trailing slashes. */
export function routeOfPage(file: string): string {
  const path = `/${file.replaceAll('\\', '/')}`;
  if (path.endsWith('.ts')) return path.slice(0, -3); // an endpoint: its name is the file it writes
  const page = path.replace(/\.(astro|md|mdx)$/, '');
  if (page === '/404') return '/404.html';
  return page.endsWith('/index') ? page.slice(0, -'index'.length) : `${page}/`;
}

function pageFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|md|mdx|ts)$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** The site's addresses: fixed pages from src/pages, plus one page per published guide, checklist and topic. */
export function siteRoutes(content: ContentSet, pagesDir = PAGES_DIR): SiteRoutes {
  const paths = new Set<string>();
  for (const file of pageFiles(pagesDir)) {
    const route = routeOfPage(file);
    for (const path of route.includes('[') ? (dynamicPaths(route, content) ?? []) : [route]) paths.add(path);
  }
  // Written by the build itself (src/build-steps/security-txt.ts), not by a page.
  paths.add('/.well-known/security.txt');
  const guideAt = new Map<string, MdxFile>([
    ...content.guides.map((g) => [`/guides/${g.slug}/`, g] as const),
    ...content.pages.map((p) => [`/${p.slug}/`, p] as const),
  ]);
  const hiddenAt = new Map<string, HideEntry>();
  for (const hide of content.hidden) {
    const [collection, slug] = hide.entry.split('/');
    if (collection === 'guides' || collection === 'checklists') hiddenAt.set(`/${collection}/${slug}/`, hide);
  }
  return { paths, guideAt, hiddenAt };
}
