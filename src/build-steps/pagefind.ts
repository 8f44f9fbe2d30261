// The search index: Pagefind's Node API over the built pages, as a build step (no CLI). Pages mark
// what is indexed with Pagefind's own attributes (data-pagefind-body, -ignore, -weight, -meta, -filter).
import { readdirSync, rmSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { BuildError } from '../config/errors';
import type { BuildStep } from './index';
import { PAGEFIND_FOLDER } from '../features/search/search-bundle';

/**
 * Bundle files no page ever loads: Pagefind's ready-made interfaces (we have our own), its highlighter
 * (src/features/search/highlight.ts marks the words), the web worker (the search runs on the page's
 * thread: see src/features/search/engine.ts) and, in the English bundle, the WebAssembly for languages
 * without a stemmer. Left in, every device would download them with the offline copy. The Welsh bundle
 * keeps wasm.unknown.pagefind: Pagefind has no Welsh stemmer, so Welsh pages load that one.
 */
export const UNUSED_BUNDLE_FILE =
  /^(pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)|wasm\.unknown\.pagefind)$/;
const UNUSED_WELSH_BUNDLE_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

/** One language's index: its pages, the bundle it writes and the stemmer it uses. */
interface Bundle {
  /** Pagefind's language: "en" for the pages that say en-GB, "cy" (no stemmer) for the Welsh ones. */
  language: 'en' | 'cy';
  /** The folder the page addresses start from: the built site, or its cy/ folder. */
  pages: string;
  /** Which of its files are pages of this language (English leaves out the Welsh folder). */
  glob?: string;
  unused: RegExp;
}

/** Fails the build on anything Pagefind reports, naming the step. */
function refuse(errors: string[], what: string): void {
  if (errors.length > 0) throw new BuildError(`Pagefind could not ${what}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/**
 * Pagefind's glob for every page outside the Welsh folder: the top-level pages and each other folder by
 * name (its globs have no "all but"). '{a,b}' needs two names, so a lone one is doubled.
 */
function englishGlob(outDir: string): string {
  const entries: Dirent[] = readdirSync(outDir, { withFileTypes: true });
  const folders = entries.filter((e) => e.isDirectory() && e.name !== 'cy').map((e) => `${e.name}/**/*.html`);
  return `{${['*.html', ...folders, '*.html'].join(',')}}`;
}

/** Indexes one language's pages into its bundle folder, then removes the bundle files no page loads. */
async function writeBundle(bundle: Bundle): Promise<number> {
  const folder = join(bundle.pages, PAGEFIND_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  let read: number;
  try {
    // One language per bundle: Pagefind would otherwise split or mix the languages within one index.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: bundle.language });
    refuse(errors, 'start');
    // Pagefind reads every page itself and gives each the address of its file ("guides/x/index.html" →
    // "/guides/x/"), without the base path (and /cy/ for Welsh), which the browser adds (baseUrl).
    const added = await index!.addDirectory({ path: bundle.pages, ...(bundle.glob ? { glob: bundle.glob } : {}) });
    // A folder with no pages is no error to Pagefind, but a build that gives it none has gone wrong.
    refuse(added.page_count > 0 ? added.errors : [...added.errors, 'no HTML pages found'], `index ${bundle.pages}`);
    read = added.page_count;
    refuse((await index!.writeFiles({ outputPath: folder })).errors, 'write the search index');
  } finally {
    await pagefind.close();
  }
  for (const file of readdirSync(folder)) if (bundle.unused.test(file)) rmSync(join(folder, file));
  return read;
}

/**
 * Indexes the built pages into <outDir>/pagefind/ and, in a copy with Welsh pages, those into
 * <outDir>/cy/pagefind/: each page searches its own language only.
 */
export const pagefindStep: BuildStep = {
  name: 'search index',
  order: 20,
  async run({ site, outDir, logger }) {
    const welsh = site.languages.includes('cy');
    const bundles: Bundle[] = [
      { language: 'en', pages: outDir, glob: welsh ? englishGlob(outDir) : undefined, unused: UNUSED_BUNDLE_FILE },
      ...(welsh ? [{ language: 'cy' as const, pages: join(outDir, 'cy'), unused: UNUSED_WELSH_BUNDLE_FILE }] : []),
    ];
    for (const bundle of bundles) {
      const read = await writeBundle(bundle);
      // Pages without data-pagefind-body (lists, the home page) are read but not indexed.
      logger.info(
        `${welsh ? `${bundle.language}: ` : ''}read ${read} pages, and indexed those marked data-pagefind-body`,
      );
    }
  },
};
