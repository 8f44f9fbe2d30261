// What reaches the Welsh index from what staff type, in a module of its own that only Welsh pages load
// (engine.ts imports it when the index is Welsh): English pages carry none of the Welsh word lists.
import { COMMON_WORDS, withoutCommonWords } from './prepare-query';
import { WELSH_COMMON_WORDS } from './welsh-common-words';
import { searchForm } from './welsh-mutations';

/** The Welsh common words ("beth", "ar", "fy"), and the English ones for the English pages in the Welsh index. */
const WELSH_AND_ENGLISH = new Set([...COMMON_WORDS, ...WELSH_COMMON_WORDS]);

/**
 * The query without its Welsh and English common words, each word whose mutation is certain searched
 * unmutated ("nghyfrinair" → "cyfrinair"), which finds it too.
 */
export const welshSearchTerms = (query: string): string =>
  withoutCommonWords(query, WELSH_AND_ENGLISH).split(' ').map(searchForm).join(' ');
