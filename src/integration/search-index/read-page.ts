// Reads one built page for the search index: its words with their weights, its sections for excerpts,
// and what the page marks for the index with data-index-* attributes:
//   data-index-body          the part of the page that is indexed (pages without it are not)
//   data-index-ignore        left out, with everything inside (scam examples, contact cards)
//   data-index-weight="5"    how much a word here counts (headings count more by default)
//   data-index-meta="summary" or "type:guide"      shown with the result
//   data-index-filter="topic" or "topic:Passwords" a value the results can be narrowed by
import { ELEMENT_NODE, TEXT_NODE, parse, type ElementNode } from 'ultrahtml';
import type { Section } from '../../search-index/format';
import { termOf, wordsIn } from '../../search-index/terms';

export interface ReadPage {
  title: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sections: Section[];
  /** Each term and the sum of the weights of the places it appears. */
  terms: Map<string, number>;
  /** How many words the page has, for BM25's length normalisation. */
  words: number;
}

type Node = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: Node[] };

/** Never indexed: code, drawings, forms and things not rendered. */
const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'noscript', 'form', 'iframe', 'object']);
/** Text in these runs on with its neighbours; every other element is a break between words. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
/** Headings count more than body text unless the page says otherwise (the defaults Pagefind used, which the page weights were tuned with). */
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decodeEntities(node.value ?? '');
  if (node.type !== ELEMENT_NODE || SKIPPED.has(node.name!) || 'data-index-ignore' in node.attributes!) return '';
  const inner = (node.children ?? []).map(textOf).join('');
  return INLINE.has(node.name!) ? inner : ` ${inner} `;
}

function findBody(node: Node): Node | undefined {
  if (node.type === ELEMENT_NODE && 'data-index-body' in node.attributes!) return node;
  for (const child of node.children ?? []) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/** "type:guide" → ["type", "guide"]; "summary" → ["summary", the element's text]. */
function keyAndValue(attribute: string, element: Node): [string, string] {
  const colon = attribute.indexOf(':');
  return colon > 0 ? [attribute.slice(0, colon).trim(), decodeEntities(attribute.slice(colon + 1)).trim()] : [attribute.trim(), tidy(textOf(element))];
}

/** The page's indexed content, or undefined when it has no data-index-body. */
export function readPage(html: string): ReadPage | undefined {
  // Only from the indexed element on is parsed: the head and the site header before it never are.
  const at = html.indexOf('data-index-body');
  if (at < 0) return undefined;
  const body = findBody(parse(html.slice(html.lastIndexOf('<', at))) as Node);
  if (!body) return undefined;
  const page: ReadPage = { title: '', meta: {}, filters: {}, sections: [], terms: new Map(), words: 0 };
  let section: Section = { heading: '', text: '' };
  page.sections.push(section);

  // `quoted`: whether the text goes into excerpts. Text hidden from people is indexed but never quoted,
  // and a heading's words are the name of its section rather than part of its text.
  const visit = (node: Node, weight: number, quoted: boolean) => {
    if (node.type === TEXT_NODE) {
      const text = decodeEntities(node.value ?? '');
      for (const word of wordsIn(text)) {
        const term = termOf(word);
        page.terms.set(term, (page.terms.get(term) ?? 0) + weight);
        page.words += 1;
      }
      if (quoted) section.text += text;
      return;
    }
    if (node.type !== ELEMENT_NODE) return;
    const element = node as Node & ElementNode;
    const { name, attributes } = element;
    if (SKIPPED.has(name) || 'data-index-ignore' in attributes) return;
    if (attributes['data-index-meta']) {
      const [key, value] = keyAndValue(attributes['data-index-meta'], element);
      page.meta[key] = value;
    }
    if (attributes['data-index-filter']) {
      const [key, value] = keyAndValue(attributes['data-index-filter'], element);
      if (value) (page.filters[key] ??= []).push(value);
    }
    const given = Number(attributes['data-index-weight'] ?? HEADING_WEIGHT[name]);
    const inner = Number.isFinite(given) ? given : weight;
    const seen = quoted && !('hidden' in attributes) && attributes['aria-hidden'] !== 'true';
    if (name in HEADING_WEIGHT && seen) {
      const heading = tidy(textOf(element));
      if (name === 'h1' && !page.title) page.title = heading;
      section = { id: attributes.id, heading, text: '' };
      page.sections.push(section);
      for (const child of element.children as Node[]) visit(child, inner, false);
      return;
    }
    const gap = !INLINE.has(name) && seen;
    if (gap) section.text += ' ';
    for (const child of element.children as Node[]) visit(child, inner, seen);
    if (gap) section.text += ' ';
  };
  visit(body, 1, true);
  page.sections = page.sections.map((s) => ({ ...s, text: tidy(s.text) })).filter((s) => s.heading || s.text);
  return page;
}
