import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import site from 'virtual:cyber-guide/site';
import { topicsWithGuides } from '../utils/content-index';
import { languageFolder } from '../utils/language';

/** Pages that are not built from content. */
const FIXED_PAGES = [
  '',
  'topics/',
  'checklists/',
  'tips/',
  'practice/',
  'help/',
  'alerts/',
  'a-z/',
  'about/',
  'accessibility/',
  'privacy/',
];

/** /sitemap.xml, only when site.yaml gives the site's url (a sitemap needs full addresses). */
export function getStaticPaths() {
  return site.url ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export const GET: APIRoute = async () => {
  const base = new URL(site.basePath, site.url);
  const guides = (await getCollection('guides')).map((g) => `guides/${g.id}/`);
  const checklists = (await getCollection('checklists')).map((c) => `checklists/${c.id}/`);
  const topics = (await topicsWithGuides()).map((t) => `topics/${t.topic}/`);
  // Each page in each language of this copy: English, then Welsh at /cy/ (site.yaml languages: [en, cy]).
  const paths = [...FIXED_PAGES, ...topics, ...guides, ...checklists];
  const urls = site.languages.flatMap((language) =>
    paths.map((path) => `<url><loc>${new URL(`${languageFolder(language)}${path}`, base).href}</loc></url>`),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
