import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { suggest } from '../../config/errors';
import { shownPath, type MdxFile } from '../../content/content-set';
import { urlsIn, type GuideUrl } from '../guide-urls';
import { attribute } from '../../content/mdx-tree';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';
import { classifyUrl, decoded } from '../url-kind';

function altProblem(image: GuideUrl): { message: string; fix: string } | undefined {
  if (image.carrier === 'image') {
    return image.node.alt?.trim()
      ? undefined
      : {
          message: `the image ${image.url} has no alt text`,
          fix: `say what it shows between the square brackets, like ![A fake email with the sender's address circled](${image.url})`,
        };
  }
  const alt = attribute(image.node, 'alt');
  return typeof alt === 'string' && alt.trim()
    ? undefined
    : alt !== undefined && typeof alt !== 'string'
      ? undefined // an expression: cannot tell from here, and the page check in the browser tests sees the result
      : {
          message: `the image ${image.url} has no alt text`,
          fix: 'add alt="…" saying what the image shows, for people who cannot see it',
        };
}

function whereProblem(
  context: CheckContext,
  guide: MdxFile,
  url: string,
): { message: string; fix: string } | undefined {
  const kind = classifyUrl(url, `/guides/${guide.slug}/`);
  if (kind.kind === 'script') return undefined; // the markup check reports it
  if (kind.kind !== 'page') {
    return {
      message: `the image ${url} is on another website`,
      fix: `save it in an images/ folder beside the guide and write ![what it shows](./images/its-name.png): pages only show images from this site, so they work offline`,
    };
  }
  const rootRelative = url.trim().startsWith('/');
  const file = rootRelative
    ? resolve(context.content.root, 'public', `.${kind.path}`)
    : resolve(dirname(guide.path), decoded(url.split(/[?#]/)[0]));
  if (existsSync(file) || (rootRelative && context.routes.paths.has(kind.path))) return undefined;
  const folder = dirname(file);
  const nearby = existsSync(folder) ? readdirSync(folder) : [];
  const hint = suggest(file.slice(folder.length + 1), nearby);
  return {
    message: `the image ${url} is not there (looked for ${shownPath(context.content.root, file)})`,
    fix: hint
      ? `did you mean ${url.replace(/[^/]*$/, hint)}?`
      : 'put the image in an images/ folder beside the guide and write its place from the guide, like ./images/its-name.png',
  };
}

function imageProblems(context: CheckContext, guide: MdxFile): Problem[] {
  if (!guide.tree) return [];
  const images = urlsIn(guide.tree).filter(
    (u) => u.carrier === 'image' || (u.carrier === 'src' && u.node.name?.toLowerCase() === 'img'),
  );
  return images.flatMap((image) =>
    [altProblem(image), whereProblem(context, guide, image.url)]
      .filter((p) => p !== undefined)
      .map((p) => ({ severity: 'error' as const, check: 'images', file: guide.file, line: image.line, ...p })),
  );
}

/** Every image must be stored with the content, be where the guide says, and say what it shows. */
export const imagesCheck: Check = {
  name: 'images',
  run: (context) =>
    [...context.content.guides, ...context.content.pages].flatMap((guide) => imageProblems(context, guide)),
};
