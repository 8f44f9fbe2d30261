import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError } from '../config/errors';
import type { SiteConfig } from '../schemas/site';
import { HELP_FILE, loadHelp } from '../features/helper/load';

const ID = 'virtual:cyber-guide/help';

/**
 * A Vite plugin serving the helper's tree (content/help.yaml with the overlay's help.yaml applied) to
 * pages as `virtual:cyber-guide/help`. A build's content checks have stopped it already on any error;
 * `npm run dev` runs no checks, so the module itself refuses a broken helper, with every line, and is
 * read again when either file changes.
 */
export function helpModule(site: SiteConfig): Plugin {
  const files = [
    resolve(site.contentDir, HELP_FILE),
    ...(site.overlayDir ? [resolve(site.overlayDir, HELP_FILE)] : []),
  ];
  return {
    name: 'cyber-guide:help',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      for (const file of files) if (existsSync(file)) this.addWatchFile(file);
      const { root, problems } = loadHelp(site);
      const errors = problems.filter((p) => p.severity === 'error');
      if (!root || errors.length > 0) throw new ContentError(errors);
      return `export default ${JSON.stringify(root)};`;
    },
  };
}
