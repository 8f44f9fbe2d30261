// A JSX runtime that makes HTML text, for guides turned into HTML while the content loads (see
// src/integration/guide-html.ts). It writes what Astro's renderer writes for the same elements, so a
// guide looks the same whichever way it was built.

/** Markup that is already safe: never escaped again. */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML, escaped as Astro escapes it. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;

type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => unknown;

/** Children as HTML: text escaped, markup kept, nothing for null, undefined and booleans. */
export function toHtml(node: unknown): string {
  if (node == null || typeof node === 'boolean') return '';
  if (node instanceof Html) return node.text;
  if (Array.isArray(node)) return node.map(toHtml).join('');
  return escapeHtml(String(node));
}

function attributes(props: Props): string {
  let text = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value == null || value === false) continue;
    if (value === true) text += ` ${name}`;
    else if (name === 'style' && typeof value === 'object') {
      text += ` style="${escapeHtml(Object.entries(value).map(([k, v]) => `${k}:${v}`).join(';'))}"`;
    } else text += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return text;
}

export const Fragment = (props: Props) => new Html(toHtml(props.children));

export function jsx(type: string | Component, props: Props): Html {
  if (typeof type === 'function') return new Html(toHtml(type(props)));
  const inner = toHtml(props.children);
  return new Html(VOID.test(type) && inner === '' ? `<${type}${attributes(props)}>` : `<${type}${attributes(props)}>${inner}</${type}>`);
}

export const jsxs = jsx;
