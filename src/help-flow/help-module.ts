import type { Plugin } from 'vite';
import { ContentError } from '../config/errors';
import type { SiteConfig } from '../schemas/site';
import { formatHelpProblem, loadHelp } from './load';

const ID = 'virtual:cyber-guide/help';

/**
 * A Vite plugin serving the helper's tree (content/help.yaml with the overlay's help.yaml applied) to
 * pages as `virtual:cyber-guide/help`. A build's content checks have stopped it already on any error;
 * `npm run dev` runs no checks, so the module itself refuses a broken helper, with every line.
 */
export function helpModule(site: SiteConfig): Plugin {
  let code: string | undefined;
  return {
    name: 'cyber-guide:help',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      if (code === undefined) {
        const { root, problems } = loadHelp(site);
        const errors = problems.filter((p) => p.severity === 'error');
        if (!root || errors.length > 0) throw new ContentError(errors.map(formatHelpProblem).join('\n'));
        code = `export default ${JSON.stringify(root)};`;
      }
      return code;
    },
  };
}
