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
 * terms/<n>.json: each term with the pages that use it, as [idf, page gap, weight, page gap, weight, …].
 * Together they make the term's BM25 score on each page (idf × weight), worked out at build time so
 * the browser only multiplies and adds. The idf is in thousandths and each weight in hundredths, so
 * a word on nearly every page (idf near 0) still ranks its pages by how much they use it.
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

/** A term's list from a chunk → each page using it with the term's BM25 score there. */
export function decodeScores(list: number[]): [number, number][] {
  const idf = list[0] / 1000;
  const pairs: [number, number][] = [];
  let page = 0;
  for (let i = 1; i < list.length; i += 2) {
    page += list[i];
    pairs.push([page, (idf * list[i + 1]) / 100]);
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
