/**
 * The id of the empty, hidden heading above a Welsh guide's hidden index lines: Pagefind makes that part
 * a section of its own, so the search can tell a page found only through those lines (an unmutated form,
 * a synonym) and show its summary instead of a list of words.
 */
export const INDEX_WORDS_ANCHOR = 'index-words';
