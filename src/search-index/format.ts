// The files of the search index, as the build writes them into <site>/search-index/ and the browser
// reads them. Everything is JSON; page numbers in lists are gaps from the one before, which gzip
// squeezes well. A search downloads index.json, the term chunk its words fall in and one small file
// per result shown, so the first search costs a few kilobytes beside the code.

/** The folder of the index in the built site. */
export const INDEX_FOLDER = 'search-index/';

/** index.json: what is in the index and where each term lives. */
export interface IndexManifest {
  /** Changes when the shape of these files changes. */
  format: 1;
  /** How many pages are indexed; pages are numbered 0 … pages - 1 in order of address. */
  pages: number;
  /**
   * The first term of each chunk. Terms are sorted, so chunk n holds every term from chunks[n] up to,
   * not including, chunks[n + 1].
   */
  chunks: string[];
}

/**
 * terms/<n>.json: each term with the pages that use it and its score on each page, as
 * [page gap, score, page gap, score, …]. Scores are BM25 in hundredths, worked out at build time, so
 * the browser only adds them up.
 */
export type TermChunk = Record<string, number[]>;

/** filters.json: filter name → value → the pages that have it, as gaps. */
export type FilterLists = Record<string, Record<string, number[]>>;

/** A part of a page under one heading, for excerpts. */
export interface Section {
  /** The heading's id, when it has one. */
  id?: string;
  heading: string;
  /** The words people see under the heading (text hidden from people is indexed but never quoted). */
  text: string;
}

/** pages/<n>.json: what a result shows. */
export interface PageEntry {
  /** The page's address relative to the site's root, like "guides/clicked-a-link/". */
  url: string;
  title: string;
  /** From data-index-meta, like { type: "guide", summary: "…" }. */
  meta: Record<string, string>;
  sections: Section[];
}

export const MANIFEST_FILE = 'index.json';
export const FILTERS_FILE = 'filters.json';
export const chunkFile = (n: number) => `terms/${n}.json`;
export const pageFile = (n: number) => `pages/${n}.json`;

/** [gap, value, gap, value, …] → [page, value][]. */
export function decodePostings(list: number[]): [number, number][] {
  const pairs: [number, number][] = [];
  let page = 0;
  for (let i = 0; i < list.length; i += 2) {
    page += list[i];
    pairs.push([page, list[i + 1]]);
  }
  return pairs;
}

/** Gaps → page numbers. */
export function decodeGaps(gaps: number[]): number[] {
  let page = 0;
  return gaps.map((gap) => (page += gap));
}

/** Page numbers in order → gaps. */
export function encodeGaps(pages: number[]): number[] {
  return pages.map((page, i) => page - (i === 0 ? 0 : pages[i - 1]));
}
