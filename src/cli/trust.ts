import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UPSTREAM_VERSION } from '../utils/upstream-version';

/** The installed package: the central content, the site's code, the earlier guides (src/cli/packed/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The folders a trust's build writes, all inside the trust's repository. */
export interface TrustFolders {
  /** The trust's repository: its overlay (site.yaml, brand/, guides/ …) is the folder itself. */
  root: string;
  /** The built site. */
  outDir: string;
  /** Astro's and Vite's caches and the project files Astro writes (.astro/), one folder per upstream release. */
  cacheRoot: string;
}

/** Where the trust's files are and where its build writes, for the repository at `root`. */
export function trustFolders(root: string): TrustFolders {
  return {
    root,
    outDir: join(root, 'dist'),
    cacheRoot: join(root, '.cache', 'cyber-pocket-guide', UPSTREAM_VERSION),
  };
}

/** The trust repository's site.yaml, which every command needs: the way to start one when it is missing. */
export function requireSiteYaml(root: string): string | undefined {
  return existsSync(join(root, 'site.yaml'))
    ? undefined
    : `There is no site.yaml here (${root}). Run the commands in your trust's repository, or start one with: npx cyber-pocket-guide init`;
}

/** package.json of the trust's repository, or undefined when there is none. */
export function readTrustPackage(root: string): Record<string, unknown> | undefined {
  const file = join(root, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}
