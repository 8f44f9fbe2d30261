import Slugger from 'github-slugger';
import { createContext, runInContext, type Context } from 'node:vm';
import { mdxToMdast } from 'satteri';

/**
 * The parts of an mdast node the checks read. The tree comes from Sätteri, the same MDX parser the
 * build uses, so what the checks see (and the lines they name) is what the build sees.
 */
export interface MdNode {
  type: string;
  /** JSX element name, e.g. "Callout" or "img". */
  name?: string | null;
  /** Heading level. */
  depth?: number;
  /** Link, image and definition target. */
  url?: string;
  alt?: string | null;
  value?: unknown;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

interface MdAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

export type ParsedMdx =
  { tree: MdNode; error?: undefined } | { tree?: undefined; error: { line: number; message: string } };

/** Parses a guide. A syntax error comes back with its line instead of being thrown. */
export function parseMdx(source: string): ParsedMdx {
  try {
    return { tree: mdxToMdast(source) as unknown as MdNode };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\(mdx[^)]*\))?$/s.exec(text);
    return { error: { line: match ? Number(match[1]) : 1, message: (match ? match[3] : text).trim() } };
  }
}

/** Calls `visit` for every node in document order, with the chain of its parents. */
export function walk(node: MdNode, visit: (node: MdNode, parents: MdNode[]) => void, parents: MdNode[] = []): void {
  visit(node, parents);
  for (const child of node.children ?? []) walk(child, visit, [...parents, node]);
}

export const lineOf = (node: MdNode): number => node.position?.start.line ?? 1;

export const isJsx = (node: MdNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The text a reader sees in a node: text and inline code, without the markup. */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/** A JSX attribute: its text, `{ expression }` for a `{…}` value, true for a bare name, undefined when absent. */
export function attribute(node: MdNode, name: string): string | { expression: string } | true | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  if (found.value === null || found.value === undefined) return true;
  if (typeof found.value === 'string') return found.value;
  return { expression: found.value.value };
}

/** The strings in a `{["a", "b"]}` expression, as DoDont takes them. */
export function stringsInExpression(expression: string): string[] {
  return [...expression.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) =>
    (m[1] ?? m[2]).replace(/\\(.)/g, '$1'),
  );
}

// One empty context for every `{…}` value: making a context per value cost seconds at 2000 guides.
let literals: Context | undefined;

/** A `{…}` value as the MDX build would evaluate it: JSON as it is, anything else in an empty context. */
function evaluate(expression: string): unknown {
  try {
    return JSON.parse(expression);
  } catch {
    literals ??= createContext(Object.create(null));
    return runInContext(`(${expression})`, literals, { timeout: 50 });
  }
}

/**
 * The props written on a JSX element, as the build would pass them: text as text, a bare name as
 * true, and a `{…}` value evaluated as the MDX build evaluates it. A value that reads anything
 * (a variable) is left out and named in `unread`, since only the build knows what it holds.
 */
export function propsOf(node: MdNode): { props: Record<string, unknown>; unread: string[] } {
  const props: Record<string, unknown> = {};
  const unread: string[] = [];
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (a.value === null || a.value === undefined) props[a.name] = true;
    else if (typeof a.value === 'string') props[a.name] = a.value;
    else {
      try {
        props[a.name] = evaluate(a.value.value);
      } catch {
        unread.push(a.name);
      }
    }
  }
  return { props, unread };
}

/**
 * The ids the build gives the page's Markdown headings, the targets of `#anchor` links. The build
 * slugs each heading's text with github-slugger, in order, so a repeated heading gets "-1" added.
 */
export function headingIds(tree: MdNode): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading') ids.push(slugger.slug(textOf(node)));
  });
  return ids;
}
