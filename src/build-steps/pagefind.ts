// The search index: Pagefind's Node API over the built pages, as a build step (no CLI). Pages mark
// what is indexed with Pagefind's own attributes (data-pagefind-body, -ignore, -weight, -meta, -filter).
import { readdirSync, rmSync } from 'node:fs';
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

/** Fails the build on anything Pagefind reports, naming the step. */
function refuse(errors: string[], what: string): void {
  if (errors.length > 0) throw new BuildError(`Pagefind could not ${what}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/** Indexes every built page into <outDir>/pagefind/, then removes the bundle files no page loads. */
export const pagefindStep: BuildStep = {
  name: 'search index',
  order: 20,
  async run({ outDir, logger }) {
    const folder = join(outDir, PAGEFIND_FOLDER);
    rmSync(folder, { recursive: true, force: true });
    let read: number;
    try {
      // One language for the whole site: the pages say en-GB, and Pagefind's stemmer is "en".
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      refuse(errors, 'start');
      // Pagefind reads every page itself and gives each the address of its file ("guides/x/index.html" →
      // "/guides/x/"), without the base path, which the browser adds (baseUrl).
      const added = await index!.addDirectory({ path: outDir });
      // A folder with no pages is no error to Pagefind, but a build that gives it none has gone wrong.
      refuse(added.page_count > 0 ? added.errors : [...added.errors, 'no HTML pages found'], `index ${outDir}`);
      read = added.page_count;
      refuse((await index!.writeFiles({ outputPath: folder })).errors, 'write the search index');
    } finally {
      await pagefind.close();
    }
    for (const file of readdirSync(folder)) if (UNUSED_BUNDLE_FILE.test(file)) rmSync(join(folder, file));
    // Pages without data-pagefind-body (lists, the home page) are read but not indexed.
    logger.info(`read ${read} pages, and indexed those marked data-pagefind-body`);
  },
};
