import { suggest } from '../../config/errors';
import { lineOfPath } from '../../config/yaml-lines';
import type { ChecklistFile, ContentSet, GuideFile } from '../../content/content-set';
import { firstSteps, sectionSteps } from '../../features/helper/guide-facts';
import { loadHelp } from '../../features/helper/load';
import type { HelpEnd, HelpNode } from '../../features/helper/types';
import type { Problem } from '../../schemas/problem';
import type { Check } from '../types';

// Words that say nothing about which action a step asks for.
const FILLER = new Set(
  'a an the your you it its to and or of on in at for from with now straight away first then any this that be do is are if not yourself'.split(
    ' ',
  ),
);

/** The words of an action that carry meaning, lower case, "password's" as "password". */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word));

/** A step's action is its first sentence: "Change the password. Go to …" → "Change the password". */
const firstSentence = (step: string) => /^(.*?[.!?:])(\s|$)/.exec(step)?.[1] ?? step;

/**
 * Whether a checklist item and a guide step ask for the same action: the same first word (the verb,
 * "Call", "Change") and at least one more word in common ("service desk", "password"). Loose on
 * purpose: it catches "call first" against "change first", not a reworded sentence.
 */
export function sameAction(item: string, step: string): boolean {
  const [verbA, ...restA] = wordsOf(item);
  const [verbB, ...restB] = wordsOf(firstSentence(step));
  return verbA !== undefined && verbA === verbB && restA.some((word) => restB.includes(word));
}

/** The 1-based line of the guide's first step (or of its file's start when it cannot be found). */
function stepLine(guide: GuideFile, step: string): number {
  const lines = guide.source.split(/\r?\n/);
  const start = step.split(/\s+/).slice(0, 3).join(' ');
  const index = lines.findIndex((line) => /^\s*\d+[.)]\s+/.test(line) && line.replace(/[*_[\]]/g, '').includes(start));
  return index >= 0 ? index + 1 : 1;
}

function checklistProblems(checklist: ChecklistFile, guides: Map<string, GuideFile>): Problem[] {
  const data = checklist.data;
  if (!data?.guide) return [];
  const line = (path: PropertyKey[]) => (lineOfPath(checklist.yaml, path) ?? 1) + checklist.lineOffset;
  const at = { severity: 'error' as const, check: 'consistency', file: checklist.file };
  const guide = guides.get(data.guide);
  if (!guide) {
    const hint = suggest(data.guide, [...guides.keys()]);
    return [
      {
        ...at,
        line: line(['guide']),
        message: `guide: "${data.guide}" is not a guide this copy publishes`,
        fix: hint ? `did you mean "${hint}"?` : 'use the file name of a guide in guides/, without .mdx',
      },
    ];
  }
  const steps = data.section ? sectionSteps(guide.body, data.section) : firstSteps(guide.body);
  if (!steps?.length) {
    return [
      {
        ...at,
        line: line([data.section ? 'section' : 'guide']),
        message: data.section
          ? `section: ${guide.file} has no heading "${data.section}" with <Steps> under it`
          : `guide: ${guide.file} has no <Steps> to compare the first item with`,
        fix: 'name a heading of the guide that has <Steps> under it, or take guide: out',
      },
    ];
  }
  const item = data.items[0].action;
  if (sameAction(item, steps[0])) return [];
  return [
    {
      ...at,
      line: line(['items', 0, 'action']),
      message: `the first item "${item}" is not the first step of the guide it follows (guide: ${data.guide}): ${guide.file}:${stepLine(guide, steps[0])} says "${firstSentence(steps[0])}"`,
      fix: "give staff one answer: start both with the same action (the guide's <Steps> are also the helper's and the pocket card's), or change guide:",
    },
  ];
}

/** Every end page with its address after /help/. */
function endPages(node: HelpNode, path = ''): { end: HelpEnd; path: string }[] {
  const here = node.slug ? `${path}${node.slug}/` : path;
  return node.kind === 'end'
    ? [{ end: node, path: here }]
    : node.answers.flatMap((answer) => endPages(answer.next, here));
}

/** The helper's page that links the pocket card must show the steps of the guide the card is made from. */
function pocketCardProblems(content: ContentSet): Problem[] {
  const { root } = loadHelp(content.site, content.root);
  const cardGuide = content.site.pocketCard.guide;
  return (root ? endPages(root) : [])
    .filter(({ end }) => end.pocketCard && end.guide !== cardGuide)
    .map(({ end, path }) => {
      const where = end.at.pocketCard ?? end.where;
      return {
        severity: 'error',
        check: 'consistency',
        file: where.file,
        line: where.line,
        message: `help/${path} shows the steps of "${end.guide}" and links the pocket card, which is made from "${cardGuide}" (site.yaml pocketCard.guide)`,
        fix: `name the same guide in both: guide: ${cardGuide} here, or pocketCard.guide: ${end.guide} in site.yaml`,
      };
    });
}

/**
 * One situation, one answer: a checklist that says which guide it follows starts with that guide's
 * first step, and the helper's page that links the pocket card names the guide the card is made from.
 */
export const consistencyCheck: Check = {
  name: 'consistency',
  run: ({ content }) => {
    const guides = new Map(content.guides.map((g) => [g.slug, g]));
    return [...content.checklists.flatMap((c) => checklistProblems(c, guides)), ...pocketCardProblems(content)];
  },
};
