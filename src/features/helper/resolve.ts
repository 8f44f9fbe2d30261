// Checks the helper against what this copy publishes (its guides, the guides it hides, its contacts)
// and makes each end page ready to show: the steps come from the guide the page names, so they are
// written once, in the guide, and a trust that replaces the guide gets its own steps here too.
import { ContentError, suggest } from '../../config/errors';
import type { Problem } from '../../schemas/problem';
import { firstSteps, headingsOf, sectionSteps, urgentCallout } from './guide-facts';
import type { HelpEnd, HelpQuestion, Where } from './types';
import { addressOf, flowPages, type FlowPage } from './walk';

/** The helper names something this build does not have, or its shape is wrong. The message says how to fix it. */
export class HelpFlowError extends ContentError {
  constructor(problems: Problem[]) {
    super(problems, {
      heading: `The "Something's wrong" helper has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:`,
    });
    this.name = 'HelpFlowError';
  }
}

/** What this build publishes, as far as the helper cares. */
export interface FlowContent {
  /** Published guides by slug: `file` as shown to editors; `central` is false for a trust's own file. */
  guides: Map<string, { title: string; body: string; central: boolean; file: string }>;
  /** Central guides that this copy's site.yaml `hide:` leaves out. */
  hiddenGuides: Set<string>;
  /** Contact names in the merged site.yaml. */
  contacts: Set<string>;
}

interface GuideLink {
  slug: string;
  title: string;
}

/** An end page, ready to show: its steps from its guide, links only to published guides. */
interface ResolvedEnd extends Omit<HelpEnd, 'now'> {
  /** What the "Do this now" box says. */
  now: string;
  /** The numbered steps, from the guide's first <Steps> or the named section's. */
  steps: string[];
  /** The full guide. */
  guideLink?: GuideLink;
  moreLinks: GuideLink[];
  /** "trust" when the steps come from a trust's own guide file, "central" from content/guides. */
  stepsFrom: 'central' | 'trust';
}

export interface ResolvedPage extends Omit<FlowPage, 'node'> {
  node: HelpQuestion | ResolvedEnd;
}
export type QuestionPage = ResolvedPage & { node: HelpQuestion };
export type EndPage = ResolvedPage & { node: ResolvedEnd };
export const isQuestionPage = (page: ResolvedPage): page is QuestionPage => page.node.kind === 'question';
export const isEndPage = (page: ResolvedPage): page is EndPage => page.node.kind === 'end';

const GUIDE_FIX = 'name a guide by its file name in guides/, without .mdx';

function resolveEnd(end: HelpEnd, page: FlowPage, content: FlowContent, problems: Problem[]): ResolvedEnd {
  const url = `help/${page.path}`;
  const address = addressOf(page.path);
  const problem = (where: Where | undefined, message: string, fix: string) => {
    const at = where ?? end.where;
    problems.push({ severity: 'error', file: at.file, line: at.line, message, fix });
  };
  const slugs = [...content.guides.keys()];
  const unknownGuide = (slug: string, where: Where | undefined) => {
    const near = suggest(slug, slugs);
    problem(
      where,
      `${url} names the guide "${slug}", which this copy does not have`,
      near ? `did you mean "${near}"? Or ${GUIDE_FIX}` : GUIDE_FIX,
    );
  };

  const guide = content.guides.get(end.guide);
  let steps: string[] = [];
  if (!guide) {
    if (content.hiddenGuides.has(end.guide)) {
      problem(
        end.at.guide,
        `${url} takes its steps from the guide "${end.guide}", which this copy hides (hide: in site.yaml)`,
        `hide this page too (hide: - ${address} in your help.yaml), or give it another guide (change: - page: ${address} with guide:)`,
      );
    } else unknownGuide(end.guide, end.at.guide);
  } else if (end.section !== undefined) {
    const found = sectionSteps(guide.body, end.section);
    if (found === undefined) {
      const withSteps = headingsOf(guide.body)
        .map((h) => h.text)
        .filter((heading) => sectionSteps(guide.body, heading)?.length);
      const near = suggest(end.section, withSteps);
      const choose = withSteps.length
        ? `use a heading with <Steps> under it (${withSteps.map((h) => `"${h}"`).join(', ')})`
        : 'add a <Steps> list under a ## heading of that guide';
      problem(
        end.at.section,
        `${url} takes its steps from the section "${end.section}" of ${guide.file}, which has no such heading`,
        near ? `did you mean "${near}"?` : `${choose}, or leave section: out for its first <Steps>`,
      );
    } else if (found.length === 0) {
      problem(
        end.at.section,
        `${url} takes its steps from the section "${end.section}" of ${guide.file}, which has no numbered steps in a <Steps> block`,
        'add the steps there as a <Steps> list, or name another section:',
      );
    }
    steps = found ?? [];
  } else {
    steps = firstSteps(guide.body);
    if (steps.length === 0)
      problem(
        end.at.guide,
        `${url} shows the first <Steps> of ${guide.file}, which has none`,
        'add the first steps to the guide as a <Steps> list, or name a section: of it that has them',
      );
  }

  // "Do this now": the page's own words, unless a trust replaced the guide (its procedure, its words)
  // and did not change them itself; else the guide's urgent callout.
  const trust = guide !== undefined && !guide.central;
  const callout = guide ? urgentCallout(guide.body) : undefined;
  const ownNow = end.now !== undefined && (!trust || end.at.now?.layer === 'overlay');
  const now = ownNow ? end.now : trust ? (callout ?? end.now) : callout;
  if (!now && guide)
    problem(
      end.where,
      `${url} has nothing to show under "Do this now"`,
      `add now: with the one thing to do first, or an urgent <Callout> to ${guide.file}`,
    );

  const moreLinks: GuideLink[] = [];
  (end.moreGuides ?? []).forEach((slug, i) => {
    const more = content.guides.get(slug);
    if (more) moreLinks.push({ slug, title: more.title });
    // A guide this copy hides is only a suggestion here: its link goes.
    else if (!content.hiddenGuides.has(slug)) unknownGuide(slug, end.at[`moreGuides.${i}`]);
  });

  // An error, not a fallback to the service desk: contacts merge (a trust adds or changes them, never
  // removes one), so a name site.yaml lacks is a typo, and the wrong team in an emergency is worse
  // than a build that says which line to fix.
  const names = [...content.contacts];
  end.contacts.forEach((key, i) => {
    if (content.contacts.has(key)) return;
    const near = suggest(key, names);
    problem(
      end.at[`contacts.${i}`],
      `${url} names the contact "${key}", which site.yaml does not have`,
      near
        ? `did you mean "${near}"? Or add contacts.${key} to site.yaml`
        : `use a name under contacts: in site.yaml (${names.join(', ')}), or add contacts.${key} there`,
    );
  });

  return {
    ...end,
    now: now ?? '',
    steps,
    contacts: [...new Set(end.contacts)],
    guideLink: guide ? { slug: end.guide, title: guide.title } : undefined,
    moreLinks,
    stepsFrom: trust ? 'trust' : 'central',
  };
}

/** Every page of the helper with its guides and contacts checked against this build, and the problems found. */
export function resolveFlow(root: HelpQuestion, content: FlowContent): { pages: ResolvedPage[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const pages = flowPages(root).map((page): ResolvedPage => ({
    ...page,
    node: page.node.kind === 'end' ? resolveEnd(page.node, page, content, problems) : page.node,
  }));
  return { pages, problems };
}
