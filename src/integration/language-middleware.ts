// Makes each /cy/ page inside its own language store (src/utils/language.ts), so t() and href() give Welsh
// words and /cy/ links for it. Added only when site.yaml lists cy: an English-only copy has no middleware.
import { defineMiddleware } from 'astro:middleware';
import site from 'virtual:cyber-guide/site';
import { inLanguages, splitLanguage } from '../utils/language';

const welshPages = new Set(site.welsh?.pages ?? []);

export const onRequest = defineMiddleware((context, next) => {
  const { language, path } = splitLanguage(context.url.pathname, import.meta.env.BASE_URL);
  if (language === 'en') return next();
  // A page with no Welsh version yet keeps Welsh menus and shows the English words (see Base.astro).
  return inLanguages({ menus: 'cy', words: welshPages.has(path) ? 'cy' : 'en' }, next);
});
