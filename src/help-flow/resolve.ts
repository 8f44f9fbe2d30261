import { firstSteps, urgentCallout } from './guide-facts';
import type { HelpEnd, HelpQuestion } from './types';
import { flowPages, MAX_TAPS_FROM_HOME, tapsFromHome, type FlowPage } from './walk';

const FLOW_FILE = 'src/help-flow/flow.ts';
const FALLBACK_CONTACT = 'serviceDesk';

/** The helper names something this build does not have, or its shape is wrong. The message says how to fix it. */
export class HelpFlowError extends Error {
  constructor(problems: string[]) {
    super(`The "Something's wrong" helper has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'HelpFlowError';
  }
}

/** What this build publishes, as far as the helper cares. */
export interface FlowContent {
  /** Published guides by slug. `central` is false when a trust's overlay replaced the central file. */
  guides: Map<string, { title: string; body: string; central: boolean }>;
  /** Central guides that this copy's site.yaml `hide:` leaves out. */
  hiddenGuides: Set<string>;
  /** Contact keys in the merged site.yaml. */
  contacts: Set<string>;
}

export interface GuideLink {
  slug: string;
  title: string;
}

/** An end page, ready to show: links only to published guides, contacts that exist. */
export interface ResolvedEnd extends Omit<HelpEnd, 'contacts'> {
  contacts: string[];
  /** The full guide, unless this copy hides it. */
  guideLink?: GuideLink;
  moreLinks: GuideLink[];
  /** "trust" when the steps come from the trust's own replacement of the guide. */
  stepsFrom: 'flow' | 'trust';
}

export interface ResolvedPage extends Omit<FlowPage, 'node'> {
  node: HelpQuestion | ResolvedEnd;
}
export type QuestionPage = ResolvedPage & { node: HelpQuestion };
export type EndPage = ResolvedPage & { node: ResolvedEnd };
export const isQuestionPage = (page: ResolvedPage): page is QuestionPage => page.node.kind === 'question';
export const isEndPage = (page: ResolvedPage): page is EndPage => page.node.kind === 'end';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const where = (page: FlowPage) => `"${page.node.title}" (help/${page.path})`;

/** Problems with the flow's shape alone: dead ends, repeated addresses, too many taps, empty pages. */
export function shapeProblems(root: HelpQuestion): string[] {
  const problems: string[] = [];
  if (root.slug !== '') problems.push(`the first question's slug must be "", so it is the page help/; found "${root.slug}"`);
  for (const page of flowPages(root)) {
    const { node } = page;
    if (page.parentPath !== undefined && !SLUG.test(node.slug)) {
      problems.push(`${where(page)} has the slug "${node.slug}"; use lower-case letters, digits and hyphens`);
    }
    if (tapsFromHome(page) > MAX_TAPS_FROM_HOME) {
      problems.push(`${where(page)} is ${tapsFromHome(page)} taps from the home page; the most is ${MAX_TAPS_FROM_HOME}, so ask fewer questions`);
    }
    if (node.kind === 'question') {
      if (node.answers.length === 0) problems.push(`${where(page)} is a question with no answers: a dead end`);
      const slugs = node.answers.map((a) => a.next.slug);
      for (const slug of new Set(slugs.filter((s, i) => slugs.indexOf(s) !== i))) {
        problems.push(`${where(page)} has two answers leading to the slug "${slug}"; each answer needs its own`);
      }
      for (const answer of node.answers) if (!answer.label.trim()) problems.push(`${where(page)} has an answer with no words`);
    } else {
      if (node.steps.length === 0) problems.push(`${where(page)} is an end page with no steps`);
      if (node.contacts.length === 0) problems.push(`${where(page)} is an end page with no contact`);
      if (!node.now.trim()) problems.push(`${where(page)} is an end page with nothing under "Do this now"`);
    }
  }
  return problems;
}

function guideLink(slug: string, page: FlowPage, content: FlowContent, problems: string[]): GuideLink | undefined {
  const guide = content.guides.get(slug);
  if (guide) return { slug, title: guide.title };
  // A trust may hide a guide: the steps still show, only the link goes.
  if (content.hiddenGuides.has(slug)) return undefined;
  problems.push(`${where(page)} names the guide "${slug}", which is not in content/guides; check the spelling against the file names there, in ${FLOW_FILE}`);
  return undefined;
}

function resolveEnd(end: HelpEnd, page: FlowPage, content: FlowContent, problems: string[], warnings: string[]): ResolvedEnd {
  const guideLinkFound = guideLink(end.guide, page, content, problems);
  const moreLinks = (end.moreGuides ?? []).map((slug) => guideLink(slug, page, content, problems)).filter((g) => g !== undefined);
  const contacts: string[] = [];
  for (const key of end.contacts) {
    let shown: string = key;
    if (!content.contacts.has(key)) {
      warnings.push(`help flow: ${where(page)} names the contact "${key}", which site.yaml does not have; showing ${FALLBACK_CONTACT} instead. Add contacts.${key} to site.yaml, or change ${FLOW_FILE}`);
      shown = FALLBACK_CONTACT;
    }
    if (!contacts.includes(shown)) contacts.push(shown);
  }
  // A trust that replaced the guide knows its own procedure (its forms, its boxes, its numbers): use its steps.
  const guide = content.guides.get(end.guide);
  const trustSteps = guide && !guide.central ? firstSteps(guide.body) : [];
  const trustNow = guide && !guide.central && trustSteps.length > 0 ? urgentCallout(guide.body) : undefined;
  return {
    ...end,
    now: trustNow ?? end.now,
    steps: trustSteps.length > 0 ? trustSteps : end.steps,
    contacts,
    guideLink: guideLinkFound,
    moreLinks,
    stepsFrom: trustSteps.length > 0 ? 'trust' : 'flow',
  };
}

/**
 * Every page of the helper with its guides and contacts checked against this build.
 * @throws {HelpFlowError} when the flow's shape is wrong or it names a guide this build never had.
 */
export function resolveFlow(root: HelpQuestion, content: FlowContent): { pages: ResolvedPage[]; warnings: string[] } {
  const problems = shapeProblems(root);
  const warnings: string[] = [];
  const pages = flowPages(root).map((page): ResolvedPage => ({
    ...page,
    node: page.node.kind === 'end' ? resolveEnd(page.node, page, content, problems, warnings) : page.node,
  }));
  if (problems.length > 0) throw new HelpFlowError(problems);
  return { pages, warnings };
}
