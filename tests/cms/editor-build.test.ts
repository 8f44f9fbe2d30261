// The editor is built and served apart from the site: its own folder, its own headers, nothing from
// other hosts, and the site's dist/ (what the offline copy precaches) has no trace of it.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildEditor } from '../../src/cms/build';
import { editorDeployFiles } from '../../src/cms/deploy-files';
import { serveEditor } from '../../src/cms/serve';
import { launchBrowser, watchProblems } from '../helpers/browser';
import { ROOT } from '../helpers/build';

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
const fingerprint = (dir: string) =>
  filesIn(dir).map(
    (f) =>
      `${f} ${createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex')}`,
  );

const env = { CMS_BACKEND: 'github', CMS_REPO: 'example-trust/cyber-pocket-guide' };
let out: string;
let server: Server;
let siteBefore: string[];

beforeAll(async () => {
  siteBefore = fingerprint(inject('siteDir'));
  out = mkdtempSync(join(tmpdir(), 'cyber-guide-editor-'));
  await buildEditor({ ...env, CMS_OUT: out });
  server = await serveEditor(out, 0, env);
}, 120_000);

afterAll(() => {
  server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the browser editor, built apart from the site', () => {
  it('has hosting files in deploy/editor/ that are exactly what headers.ts makes', () => {
    for (const file of editorDeployFiles())
      expect(readFileSync(join(ROOT, file.path), 'utf8'), `${file.path} is out of date: run npm run cms:config`).toBe(
        file.contents,
      );
  });

  it('is its own folder of page, script, Sveltia and fonts, with no address of a CDN left in it', () => {
    expect(filesIn(out)).toEqual([
      'chunks/react-dom.js',
      'editor.js',
      'fonts/material-symbols-outlined-latin-wght-normal.woff2',
      'fonts/noto-mono-latin-400-normal.woff2',
      'fonts/source-sans-3-latin-wght-normal.woff2',
      'index.html',
      'sveltia-cms.mjs',
    ]);
    expect(readFileSync(join(out, 'sveltia-cms.mjs'), 'utf8')).not.toContain('cdn.jsdelivr.net/fontsource');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toMatch(/https?:\/\//);
  });

  it("leaves the site's dist/ as it was: no editor file in it, nothing for the offline copy to precache", () => {
    const site = inject('siteDir');
    expect(fingerprint(site)).toEqual(siteBefore);
    const names = filesIn(site);
    expect(names.filter((f) => /sveltia|dist-cms|editor\.js|\.woff2$/i.test(f))).toEqual([]);
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/sveltia|editor\.js|dist-cms/i);
    expect(relative(ROOT, out).startsWith('dist')).toBe(false);
  });

  it('opens in Chromium under its policy with no CSP violation, no error and no request to another host', async () => {
    const { port } = server.address() as { port: number };
    const origin = `http://127.0.0.1:${port}`;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems = watchProblems(page, origin);
      const response = await page.goto(`${origin}/`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByRole('button', { name: 'Sign In Using Access Token' }).waitFor({ timeout: 60_000 });
      // On localhost it also offers the folder on this computer (what `npm run cms` is for).
      await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      // The icon font came from the editor's own folder (the icons are text ligatures without it).
      expect(await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"', 'add'))).toBe(true);
      expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
    } finally {
      await browser.close();
    }
  });
});
