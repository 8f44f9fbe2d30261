// Which part of the offline copy a file belongs to: the files every language uses, or one language's
// pages and search. Shared by the build (which weighs each part against the budget) and the worker
// (which saves the shared part and the device's languages only). Pure, so both agree by construction.

/** The languages a copy can be published in (site.yaml `languages`). */
export type Language = 'en' | 'cy';

/** A part of the offline copy: shared by every language, or one language's own. */
export type Part = 'shared' | Language;

/**
 * The part of a file, from its path below the base path ("cy/guides/x/index.html", "_astro/a.css").
 * Welsh: everything under cy/. English: the pages outside it, the search page's files and Pagefind's
 * English bundle. Shared: styles, scripts, pictures, icons, the manifest, and the pages served at one
 * address whatever the language (the offline pages and the not-found page).
 */
export function partOf(path: string): Part {
  if (path === 'cy' || path.startsWith('cy/')) return 'cy';
  if (path.startsWith('offline/') || path === '404.html') return 'shared';
  if (path.startsWith('pagefind/') || path.startsWith('search/') || path.endsWith('.html')) return 'en';
  return 'shared';
}

/** The path below the base path of a URL (or a path), or undefined outside it. */
export function belowBase(url: string, basePath: string): string | undefined {
  const raw = new URL(url, 'https://x.invalid').pathname;
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // A malformed escape ("%E0"): no file of the build has that name, so the raw path will do.
  }
  return path.startsWith(basePath) ? path.slice(basePath.length) : undefined;
}

/** The language of a page's address below the base path: Welsh under cy/, English elsewhere. */
export const languageOfPath = (path: string): Language => (partOf(path) === 'cy' ? 'cy' : 'en');

/** The same page in the other language, below the base path: "guides/x/index.html" ↔ "cy/guides/x/index.html". */
export function otherLanguagePath(path: string): string {
  if (languageOfPath(path) === 'cy') return path.replace(/^cy\/?/, '');
  return `cy/${path}`;
}

/** What the device keeps about its languages (the worker's note of the page's device key). */
export interface DeviceLanguages {
  /** The language the phone chose last: the installed app opens in it. */
  chosen: Language;
  /** The languages whose pages are saved (or being saved) on this device. */
  saved: Language[];
}

/** Page → worker: the device's language (src/features/offline/device-language.ts). */
export const CHOSE_LANGUAGE = 'CHOSE_LANGUAGE';

/**
 * Page → worker: "Clear my progress" removed the device's language, so the worker forgets its note of
 * the choice too (src/features/offline/device-language.ts).
 */
export const FORGET_LANGUAGE = 'FORGET_LANGUAGE';

/**
 * The mark on the app shortcuts' addresses ("help/?shortcut", src/build-steps/manifest.ts): an address
 * the installed app opens, which the worker sends to the device's language like start_url. The same
 * page without it, printed or bookmarked, is never redirected.
 */
export const SHORTCUT = 'shortcut';
