import { flowContentOf } from '../../features/helper/content-files';
import { loadHelp } from '../../features/helper/load';
import { resolveFlow } from '../../features/helper/resolve';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

/**
 * The "Something's wrong?" helper (content/help.yaml and a trust's help.yaml): its shape (dead ends, more
 * than three taps, one address twice), the overlay's addresses, and the guides, sections and contacts it
 * names in this copy. The build makes the same checks; here editors see them before a build.
 */
function helpProblems({ content }: CheckContext): Problem[] {
  const { root, problems } = loadHelp(content.site, content.root);
  const resolved = root ? resolveFlow(root, flowContentOf(content)).problems : [];
  return [...problems, ...resolved].map((p) => ({ ...p, check: 'help' }));
}

export const helpCheck: Check = { name: 'help', run: helpProblems };
