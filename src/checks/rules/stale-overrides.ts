import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { lineOfPath } from '../../config/yaml-lines';
import { readGuideHistory, releaseOf } from '../../content/central-history';
import { centralHash, parseReplaces } from '../../content/replaces';
import { UPSTREAM_VERSION } from '../../utils/upstream-version';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

/**
 * A trust's replaced guide that was copied from an older central guide: the central guidance changed,
 * and the trust's copy may now miss it. `replaces: <slug>@<hash>` says which version the copy is of.
 */
function staleReplacements({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const history = readGuideHistory(content.root);
  for (const guide of content.guides) {
    if (guide.layer !== 'overlay' || !content.centralSlugs.guides.has(guide.slug)) continue;
    const centralFile = resolve(content.site.contentDir, 'guides', `${guide.slug}.mdx`);
    const central = readFileSync(centralFile, 'utf8');
    const now = centralHash(central);
    const written = (guide.raw as { replaces?: unknown } | undefined)?.replaces;
    const at = {
      check: 'stale',
      file: guide.file,
      line: (lineOfPath(guide.yaml, ['replaces']) ?? 0) + guide.lineOffset,
    };
    const command = `npx cyber-pocket-guide replace ${guide.slug}`;
    // From where the check runs: content/guides/ here, node_modules/cyber-pocket-guide/content/guides/ in a trust's repository.
    const shownCentral = relative(process.cwd(), centralFile).replaceAll('\\', '/');
    if (written === undefined) {
      problems.push({
        ...at,
        line: 1,
        severity: 'notice',
        message: `this copy replaces the central guide ${guide.slug} and does not say which version it was made from, so nobody is told when the central guide changes`,
        fix: `add "replaces: ${guide.slug}@${now}" to its frontmatter once it matches ${shownCentral} as it is now`,
      });
      continue;
    }
    const replaces = parseReplaces(String(written));
    if (!replaces || replaces.slug !== guide.slug) {
      problems.push({
        ...at,
        severity: 'error',
        message: `replaces: expected "${guide.slug}@" and the 12-letter hash of the central file, but found "${String(written)}"`,
        fix: `write "replaces: ${guide.slug}@${now}" if your copy matches the central guide as it is now (${command} starts a fresh copy)`,
      });
    } else if (replaces.hash !== now) {
      // The release that brought the central guide as it is now; in a checkout, the one being made.
      const release = releaseOf(history, guide.slug, now) ?? UPSTREAM_VERSION;
      problems.push({
        ...at,
        severity: 'warning',
        message: `this copy was made from the central guide ${guide.slug} before release ${release} changed it (${replaces.hash}, now ${now})`,
        fix: `run npx cyber-pocket-guide diff ${guide.slug} to see what changed, bring your copy up to date, then set replaces: ${guide.slug}@${now}`,
      });
    }
  }
  return problems;
}

/** A `hide:` entry for a page central has since removed (content/retired-pages.yaml): the line does nothing now. */
function staleHides({ content }: CheckContext): Problem[] {
  return content.hidden.flatMap((hide): Problem[] => {
    const [collection, slug] = hide.entry.split('/') as [keyof typeof content.centralSlugs, string];
    if (!content.retiredPages.has(hide.entry) || content.centralSlugs[collection]?.has(slug)) return [];
    return [
      {
        severity: 'warning',
        check: 'stale',
        file: hide.file,
        line: hide.line,
        message: `hide: "${hide.entry}" — central removed this page, so there is nothing to hide`,
        fix: 'delete this line',
      },
    ];
  });
}

/** Replaced guides whose central version changed since the trust's copy was made, and hidden pages central removed. */
export const staleOverridesCheck: Check = {
  name: 'stale',
  run: (context) => [...staleReplacements(context), ...staleHides(context)],
};
