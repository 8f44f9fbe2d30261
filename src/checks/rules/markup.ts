import type { MdxFile } from '../../content/content-set';
import { urlsIn } from '../guide-urls';
import { isJsx, lineOf, walk } from '../../content/mdx-tree';
import type { Check } from '../types';
import type { Problem } from '../../schemas/problem';
import { classifyUrl } from '../url-kind';

/** Tags that run code, load another page or restyle the site, with what to do instead. */
const BLOCKED_TAGS: Record<string, string> = {
  script:
    'remove it: staff pages run nothing pasted into content. Ask the web team if a page needs something interactive',
  iframe: 'remove it and link to the page instead, like [what it is](https://…)',
  object: 'remove it and link to the file or page instead',
  embed: 'remove it and link to the file or page instead',
  style: "remove it: the look comes from the site's own stylesheet. To make something stand out, use <Callout>",
};

function markupProblems(guide: MdxFile): Problem[] {
  if (!guide.tree) return [];
  const problems: Problem[] = [];
  const at = (line: number, message: string, fix: string): Problem => ({
    severity: 'error',
    check: 'markup',
    file: guide.file,
    line,
    message,
    fix,
  });
  walk(guide.tree, (node, parents) => {
    if (node.type === 'mdxjsEsm') {
      problems.push(
        at(
          lineOf(node),
          `an "${String(node.value).trim().split(/\s/)[0]}" line runs code when the site is built`,
          'remove it: the components work without an import line',
        ),
      );
    }
    const expression =
      node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' ? String(node.value ?? '') : '';
    if (/javascript:/i.test(expression))
      problems.push(at(lineOf(node), 'a {…} expression holds a javascript: address', 'remove it'));
    // Braces inside a <style> or <script> are that tag's own text, and the tag is reported already.
    else if (
      expression &&
      !/^\s*\/\*[\s\S]*\*\/\s*$/.test(expression) &&
      !parents.some((p) => isJsx(p) && BLOCKED_TAGS[p.name?.toLowerCase() ?? ''])
    ) {
      // Braces in text are code to MDX, and the build stops on a name it does not know. The browser
      // editor's rich text mode drops the \ from \{, so this is how its saves most often break a guide.
      problems.push(
        at(
          lineOf(node),
          `{${expression.length > 30 ? `${expression.slice(0, 30)}…` : expression}} is read as code, not text, and the build stops on it`,
          'to show a "{" as text, write \\{ (in the browser editor, switch the text to Markdown mode first); or use brackets ( ) instead',
        ),
      );
    }
    if (!isJsx(node) || !node.name) return;
    const tag = node.name.toLowerCase();
    if (BLOCKED_TAGS[tag])
      problems.push(at(lineOf(node), `<${node.name}> is not allowed in content`, BLOCKED_TAGS[tag]));
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        if (attr.type === 'mdxJsxExpressionAttribute')
          problems.push(
            at(
              lineOf(node),
              `<${node.name} {…}> passes code as attributes`,
              'write each attribute out, like name="serviceDesk"',
            ),
          );
        continue;
      }
      if (/^on[a-z]/i.test(attr.name)) {
        problems.push(
          at(
            lineOf(node),
            `the ${attr.name} attribute on <${node.name}> runs a script`,
            `remove ${attr.name}=…: staff pages run nothing pasted into content`,
          ),
        );
      } else if (attr.name === 'style') {
        problems.push(
          at(
            lineOf(node),
            `style="…" on <${node.name}> is blocked by the site's security policy`,
            'remove it. To make something stand out, use <Callout>',
          ),
        );
      } else if (attr.value && typeof attr.value === 'object' && /javascript:/i.test(attr.value.value)) {
        problems.push(
          at(lineOf(node), `the ${attr.name} attribute on <${node.name}> holds a javascript: address`, 'remove it'),
        );
      }
    }
  });
  for (const { url, line, carrier, node } of urlsIn(guide.tree)) {
    const kind = classifyUrl(url, '/');
    const image = carrier === 'image' || node.name?.toLowerCase() === 'img';
    if (kind.kind === 'script' && image && /^data:image\//i.test(url.trim())) {
      problems.push(
        at(
          line,
          'an image is pasted into the text as data',
          'save it as a file in an images/ folder beside the guide and write ![what it shows](./images/its-name.png)',
        ),
      );
    } else if (kind.kind === 'script') {
      problems.push(
        at(
          line,
          `the address ${url.length > 40 ? `${url.slice(0, 40)}…` : url} uses "${kind.scheme}:", which can run code or hide a page`,
          'link to an https:// page instead, or remove the link',
        ),
      );
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Staff pages run nothing an editor pasted: no <script>, <iframe> or <style>, no on…= attributes, no
 * javascript: addresses, no import lines. The site's security policy would block most of them anyway,
 * leaving a page that looks broken; this says so before it is published.
 */
export const markupCheck: Check = {
  name: 'markup',
  run: (context) => [...context.content.guides, ...context.content.pages].flatMap(markupProblems),
};
