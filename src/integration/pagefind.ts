import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ContentError } from './errors';
import type { BuildStep } from './build-steps';

/**
 * Pagefind's ready-made interfaces and its web worker: we use its JS API on the page's own thread
 * (src/scripts/search/engine.ts), so these would be dead weight in everyone's offline copy.
 */
const UNUSED = /^(pagefind-(ui|component-ui|modular-ui|highlight|worker)\.|wasm\.unknown\.)/;

function failOn(errors: string[], what: string): void {
  if (errors.length > 0) throw new ContentError(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

/** Indexes the main content of every built page (data-pagefind-body) into <outDir>/pagefind. */
export const pagefindStep: BuildStep = {
  name: 'search index',
  order: 20,
  async run({ outDir, logger }) {
    try {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      failOn(errors, 'start');
      const added = await index!.addDirectory({ path: outDir });
      failOn(added.errors, 'index the site');
      const written = await index!.writeFiles({ outputPath: join(outDir, 'pagefind') });
      failOn(written.errors, 'write the search index');
      logger.info(`indexed ${added.page_count} pages`);
    } finally {
      await pagefind.close();
    }
    for (const file of readdirSync(join(outDir, 'pagefind'))) if (UNUSED.test(file)) rmSync(join(outDir, 'pagefind', file));
  },
};
