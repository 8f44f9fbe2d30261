import { ContentError } from '../../config/errors';
import { loadStrings } from '../../config/strings';
import { loadWelshStrings } from '../../config/welsh-strings';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

const FIX = 'see "The words of the interface" in content/README.md';

/** content/strings.yaml has every word of the interface; a trust's strings.yaml changes only real ones. */
function stringsProblems({ content }: CheckContext): Problem[] {
  try {
    const english = loadStrings(content.site, content.root);
    const welsh = content.site.languages.includes('cy')
      ? loadWelshStrings(content.site, english.strings, content.root).problems
      : [];
    return [...english.problems, ...welsh].map((p) => ({ ...p, check: 'strings' }));
  } catch (error) {
    // A strings.yaml that is not YAML at all: its lines, as the YAML reader says them.
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((p) => ({ ...p, check: 'strings', fix: p.fix ?? FIX }));
  }
}

/** The words of the interface: unknown keys are errors (with the nearest real key), retired keys warnings. */
export const stringsCheck: Check = { name: 'strings', run: stringsProblems };
