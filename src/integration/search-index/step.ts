import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { INDEX_FOLDER } from '../../search-index/format';
import type { BuildStep } from '../build-steps';
import { readPage } from './read-page';
import { byAddress, IndexBuilder } from './write-index';

/** "guides/x/index.html" → "guides/x/"; "index.html" → "". */
const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** Indexes the main content of every built page (data-index-body) into <outDir>/search-index/. */
export const searchIndexStep: BuildStep = {
  name: 'search index',
  order: 20,
  async run({ outDir, logger }) {
    const folder = join(outDir, INDEX_FOLDER);
    rmSync(folder, { recursive: true, force: true });
    const index = new IndexBuilder();
    const built = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const addressed = built.map((file) => ({ file, url: addressOf(file.replaceAll('\\', '/')) })).sort((a, b) => byAddress(a.url, b.url));
    for (const { file, url } of addressed) {
      const page = readPage(readFileSync(join(outDir, file), 'utf8'));
      if (page) index.add(url, page);
    }
    const files = index.files();
    for (const name of new Set([...files.keys()].map((name) => dirname(join(folder, name))))) mkdirSync(name, { recursive: true });
    // Written side by side: hundreds of small files, where the disk, not the CPU, is what waits.
    await Promise.all([...files].map(([name, content]) => writeFile(join(folder, name), JSON.stringify(content))));
    logger.info(`indexed ${index.pages} pages into ${files.size} files`);
  },
};
