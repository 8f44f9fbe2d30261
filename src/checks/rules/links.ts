import { suggest } from '../../config/errors';
import type { MdxFile } from '../../content/content-set';
import { urlsIn } from '../guide-urls';
import { headingIds } from '../../content/mdx-tree';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';
import { classifyUrl } from '../url-kind';

const pagePath = (file: MdxFile) => (file.kind === 'guide' ? `/guides/${file.slug}/` : `/${file.slug}/`);

/** The path without the site's base path, which editors may have copied from the address bar. */
function withoutBase(path: string, basePath: string): string {
  return basePath !== '/' && path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : path;
}

function anchorProblem(
  context: CheckContext,
  guide: MdxFile,
  line: number,
  url: string,
  target: MdxFile,
  hash: string,
): Problem | undefined {
  if (!target.tree) return undefined;
  const ids = headingIds(target.tree);
  if (ids.includes(hash)) return undefined;
  const where = target === guide ? 'this page' : pagePath(target);
  const hint = suggest(hash, ids);
  return {
    severity: 'error',
    check: 'links',
    file: guide.file,
    line,
    message: `the link ${url} goes to a heading "#${hash}" that is not on ${where}`,
    fix: hint
      ? `did you mean #${hint}?`
      : ids.length
        ? `link to one of its headings: ${ids.map((id) => `#${id}`).join(', ')}`
        : `${where} has no ## headings to link to; link to the page without "#${hash}"`,
  };
}

function linkProblems(context: CheckContext, guide: MdxFile): Problem[] {
  if (!guide.tree) return [];
  const { routes, content } = context;
  const problems: Problem[] = [];
  const at = (line: number, message: string, fix: string, severity: Problem['severity'] = 'error'): Problem => ({
    severity,
    check: 'links',
    file: guide.file,
    line,
    message,
    fix,
  });
  for (const { url, line, carrier } of urlsIn(guide.tree)) {
    if (carrier === 'image' || carrier === 'src') continue;
    const kind = classifyUrl(url, pagePath(guide));
    if (kind.kind === 'same-page') {
      const problem = anchorProblem(context, guide, line, url, guide, kind.hash);
      if (problem) problems.push(problem);
      continue;
    }
    if (kind.kind !== 'page') continue;
    const path = withoutBase(kind.path, content.site.basePath);
    const hidden = routes.hiddenAt.get(path) ?? routes.hiddenAt.get(`${path}/`);
    if (hidden) {
      const unhide = `take "${hidden.entry}" out of hide: in ${hidden.file}:${hidden.line}`;
      problems.push(
        at(
          line,
          `the link ${url} goes to a page this copy of the guide hides`,
          guide.layer === 'overlay'
            ? `remove the link, or ${unhide}`
            : `${unhide}, or copy ${guide.file} into your overlay's guides/ folder and remove the link there`,
        ),
      );
    } else if (routes.paths.has(path)) {
      const target = routes.guideAt.get(path);
      if (kind.hash && target) {
        const problem = anchorProblem(context, guide, line, url, target, kind.hash);
        if (problem) problems.push(problem);
      }
    } else if (!path.endsWith('/') && routes.paths.has(`${path}/`)) {
      problems.push(
        at(
          line,
          `the link ${url} has no "/" at the end`,
          `write ${url.replace(/(?=[?#]|$)/, '/')}: addresses on this site end with "/", and the preview cannot open them without it`,
          'warning',
        ),
      );
    } else {
      const hint = suggest(path, [...routes.paths]);
      const website = /^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)*\.(uk|com|org|net|gov|nhs)(\/|$))/i.test(url.trim());
      problems.push(
        at(
          line,
          `the link ${url} goes to a page that does not exist`,
          website
            ? `write the whole address of the website, starting https://, like https://${url.trim()}`
            : hint
              ? `did you mean ${hint}?`
              : 'write the address from the site root: a guide is /guides/<its file name>/, a checklist /checklists/<its file name>/',
        ),
      );
    }
  }
  return problems;
}

/** Links and anchors inside the site must reach a page (and a heading on it) that this copy publishes. */
export const linksCheck: Check = {
  name: 'links',
  run: (context) =>
    [...context.content.guides, ...context.content.pages].flatMap((file) => linkProblems(context, file)),
};
