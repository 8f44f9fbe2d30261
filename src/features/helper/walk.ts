import type { HelpNode, HelpQuestion } from './types';

/** One page of the helper, with where it sits in the tree. */
export interface FlowPage {
  node: HelpNode;
  /** The address under /help/, without the base: "" for the first question, "lost-a-device/work-device/". */
  path: string;
  /** The page one step back, or undefined for the first question. */
  parentPath?: string;
  /** The answers chosen to get here, in order. */
  answers: string[];
}

/** The most taps from the home page to an end: the helper link, then at most two answers. */
export const MAX_TAPS_FROM_HOME = 3;

/** Every page of the helper, the first question first, each parent before its children. */
export function flowPages(root: HelpQuestion): FlowPage[] {
  const pages: FlowPage[] = [];
  const visit = (node: HelpNode, path: string, parentPath: string | undefined, answers: string[]) => {
    pages.push({ node, path, parentPath, answers });
    if (node.kind === 'question') {
      for (const answer of node.answers)
        visit(answer.next, `${path}${answer.next.slug}/`, path, [...answers, answer.label]);
    }
  };
  visit(root, root.slug ? `${root.slug}/` : '', undefined, []);
  return pages;
}

/** Taps from the home page: one to open the helper, then one per answer. */
export const tapsFromHome = (page: FlowPage): number => 1 + page.answers.length;

/** A page's address as help.yaml writes it: "lost-a-device/work-device", or "/" for the first question. */
export const addressOf = (path: string): string => path.replace(/\/$/, '') || '/';

/**
 * An address as a trust may write it, made plain: "/help/lost-a-device/", "help/lost-a-device" and
 * "lost-a-device" are the same page; "/", "help" and "" are the first question (returned as "").
 */
export function plainAddress(written: string): string {
  const trimmed = written.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === 'help') return '';
  return trimmed.startsWith('help/') ? trimmed.slice('help/'.length) : trimmed;
}
