import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Quiet, for a shared CI machine: no background downloads, no GPU, no sandbox (CI runs as root).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium's path. Fails with the install command where it is missing; never skips. */
function installedChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  return CHROMIUM;
}

/** Debian's Chromium, headless. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: installedChromium(), args: [...CHROMIUM_ARGS, '--disable-dev-shm-usage'] });
}

/** A persistent profile, for tests where the service worker must survive a browser restart. */
export async function launchPersistent(
  userDataDir = mkdtempSync(join(tmpdir(), 'cyber-guide-profile-')),
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: installedChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/** Watches a page for console errors, CSP violations and any request that leaves the site's origin. */
export function watchProblems(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (/Content.Security.Policy|Refused to/i.test(text)) problems.cspViolations.push(text);
    else problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  return problems;
}

/** Pages of a built site: every index.html, as URL paths under the base path. */
export function pagePaths(files: string[], basePath: string): string[] {
  return files
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${basePath}${f.replace(/index\.html$/, '')}`)
    .sort();
}

/**
 * The first page of each kind: "guides/x/" and "guides/y/" are one kind, "help/a/b/" another. For a
 * second copy of the same site (under a sub-path), whose pages differ from the first only in their links.
 */
export function onePerKind(paths: string[], basePath: string): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const parts = path.slice(basePath.length).split('/').filter(Boolean);
    const kind = `${parts[0] ?? ''}/${parts.length}`;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
