// Makes each /cy/ page inside its own language store (src/utils/language.ts), so t() and href() give Welsh
// words and /cy/ links for it. Added only when site.yaml lists cy: an English-only copy has no middleware.
import { defineMiddleware } from 'astro:middleware';
import site from 'virtual:cyber-guide/site';
import { inLanguages, splitLanguage } from '../utils/language';
import { welshFallbackLinks } from '../content/welsh-fallback-links';

const welshPages = new Set(site.welsh?.pages ?? []);

export const onRequest = defineMiddleware((context, next) => {
  const { language, path } = splitLanguage(context.url.pathname, import.meta.env.BASE_URL);
  if (language === 'en') return next();
  // A page with no Welsh version yet keeps Welsh menus and shows the English words (see Base.astro).
  if (welshPages.has(path)) return inLanguages({ menus: 'cy', words: 'cy' }, next);
  return inLanguages({ menus: 'cy', words: 'en' }, async () => {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    const html = welshFallbackLinks(await response.text(), import.meta.env.BASE_URL, welshPages);
    return new Response(html, { status: response.status, headers: response.headers });
  });
});
