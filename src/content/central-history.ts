import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Earlier versions of the central guides travel in the package (written by `npm pack`, from the
// release tags: src/cli/pack/history.ts), so a trust can see what changed in a guide it replaces
// without the central repository: `npx cyber-pocket-guide diff <slug>`.

/** Where the package keeps them, from the package root. Absent in a checkout: the pack step writes it. */
export const HISTORY_DIR = 'src/cli/packed/history';

/** One version of a central guide: its hash (as `replaces:` keeps it) and the first release that had it. */
interface GuideVersion {
  hash: string;
  release: string;
}

/** Every kept version of each central guide, by slug, oldest first. */
export type GuideHistory = Record<string, GuideVersion[]>;

/** The history kept in the package at `root`, or an empty one in a checkout. */
export function readGuideHistory(root: string): GuideHistory {
  const index = join(root, HISTORY_DIR, 'guides.json');
  return existsSync(index) ? (JSON.parse(readFileSync(index, 'utf8')) as GuideHistory) : {};
}

/** The text of one kept version of a central guide, or undefined when the package does not keep it. */
export function guideAt(root: string, slug: string, hash: string): string | undefined {
  const file = join(root, HISTORY_DIR, 'guides', slug, `${hash}.mdx`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The first release whose central guide had this hash, if the package keeps it. */
export const releaseOf = (history: GuideHistory, slug: string, hash: string): string | undefined =>
  history[slug]?.find((version) => version.hash === hash)?.release;
