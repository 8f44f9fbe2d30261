import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggest } from '../../config/errors';
import { startReplacement } from '../../content/replaces';
import type { CommandContext } from '../main';
import { PACKAGE_ROOT, requireSiteYaml } from '../trust';

const USAGE = 'Usage: npx cyber-pocket-guide replace <slug>   (a central guide’s file name, without .mdx)';

/**
 * `replace <slug>`: starts the trust's own copy of a central guide, guides/<slug>.mdx, as the central
 * file with `replaces: <slug>@<hash>` added, so `check` says when the central guide changes later
 * (the same as `npm run replace-guide` in this repository). A copy that is there already is kept.
 */
export function replaceCommand({ args, cwd, print }: CommandContext): number {
  const slug = args[0];
  if (!slug || args.length > 1 || slug.startsWith('-')) {
    print(USAGE);
    return 2;
  }
  const missing = requireSiteYaml(cwd);
  if (missing) {
    print(missing);
    return 1;
  }
  const centralDir = join(PACKAGE_ROOT, 'content/guides');
  const central = join(centralDir, `${slug}.mdx`);
  if (!existsSync(central)) {
    const near = suggest(
      slug,
      readdirSync(centralDir).map((file) => file.replace(/\.mdx$/, '')),
    );
    print(`${slug}: there is no central guide of that name — ${near ? `did you mean ${near}? ` : ''}${USAGE}`);
    return 1;
  }
  const target = join(cwd, 'guides', `${slug}.mdx`);
  if (existsSync(target)) {
    print(`guides/${slug}.mdx — your copy is there already, and is left as it is; to start again, delete it first`);
    return 1;
  }
  mkdirSync(join(cwd, 'guides'), { recursive: true });
  writeFileSync(target, startReplacement(slug, readFileSync(central, 'utf8')));
  print(`wrote guides/${slug}.mdx: change it as your trust needs; check warns when the central guide changes`);
  return 0;
}
