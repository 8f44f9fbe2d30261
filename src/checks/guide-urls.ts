import { attribute, isJsx, lineOf, walk, type MdNode } from '../content/mdx-tree';

/** One address written in a guide, and what kind of thing carries it. */
export interface GuideUrl {
  url: string;
  line: number;
  /** "link" and "image" are Markdown; "href" and "src" are attributes of a tag such as <a> or <img>. */
  carrier: 'link' | 'image' | 'definition' | 'href' | 'src';
  node: MdNode;
}

const URL_ATTRIBUTES = { href: 'href', src: 'src' } as const;

/** A `{"…"}` attribute is a string too; anything cleverer is left to the markup check. */
function literal(value: ReturnType<typeof attribute>): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return /^\s*(["'`])([^"'`]*)\1\s*$/.exec(value.expression)?.[2];
  return undefined;
}

/** Every link and image address in a guide, with its line, from Markdown and from tags alike. */
export function urlsIn(tree: MdNode): GuideUrl[] {
  const found: GuideUrl[] = [];
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      found.push({ url: node.url ?? '', line: lineOf(node), carrier: node.type, node });
    } else if (isJsx(node)) {
      for (const name of Object.keys(URL_ATTRIBUTES) as (keyof typeof URL_ATTRIBUTES)[]) {
        const value = literal(attribute(node, name));
        if (value !== undefined) found.push({ url: value, line: lineOf(node), carrier: URL_ATTRIBUTES[name], node });
      }
    }
  });
  return found;
}
