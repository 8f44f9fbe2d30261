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
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const files = new Map<string, unknown>();
  const averageWords = sorted.reduce((sum, p) => sum + p.page.words, 0) / Math.max(1, sorted.length);

  const postings = new Map<string, [number, number][]>();
  sorted.forEach(({ page }, number) => {
    for (const [term, weighted] of page.terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([number, weighted]);
    }
  });

  const chunks: string[] = [];
  let chunk: TermChunk = {};
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    files.set(chunkFile(chunks.length - 1), chunk);
    chunk = {};
    size = 0;
  };
  for (const term of [...postings.keys()].sort()) {
    const list = postings.get(term)!;
    const idf = Math.log(1 + (sorted.length - list.length + 0.5) / (list.length + 0.5));
    const gaps = encodeGaps(list.map(([page]) => page));
    const encoded = [Math.max(1, Math.round(idf * 1000))];
    list.forEach(([page, weighted], i) => {
      const lengthFactor = 1 - B + (B * sorted[page].page.words) / averageWords;
      encoded.push(gaps[i], Math.max(1, Math.round(((weighted * (K1 + 1)) / (weighted + K1 * lengthFactor)) * 100)));
    });
    if (size === 0) chunks.push(term);
    chunk[term] = encoded;
    size += term.length + encoded.join(',').length + 6;
    if (size >= CHUNK_CHARACTERS) flush();
  }
  flush();

  const filters: FilterLists = {};
  sorted.forEach(({ page }, number) => {
    for (const [name, values] of Object.entries(page.filters)) {
      for (const value of new Set(values)) ((filters[name] ??= {})[value] ??= []).push(number);
    }
  });
  for (const values of Object.values(filters)) for (const value of Object.keys(values)) values[value] = encodeGaps(values[value]);

  sorted.forEach(({ url, page }, number) => {
    const entry: PageEntry = { url, title: page.title || url, meta: page.meta, sections: page.sections };
    files.set(pageFile(number), entry);
  });
  const manifest: IndexManifest = { format: 1, pages: sorted.length, chunks };
  files.set(MANIFEST_FILE, manifest);
  files.set(FILTERS_FILE, filters);
  return files;
}
