/** The address parameter that carries the words searched for to the page opened from a result. */
export const HIGHLIGHT_PARAM = 'highlight';
