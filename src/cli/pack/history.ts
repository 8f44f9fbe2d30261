import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GuideHistory } from '../../content/central-history.ts';
import { centralHash } from '../../content/replaces.ts';

/** One release's central guides, by slug. */
export interface ReleaseGuides {
  release: string;
  guides: Map<string, string>;
}

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const byVersion = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) =>
    v
      .replace(/^v/, '')
      .split(/[.-]/)
      .map((p) => Number(p) || 0),
  );
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** The central guides of every release tag (v1.2.3) in the repository's git history, oldest first. */
export function taggedReleases(root: string): ReleaseGuides[] {
  let tags: string[];
  try {
    tags = git(root, ['tag', '--list', 'v[0-9]*']).split('\n').filter(Boolean).sort(byVersion);
  } catch {
    return []; // not a git checkout: only this release's guides are kept
  }
  return tags.map((tag) => {
    const guides = new Map<string, string>();
    const listing = git(root, ['ls-tree', '-r', tag, '--', 'content/guides/']).split('\n').filter(Boolean);
    for (const line of listing) {
      const [meta, path] = line.split('\t');
      const slug = /^content\/guides\/([^/]+)\.mdx$/.exec(path)?.[1];
      if (slug) guides.set(slug, git(root, ['cat-file', 'blob', meta.split(' ')[2]]));
    }
    return { release: tag.replace(/^v/, ''), guides };
  });
}

/** The central guides in the working folder: the release being packed. */
export function currentGuides(root: string, release: string): ReleaseGuides {
  const dir = join(root, 'content/guides');
  const guides = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    guides.set(file.slice(0, -4), readFileSync(join(dir, file), 'utf8'));
  }
  return { release, guides };
}

/** Each guide's versions, by hash, with the first release that had each; the texts to keep by hash. */
export function guideHistory(releases: ReleaseGuides[]): { index: GuideHistory; texts: Map<string, string> } {
  const index: GuideHistory = {};
  const texts = new Map<string, string>();
  for (const { release, guides } of releases) {
    for (const [slug, text] of guides) {
      const hash = centralHash(text);
      const versions = (index[slug] ??= []);
      if (!versions.some((v) => v.hash === hash)) versions.push({ hash, release });
      texts.set(`${slug}/${hash}`, text);
    }
  }
  return { index, texts };
}

/** Writes the history into `dir`: guides.json and guides/<slug>/<hash>.mdx. */
export function writeGuideHistory(dir: string, history: ReturnType<typeof guideHistory>): void {
  for (const [key, text] of history.texts) {
    mkdirSync(join(dir, 'guides', key.split('/')[0]), { recursive: true });
    writeFileSync(join(dir, 'guides', `${key}.mdx`), text);
  }
  writeFileSync(join(dir, 'guides.json'), `${JSON.stringify(history.index, null, 1)}\n`);
}
