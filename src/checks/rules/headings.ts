import type { MdxFile } from '../../content/content-set';
import { attribute, isJsx, lineOf, textOf, walk, type MdNode } from '../../content/mdx-tree';
import type { Check } from '../types';
import type { Problem } from '../../schemas/problem';

/** Headings that components put on the page, and the prop that changes the level, if any. */
const COMPONENT_HEADINGS: Record<string, { level: number; prop?: string }> = {
  ContactCard: { level: 3, prop: 'headingLevel' },
  DoDont: { level: 3 },
  Checklist: { level: 3 },
};

interface Heading {
  level: number;
  line: number;
  label: string;
  /** For a component's heading: how to write it with the level changed, if it has a prop for that. */
  withLevel?: (level: number) => string;
}

const hashes = (level: number) => '#'.repeat(level);

function headingsOf(tree: MdNode): Heading[] {
  const headings: Heading[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading' && node.depth) {
      headings.push({ level: node.depth, line: lineOf(node), label: `"${textOf(node).trim()}"` });
    } else if (isJsx(node) && node.name && /^h[1-6]$/i.test(node.name)) {
      headings.push({ level: Number(node.name[1]), line: lineOf(node), label: `"${textOf(node).trim()}"` });
    } else if (isJsx(node) && node.name && COMPONENT_HEADINGS[node.name]) {
      const { level, prop } = COMPONENT_HEADINGS[node.name];
      const given = prop ? attribute(node, prop) : undefined;
      const set = given && given !== true ? Number(typeof given === 'string' ? given : given.expression) : NaN;
      const written = (node.attributes ?? [])
        .filter((a) => a.name !== prop && typeof a.value === 'string')
        .map((a) => ` ${a.name}="${a.value}"`)
        .join('');
      const withLevel = prop ? (wanted: number) => `<${node.name}${written} ${prop}={${wanted}} />` : undefined;
      headings.push({
        level: Number.isInteger(set) ? set : level,
        line: lineOf(node),
        label: `the heading of <${node.name}>`,
        withLevel,
      });
    }
  });
  return headings;
}

function headingProblems(guide: MdxFile): Problem[] {
  if (!guide.tree) return [];
  const problems: Problem[] = [];
  // The page's own <h1> is the guide's title, so the body's first heading level is 2.
  let previous = 1;
  for (const heading of headingsOf(guide.tree)) {
    const at = { severity: 'error' as const, check: 'headings', file: guide.file, line: heading.line };
    if (heading.level === 1) {
      problems.push({
        ...at,
        message: `the heading ${heading.label} is a main heading (#), but the title is the page's only main heading`,
        fix: 'start it with ## instead',
      });
    } else if (heading.level > previous + 1) {
      const wanted = previous + 1;
      const after = previous === 1 ? 'the title' : `a ${hashes(previous)} heading`;
      problems.push({
        ...at,
        message: `${heading.label} is a level ${heading.level} heading straight after ${after}, which skips level ${wanted}`,
        fix: heading.withLevel
          ? `put a ${hashes(wanted)} heading above it, or write ${heading.withLevel(wanted)}`
          : heading.label.startsWith('the heading of')
            ? `put a ${hashes(wanted)} heading above it`
            : `start it with ${hashes(wanted)}, or put a ${hashes(wanted)} heading above it`,
      });
    }
    previous = Math.max(heading.level, 1);
  }
  return problems;
}

/**
 * Headings go down one level at a time (## then ###), so screen-reader users can move through a page
 * by its headings without missing a level.
 */
export const headingsCheck: Check = {
  name: 'headings',
  run: (context) => [...context.content.guides, ...context.content.pages].flatMap(headingProblems),
};
