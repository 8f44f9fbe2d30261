import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { INDEX_FOLDER } from '../../search-index/format';
import type { BuildStep } from '../build-steps';
import { readPage } from './read-page';
import { indexFiles, type IndexedPage } from './write-index';

/** "guides/x/index.html" → "guides/x/"; "index.html" → "". */
const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** Indexes the main content of every built page (data-index-body) into <outDir>/search-index/. */
export const searchIndexStep: BuildStep = {
  name: 'search index',
  order: 20,
  async run({ outDir, logger }) {
    const folder = join(outDir, INDEX_FOLDER);
    rmSync(folder, { recursive: true, force: true });
    const pages: IndexedPage[] = [];
    for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.html')) continue;
      const page = readPage(readFileSync(join(outDir, file), 'utf8'));
      if (page) pages.push({ url: addressOf(file.replaceAll('\\', '/')), page });
    }
    const files = indexFiles(pages);
    for (const name of new Set([...files.keys()].map((name) => dirname(join(folder, name))))) mkdirSync(name, { recursive: true });
    // Written side by side: hundreds of small files, where the disk, not the CPU, is what waits.
    await Promise.all([...files].map(([name, content]) => writeFile(join(folder, name), JSON.stringify(content))));
    logger.info(`indexed ${pages.length} pages into ${files.size} files`);
  },
};
