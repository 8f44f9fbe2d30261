// Makes each /cy/ page inside its own language store (src/utils/language.ts), so t() and href() give Welsh
// words and /cy/ links for it. Added only when site.yaml lists cy: an English-only copy has no middleware.
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import site from 'virtual:cyber-guide/site';
import { inLanguages, splitLanguage } from '../utils/language';
import { welshAnchors, welshFallbackLinks, type WelshAnchors } from '../content/welsh-fallback-links';
import { headingIds, parseMdx } from '../content/mdx-tree';

const welshPages = new Set(site.welsh?.pages ?? []);

/** The heading ids of an MDX body, as the build gives them (none for a body that does not parse). */
const idsOf = (body: string | undefined): string[] => {
  const { tree } = parseMdx(body ?? '');
  return tree ? headingIds(tree) : [];
};

/** Each Welsh guide's and site page's heading ids, paired with its English page's: read once per build. */
async function readAnchors(): Promise<WelshAnchors> {
  const pairs = await Promise.all(
    (
      [
        ['guides', 'welshGuides', 'guides/'],
        ['pages', 'welshPages', ''],
      ] as const
    ).map(async ([english, welsh, folder]) => {
      const bodies = new Map((await getCollection(english)).map((entry) => [entry.id, entry.body]));
      return (await getCollection(welsh)).map(
        (entry) => [`${folder}${entry.id}/`, welshAnchors(idsOf(bodies.get(entry.id)), idsOf(entry.body))] as const,
      );
    }),
  );
  return new Map(pairs.flat());
}
let anchors: Promise<WelshAnchors> | undefined;

export const onRequest = defineMiddleware((context, next) => {
  const { language, path } = splitLanguage(context.url.pathname, import.meta.env.BASE_URL);
  if (language === 'en') return next();
  // A page with no Welsh version yet keeps Welsh menus and shows the English words (see Base.astro).
  if (welshPages.has(path)) return inLanguages({ menus: 'cy', words: 'cy' }, next);
  return inLanguages({ menus: 'cy', words: 'en' }, async () => {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    anchors ??= readAnchors();
    const html = welshFallbackLinks(await response.text(), import.meta.env.BASE_URL, welshPages, await anchors);
    return new Response(html, { status: response.status, headers: response.headers });
  });
});
