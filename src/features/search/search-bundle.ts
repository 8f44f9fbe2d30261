/** Pagefind's bundle folder in the built site: the build writes it, the pages' search strings point at it. */
export const PAGEFIND_FOLDER = 'pagefind/';
