// Turns the pages read from the build into the index files (see src/search-index/format.ts). Scores
// are worked out here, once, so the browser's work per search is a lookup and a sum.
import { encodeGaps, FILTERS_FILE, MANIFEST_FILE, chunkFile, pageFile, type FilterLists, type IndexManifest, type PageEntry, type TermChunk } from '../../search-index/format';
import type { ReadPage } from './read-page';

export interface IndexedPage {
  /** Relative to the site's root, like "guides/clicked-a-link/". */
  url: string;
  page: ReadPage;
}

/** BM25's usual settings: how fast repeats stop adding (k1) and how much long pages are held back (b). */
const K1 = 1.2;
const B = 0.75;
/**
 * A chunk of terms is cut after about this many characters of JSON (about 5 KB gzipped): a search
 * downloads one chunk per word, and the offline copy one file per chunk.
 */
const CHUNK_CHARACTERS = 16_000;

/** Every file of the index, by its path inside search-index/. */
export function indexFiles(pages: IndexedPage[]): Map<string, unknown> {
  const index = new IndexBuilder();
  for (const { url, page } of [...pages].sort((a, b) => byAddress(a.url, b.url))) index.add(url, page);
  return index.files();
}

export const byAddress = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the index one page at a time, pages given in order of address (`byAddress`): each page's
 * words go into the term lists as it comes, so no page's own word list outlives it (at 2000 pages,
 * keeping them all cost the build tens of megabytes).
 */
export class IndexBuilder {
  /** Each term's pages, in order, and its weight on each. */
  readonly #postings = new Map<string, { pages: number[]; weights: number[] }>();
  readonly #words: number[] = [];
  readonly #entries: PageEntry[] = [];
  readonly #filters: FilterLists = {};

  /** How many pages have been added. */
  get pages(): number {
    return this.#entries.length;
  }

  add(url: string, page: ReadPage): void {
    const number = this.#entries.length;
    for (const [term, weighted] of page.terms) {
      let list = this.#postings.get(term);
      if (!list) this.#postings.set(term, (list = { pages: [], weights: [] }));
      list.pages.push(number);
      list.weights.push(weighted);
    }
    for (const [name, values] of Object.entries(page.filters)) {
      for (const value of new Set(values)) ((this.#filters[name] ??= {})[value] ??= []).push(number);
    }
    this.#words.push(page.words);
    this.#entries.push({ url, title: page.title || url, meta: page.meta, sections: page.sections });
  }

  files(): Map<string, unknown> {
    const files = new Map<string, unknown>();
    const count = this.#entries.length;
    const averageWords = this.#words.reduce((sum, words) => sum + words, 0) / Math.max(1, count);

    const chunks: string[] = [];
    let chunk: TermChunk = {};
    let size = 0;
    const flush = () => {
      if (size === 0) return;
      files.set(chunkFile(chunks.length - 1), chunk);
      chunk = {};
      size = 0;
    };
    for (const term of [...this.#postings.keys()].sort()) {
      const { pages, weights } = this.#postings.get(term)!;
      const idf = Math.log(1 + (count - pages.length + 0.5) / (pages.length + 0.5));
      const gaps = encodeGaps(pages);
      const encoded = [Math.max(1, Math.round(idf * 1000))];
      pages.forEach((page, i) => {
        const lengthFactor = 1 - B + (B * this.#words[page]) / averageWords;
        encoded.push(gaps[i], Math.max(1, Math.round(((weights[i] * (K1 + 1)) / (weights[i] + K1 * lengthFactor)) * 100)));
      });
      if (size === 0) chunks.push(term);
      chunk[term] = encoded;
      size += term.length + encoded.join(',').length + 6;
      if (size >= CHUNK_CHARACTERS) flush();
    }
    flush();

    const filters: FilterLists = {};
    for (const [name, values] of Object.entries(this.#filters)) {
      filters[name] = Object.fromEntries(Object.entries(values).map(([value, pages]) => [value, encodeGaps(pages)]));
    }
    this.#entries.forEach((entry, number) => files.set(pageFile(number), entry));
    const manifest: IndexManifest = { format: 1, pages: count, chunks };
    files.set(MANIFEST_FILE, manifest);
    files.set(FILTERS_FILE, filters);
    return files;
  }
}
