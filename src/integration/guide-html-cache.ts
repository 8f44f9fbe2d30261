// Guides made into HTML as they load (./guide-html.ts) keep their HTML in files in Astro's cache
// folder, not in its data store, and their MDX stays in the guide's own file. The store is bundled
// into the pages' code and held whole while they are made: at 500 guides the HTML in it cost the
// build about 150 MB of memory, and at 2000 the MDX as much again.
//
// A file's name says what it was made from: the guide file's digest, and a key for everything else
// the HTML depends on (site.yaml's base path and contacts, and the code that draws it). Astro keeps
// an entry whose file has not changed from one build to the next, so a kept entry is used only while
// its HTML file's name still holds and its guide is still where it was.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a content entry made into HTML carries instead of its HTML and its MDX. */
export interface MadeHtml {
  /** The file holding the guide's HTML. */
  htmlFile: string;
  /** The guide's own file (absolute). */
  sourceFile: string;
}

/**
 * The code a guide's HTML comes from, and the packages it uses: a change to any of them (a new
 * version of the MDX parser too) makes every kept guide stale. A test checks that these lists follow
 * ./guide-html.ts's imports.
 */
export const DRAWING_CODE = [
  './guide-html.ts',
  './base-path-links.ts',
  '../mdx/html.ts',
  '../mdx/markup.ts',
  '../mdx/callout-types.ts',
  '../mdx/prop-error.ts',
  '../ui-strings/index.ts',
  '../ui-strings/en.json',
];
export const DRAWING_PACKAGES = ['satteri', '@astrojs/markdown-satteri'];

/** The installed version of a package, from the package.json above its entry point. */
export function packageVersion(name: string): string {
  const entry = createRequire(import.meta.url).resolve(name);
  let folder = dirname(entry);
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (found === name) return String(version);
    }
    if (dirname(folder) === folder) throw new Error(`No package.json names ${name} above ${entry}`);
    folder = dirname(folder);
  }
}

/** A key for what, besides the guide itself, its HTML depends on. */
export function drawingKey(inputs: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(inputs));
  for (const file of DRAWING_CODE) hash.update(readFileSync(new URL(file, import.meta.url)));
  for (const name of DRAWING_PACKAGES) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex').slice(0, 16);
}

type Entry = { id: string; digest?: string | number; filePath?: string; body?: string; rendered?: { metadata?: Record<string, unknown> } };

/** The file holding an entry's HTML, when it was made as the content loaded. */
export const madeGuideHtmlFile = (entry: Entry) => entry.rendered?.metadata?.htmlFile as string | undefined;

/** The guide file an entry made as the content loaded was made from (its MDX is read from there). */
const madeGuideSourceFile = (entry: Entry) => entry.rendered?.metadata?.sourceFile as string | undefined;

/** Where kept guides' HTML goes, under `cacheDir`; `root` is the project's, which entries' file paths are relative to. */
export function guideHtmlCache(cacheDir: URL, root: URL, key: string) {
  const folder = fileURLToPath(new URL('guide-html/', cacheDir));
  const fileFor = (digest: string) => join(folder, `${key}-${digest}.html`);
  // Written side by side while the next guides are made: one at a time, the writes took 0.8 s at 500 guides.
  const writing: Promise<void>[] = [];
  return {
    /** Keeps a guide's HTML (once `written` resolves); returns what the content entry carries instead. */
    keep(digest: string, html: string, sourceFile: string): MadeHtml {
      if (writing.length === 0) mkdirSync(folder, { recursive: true });
      const htmlFile = fileFor(digest);
      const write = writeFile(htmlFile, html);
      write.catch(() => undefined); // reported by `written`, and not as unhandled if the load stops first
      writing.push(write);
      return { htmlFile, sourceFile };
    },
    /** Resolves when every guide kept so far is in its file; fails if one could not be written. */
    written: () => Promise.all(writing),
    /** Whether a kept entry's HTML is still what its guide would be made into now. */
    isCurrent(entry: Entry): boolean {
      const file = madeGuideHtmlFile(entry);
      const source = madeGuideSourceFile(entry);
      return (
        file !== undefined &&
        entry.digest !== undefined &&
        file === fileFor(String(entry.digest)) &&
        existsSync(file) &&
        entry.filePath !== undefined &&
        source === fileURLToPath(new URL(entry.filePath, root))
      );
    },
    /** Removes the files no entry uses any more. */
    prune(entries: Iterable<Entry>): void {
      if (!existsSync(folder)) return;
      const used = new Set([...entries].map(madeGuideHtmlFile));
      for (const name of readdirSync(folder)) if (!used.has(join(folder, name))) rmSync(join(folder, name), { force: true });
    },
  };
}

/** A guide's HTML when it was made as the content loaded; undefined when it is left to Astro's MDX build. */
export function madeGuideHtml(entry: Entry): string | undefined {
  const file = madeGuideHtmlFile(entry);
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `${file} is missing. It holds the HTML of guide "${entry.id}" and was there when the content loaded. Delete the build cache (SITE_CACHE_DIR, or node_modules/.astro) and build again.`,
    );
  }
}

/**
 * A guide's MDX without its frontmatter, as Astro gives it in `body`: from the store for a guide left to
 * Astro's MDX build, from the guide's own file for one made into HTML.
 */
export function guideBody(entry: Entry): string {
  const source = madeGuideSourceFile(entry);
  if (entry.body !== undefined || source === undefined) return entry.body ?? '';
  return readFileSync(source, 'utf8').replace(FRONTMATTER, '').trim();
}

/** Astro's own pattern for a frontmatter block (which may follow blank lines or a byte-order mark). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---[\s\S]*?\n---/;
