/** The URL parameter Pagefind adds to each result's address, holding the words searched for. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
