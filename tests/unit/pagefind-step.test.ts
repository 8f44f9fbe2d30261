import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILD_STEPS } from '../../src/build-steps/index';
import { pagefindStep, UNUSED_BUNDLE_FILE } from '../../src/build-steps/pagefind';
import { loadSiteConfig } from '../../src/config/site';
import { ROOT } from '../helpers/build';

const site = loadSiteConfig({ root: ROOT });
const messages: string[] = [];
const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) } as never;

const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><nav>Menu</nav>${body}</body></html>`;

/** A small built site in a temporary folder. */
function builtFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-step-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('the search index step (Pagefind)', () => {
  it('runs before the service worker, so the offline copy holds the index', () => {
    const worker = BUILD_STEPS.find((s) => s.name === 'service worker')!;
    expect(pagefindStep.order).toBeLessThan(worker.order);
    expect(BUILD_STEPS).toContain(pagefindStep);
  });

  it('indexes only the pages that mark their content, and keeps only the bundle files a page loads', async () => {
    const dir = builtFolder({
      'index.html': page('<main><h1>Home</h1><p>Welcome, no index here.</p></main>'),
      'guides/a/index.html': page(
        '<main><div data-pagefind-body data-pagefind-meta="type:guide"><h1>Passwords</h1><p>Use three random words.</p><div data-pagefind-ignore>Secret mock scam text</div></div></main>',
      ),
      'guides/b/index.html': page(
        '<main><div data-pagefind-body data-pagefind-filter="topic:Email"><h1>Phishing</h1><p>Report the email.</p></div></main>',
      ),
    });
    messages.length = 0;
    await pagefindStep.run({ site, outDir: dir, logger });
    const folder = join(dir, 'pagefind');
    const files = readdirSync(folder);
    expect(files).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'index', 'fragment', 'filter']),
    );
    expect(files.filter((f) => UNUSED_BUNDLE_FILE.test(f))).toEqual([]);
    expect(
      files.some(
        (f) => /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(f) || f === 'wasm.unknown.pagefind',
      ),
    ).toBe(false);
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(2);
    expect(messages).toContain('read 3 pages, and indexed those marked data-pagefind-body');
    // A fragment holds what a result shows: the page's address without the base path (the browser adds
    // it: baseUrl), and no ignored text. Pagefind's files are gzip, with a signature before the JSON.
    const fragments = readdirSync(join(folder, 'fragment')).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(folder, 'fragment', f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string },
    );
    expect(fragments.map((f) => f.url).sort()).toEqual(['/guides/a/', '/guides/b/']);
    expect(fragments.map((f) => f.content).join(' ')).not.toContain('Secret mock scam text');
  });

  it('fails loudly, naming Pagefind and the folder, when it finds no pages to index', async () => {
    const dir = builtFolder({ 'robots.txt': 'User-agent: *' });
    await expect(pagefindStep.run({ site, outDir: dir, logger })).rejects.toThrow(
      `Pagefind could not index ${dir}:\n  no HTML pages found`,
    );
  });

  it('writes the index again from scratch, leaving nothing of an earlier build', async () => {
    const dir = builtFolder({ 'guides/a/index.html': page('<main data-pagefind-body><h1>A</h1><p>Text.</p></main>') });
    mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind', 'fragment', 'old.pf_fragment'), 'old');
    await pagefindStep.run({ site, outDir: dir, logger });
    expect(existsSync(join(dir, 'pagefind', 'fragment', 'old.pf_fragment'))).toBe(false);
  });
});
