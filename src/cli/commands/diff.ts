import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guideAt, readGuideHistory, releaseOf } from '../../content/central-history';
import { centralHash, parseReplaces } from '../../content/replaces';
import { UPSTREAM_VERSION } from '../../utils/upstream-version';
import type { CommandContext } from '../main';
import { formatDiff, lineDiff } from '../line-diff';
import { PACKAGE_ROOT } from '../trust';

/**
 * `diff <slug>`: what changed in the central guide since the trust's copy (guides/<slug>.mdx) was made
 * from it, from the earlier versions the package keeps by hash. Exit 0 when there is a diff to show.
 */
export function diffCommand({ args, cwd, print }: CommandContext): number {
  const slug = args[0];
  if (!slug || args.length > 1) {
    print('Usage: npx cyber-pocket-guide diff <slug>   (the file name of a guide you replace, without .mdx)');
    return 2;
  }
  const own = join(cwd, 'guides', `${slug}.mdx`);
  const centralFile = join(PACKAGE_ROOT, 'content/guides', `${slug}.mdx`);
  if (!existsSync(centralFile)) {
    print(
      `${slug}: there is no central guide of that name in ${UPSTREAM_VERSION}; diff compares a guide you replace with the central one`,
    );
    return 1;
  }
  if (!existsSync(own)) {
    print(`guides/${slug}.mdx: not found. diff compares your copy of a central guide with the central one`);
    return 1;
  }
  const written = /^replaces:\s*(\S+)\s*$/m.exec(readFileSync(own, 'utf8'))?.[1];
  const replaces = written ? parseReplaces(written) : undefined;
  if (!replaces || replaces.slug !== slug) {
    print(
      `guides/${slug}.mdx: no "replaces: ${slug}@<hash>" in its frontmatter, so which version it was made from is unknown`,
    );
    return 1;
  }
  const central = readFileSync(centralFile, 'utf8');
  const now = centralHash(central);
  const history = readGuideHistory(PACKAGE_ROOT);
  const then = releaseOf(history, slug, replaces.hash);
  const changedIn = releaseOf(history, slug, now) ?? UPSTREAM_VERSION;
  if (replaces.hash === now) {
    print(
      `guides/${slug}.mdx was made from the central guide as it is in ${UPSTREAM_VERSION} (${now}): nothing to bring over.`,
    );
    return 0;
  }
  const before = guideAt(PACKAGE_ROOT, slug, replaces.hash);
  if (before === undefined) {
    print(
      `guides/${slug}.mdx was made from ${replaces.hash}, a version of the central guide this package does not keep (only released versions are kept). Compare your copy with node_modules/cyber-pocket-guide/content/guides/${slug}.mdx instead.`,
    );
    return 1;
  }
  print(
    [
      `The central guide ${slug}: your copy (guides/${slug}.mdx) was made from ${replaces.hash}${then ? ` (release ${then})` : ''}; release ${changedIn} changed it to ${now}.`,
      'Lines starting "-" were removed from the central guide, "+" added:',
      '',
      formatDiff(lineDiff(before, central)),
      '',
      `Bring what applies into your copy, then set replaces: ${slug}@${now}`,
    ].join('\n'),
  );
  return 0;
}
