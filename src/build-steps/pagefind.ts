// The search index: Pagefind's Node API over the built pages, as a build step (no CLI). Pages mark
// what is indexed with Pagefind's own attributes (data-pagefind-body, -ignore, -weight, -meta, -filter).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { BuildError } from '../config/errors';
import type { BuildStep } from './index';
import { PAGEFIND_FOLDER } from '../features/search/search-bundle';

/**
 * Bundle files no page ever loads: Pagefind's ready-made interfaces (we have our own), its highlighter
 * (src/features/search/highlight.ts marks the words), the web worker (the search runs on the page's
 * thread: see src/features/search/engine.ts) and the WebAssembly for languages we do not have. Left in,
 * every device would download them with the offline copy.
 */
export const UNUSED_BUNDLE_FILE =
  /^(pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)|wasm\.unknown\.pagefind)$/;

/** "guides/x/index.html" → "/guides/x/"; "index.html" → "/". The base path is added in the browser (baseUrl). */
export const urlOfBuiltPage = (file: string): string =>
  `/${file.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1')}`;

/** Fails the build on anything Pagefind reports, naming the step. */
function refuse(errors: string[], what: string): void {
  if (errors.length > 0) throw new BuildError(`Pagefind could not ${what}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/** Pages handed to Pagefind together; all of a 2000-guide site at once would hold every page in memory. */
const PAGES_AT_ONCE = 16;

/** How many pages the written index holds, from its entry file. */
function indexedPages(folder: string): number {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes every built page into <outDir>/pagefind/, then removes the bundle files no page loads. */
export const pagefindStep: BuildStep = {
  name: 'search index',
  order: 20,
  async run({ outDir, logger }) {
    const folder = join(outDir, PAGEFIND_FOLDER);
    rmSync(folder, { recursive: true, force: true });
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .sort();
    try {
      // One language for the whole site: the pages say en-GB, and Pagefind's stemmer is "en".
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      refuse(errors, 'start');
      // A few pages at a time: Pagefind's service parses them while the next are read from disk.
      for (let at = 0; at < pages.length; at += PAGES_AT_ONCE) {
        await Promise.all(
          pages.slice(at, at + PAGES_AT_ONCE).map(async (file) => {
            const added = await index!.addHTMLFile({
              url: urlOfBuiltPage(file),
              content: await readFile(join(outDir, file), 'utf8'),
            });
            refuse(added.errors, `index ${file}`);
          }),
        );
      }
      refuse((await index!.writeFiles({ outputPath: folder })).errors, 'write the search index');
    } finally {
      await pagefind.close();
    }
    for (const file of readdirSync(folder)) if (UNUSED_BUNDLE_FILE.test(file)) rmSync(join(folder, file));
    // Pages without data-pagefind-body (lists, the home page) are read but not indexed.
    logger.info(`indexed ${indexedPages(folder)} of ${pages.length} pages`);
  },
};
