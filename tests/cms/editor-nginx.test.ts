// The browser editor as a trust hosts it: built for GitHub and for GitLab, served by Debian's nginx
// with the committed deploy/editor/nginx-*.conf (only its port, TLS and root changed for a test
// machine), and opened in Chromium. The headers arrive exactly as headers.ts designs them, on every
// file, and the editor starts under them with no CSP violation, no error and no request elsewhere.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendKind } from '../../src/cms/backend';
import { buildEditor } from '../../src/cms/build';
import { hostedEditorHeaders } from '../../src/cms/deploy-files';
import { editorPolicy } from '../../src/cms/headers';
import { launchBrowser, watchProblems } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { freePort, localEditorConfig, NginxServer } from '../hosting/nginx';

const KINDS = ['github', 'gitlab'] as const satisfies BackendKind[];

/** What each file of the built editor must be sent as: with nosniff, a script or font of another type is refused. */
const TYPES: [RegExp, string][] = [
  [/\.html$/, 'text/html'],
  [/\.m?js$/, 'text/javascript'],
  [/\.woff2$/, 'font/woff2'],
];

/** Records CSP violations in the page itself, from before its first script runs. */
const CSP_RECORDER = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
};

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();

const served = new Map<BackendKind, { origin: string; dir: string }>();
let nginx: NginxServer;
let browser: Browser;

beforeAll(async () => {
  const servers: string[] = [];
  const ports: number[] = [];
  for (const kind of KINDS) {
    const dir = mkdtempSync(join(tmpdir(), `cyber-guide-editor-${kind}-`));
    await buildEditor({ CMS_BACKEND: kind, CMS_REPO: 'example-trust/cyber-pocket-guide', CMS_OUT: dir });
    const port = await freePort();
    servers.push(localEditorConfig(readFileSync(join(ROOT, `deploy/editor/nginx-${kind}.conf`), 'utf8'), port, dir));
    ports.push(port);
    served.set(kind, { origin: `http://127.0.0.1:${port}`, dir });
  }
  nginx = await new NginxServer(servers.join('\n'), ports).start();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  for (const { dir } of served.values()) rmSync(dir, { recursive: true, force: true });
  if (nginx) rmSync(nginx.prefix, { recursive: true, force: true });
});

describe.each(KINDS)('the editor for %s, served by nginx with its deploy/editor/ config', (kind) => {
  it('sends every header headers.ts designs, on every file, the page and a missing file', async () => {
    const { origin, dir } = served.get(kind)!;
    const paths = ['/', ...filesIn(dir).map((f) => `/${f}`), '/no-such-file.js'];
    expect(paths.length).toBeGreaterThanOrEqual(8);
    for (const path of paths) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(path === '/no-such-file.js' ? 404 : 200);
      for (const [name, value] of Object.entries(hostedEditorHeaders(kind)))
        expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
    }
  });

  it('sends each file as its own type, which nosniff holds it to', async () => {
    const { origin, dir } = served.get(kind)!;
    for (const file of filesIn(dir)) {
      const type = TYPES.find(([pattern]) => pattern.test(file))?.[1];
      expect(type, `a type for ${file}`).toBeDefined();
      expect((await fetch(`${origin}/${file}`)).headers.get('content-type'), file).toMatch(new RegExp(`^${type}\\b`));
    }
  });

  it('starts in Chromium under that policy: no CSP violation, no error, no request to another host', async () => {
    const { origin } = served.get(kind)!;
    const context = await browser.newContext();
    try {
      await context.addInitScript(CSP_RECORDER);
      const page = await context.newPage();
      const problems = watchProblems(page, origin);
      const response = await page.goto(`${origin}/`);
      expect(response?.headers()['content-security-policy']).toBe(editorPolicy(kind));
      await page.getByRole('button', { name: 'Sign In Using Access Token' }).waitFor({ timeout: 60_000 });
      await page.evaluate(() => document.fonts.ready);
      // The icon font came through nginx as font/woff2 (the icons are text ligatures without it).
      expect(await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"', 'add'))).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual(
        [],
      );
      expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });
});
