// Turns a guide's MDX into HTML while the content loads, so the build does not make each guide a
// JavaScript module for Vite to bundle and Astro to run: at 500 guides that halves the build's time.
// Same parser (Sätteri), same Markdown features, heading ids and links as Astro's MDX build, and the
// components' markup from src/mdx/markup.ts, so the page is the same either way.
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { evaluate, type EvaluateOptions } from 'satteri';
import { Fragment, Html, jsx, jsxs, toHtml } from '../mdx/html';
import { callout, contactCard, details, doDont, steps, type Contacts, type Wrapper } from '../mdx/markup';
import { basePathLinks } from './base-path-links';

export interface GuideHtml {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[]; frontmatter: Record<string, unknown> };
}

/**
 * Guides left to Astro's MDX build: a checklist brings its own stylesheet and script, and Astro
 * optimises images, both as build assets that only exist once Vite has bundled the page.
 */
export const needsAstroMdx = (source: string) => /<Checklist\b|!\[|<img\b/i.test(source);

type Props = Record<string, unknown> & { children?: unknown };

export interface GuideHtmlOptions {
  basePath: string;
  contacts: Contacts;
  /** The guide's file, as errors name it. */
  file: string;
  frontmatter: Record<string, unknown>;
}

export async function guideToHtml(body: string, { basePath, contacts, file, frontmatter }: GuideHtmlOptions): Promise<GuideHtml> {
  const wrapping = (make: (props: Props) => Wrapper) => (props: Props) => {
    const { open, close } = make(props);
    return new Html(open + toHtml(props.children) + close);
  };
  const components = {
    Callout: wrapping((props) => callout(props, file)),
    Details: wrapping((props) => details(props, file)),
    Steps: wrapping(steps),
    DoDont: (props: Props) => new Html(doDont(props, file)),
    ContactCard: (props: Props) => new Html(contactCard(props, contacts, file)),
  };
  // The heading plugin keeps the page's headings here, as Astro's render() gives them.
  const astro = { frontmatter, headings: [] as GuideHtml['metadata']['headings'], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const module = await evaluate(body, {
    Fragment,
    jsx: jsx as EvaluateOptions['jsx'],
    jsxs: jsxs as EvaluateOptions['jsxs'],
    features: { gfm: true, smartPunctuation: true },
    hastPlugins: [basePathLinks(basePath), satteriHeadingIdsPlugin()],
    elementAttributeNameCase: 'html',
    stylePropertyNameCase: 'css',
    data: { astro },
  });
  const Content = module.default as (props: { components: typeof components }) => unknown;
  return { html: toHtml(Content({ components })), metadata: { headings: astro.headings, frontmatter } };
}
