// The helper's shape alone, whoever wrote it: every page reachable in a few taps, no dead ends.
import type { Problem } from '../../schemas/problem';
import type { HelpNode, HelpQuestion } from './types';
import { flowPages, MAX_TAPS_FROM_HOME, tapsFromHome } from './walk';

/** Problems with the tree's shape alone: dead ends, too many taps, two answers to one address. */
export function shapeProblems(root: HelpQuestion, reported: ReadonlySet<HelpNode> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const at = (node: HelpNode, message: string, fix: string) =>
    problems.push({ severity: 'error', file: node.where.file, line: node.where.line, message, fix });
  for (const page of flowPages(root)) {
    const { node } = page;
    const taps = tapsFromHome(page);
    if (taps > MAX_TAPS_FROM_HOME) {
      at(
        node,
        `help/${page.path} is ${taps} taps from the home page; the most is ${MAX_TAPS_FROM_HOME}`,
        'ask fewer questions: give this answer to the question above, or make that question an end page',
      );
    }
    if (node.kind !== 'question') continue;
    if (node.answers.length === 0 && !reported.has(node)) {
      at(
        node,
        `help/${page.path} asks "${node.title}" with no answers, a dead end`,
        'add answers: under it, or make it an end page (title:, guide:, contacts:)',
      );
    }
    const seen = new Set<string>();
    for (const answer of node.answers) {
      if (seen.has(answer.next.slug))
        at(
          answer.next,
          `help/${page.path}${answer.next.slug}/ is the address of two answers of help/${page.path}`,
          'give each answer its own slug',
        );
      seen.add(answer.next.slug);
    }
  }
  return problems;
}
