// Reads the helper from content/help.yaml, applies a trust's help.yaml (change, add, hide by address)
// and checks the tree's shape. Every problem names the file and line it comes from, so the checks and
// the build say the same thing. Nothing is thrown for a mistake in the files: the caller decides.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Problem } from '../../schemas/problem';
import { helpOverlaySchema, helpSchema, type HelpAnswerData } from '../../schemas/help';
import type { SiteConfig } from '../../schemas/site';
import { applyOverlay } from './apply-overlay';
import { helpSchemaProblems, readHelpFile } from './read-help-file';
import { shapeProblems } from './shape-problems';
import type { HelpNode, HelpQuestion } from './types';

export const HELP_FILE = 'help.yaml';

interface LoadedHelp {
  /** The helper as this copy publishes it; undefined when content/help.yaml cannot be read at all. */
  root?: HelpQuestion;
  problems: Problem[];
}

/**
 * The helper for a copy of the guide: content/help.yaml with the overlay's help.yaml applied, and every
 * problem found in either, with its file and line. `root` is the project root, for the paths shown.
 */
export function loadHelp(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  root = dirname(site.contentDir),
): LoadedHelp {
  const central = readHelpFile(resolve(site.contentDir, HELP_FILE), root, 'central');
  if ('problems' in central) return { problems: central.problems };
  const parsed = helpSchema.safeParse(central.data, { reportInput: true });
  if (!parsed.success) return { problems: byLine(helpSchemaProblems(central.file, parsed.error, helpSchema)) };
  const first = central.file.node({ ...parsed.data, answer: '', slug: '' } as HelpAnswerData, []) as HelpQuestion;

  const problems: Problem[] = [];
  let reported = new Set<HelpNode>();
  const overlayPath = site.overlayDir && resolve(site.overlayDir, HELP_FILE);
  if (overlayPath && existsSync(overlayPath)) {
    const overlay = readHelpFile(overlayPath, root, 'overlay');
    if ('problems' in overlay) problems.push(...overlay.problems);
    else {
      const changes = helpOverlaySchema.safeParse(overlay.data, { reportInput: true });
      if (!changes.success) problems.push(...helpSchemaProblems(overlay.file, changes.error, helpOverlaySchema));
      else {
        const applied = applyOverlay(first, overlay.file, changes.data);
        problems.push(...applied.problems);
        reported = applied.emptied;
      }
    }
  }
  problems.push(...shapeProblems(first, reported));
  return { root: first, problems: byLine(problems) };
}

/** Problems in reading order: by file, then line. */
const byLine = (problems: Problem[]) =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
