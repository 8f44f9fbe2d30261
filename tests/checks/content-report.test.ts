import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { writeContentReport, type ContentReport } from '../../src/checks/content-report';
import { headingIds } from '../../src/content/mdx-tree';
import { runChecks } from '../../src/checks/runner';
import { buildSite, ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';

const reportBeside = (siteDir: string) => resolve(siteDir, '..', 'reports');
const readReport = (siteDir: string) =>
  JSON.parse(readFileSync(join(reportBeside(siteDir), 'content.json'), 'utf8')) as ContentReport;
const builtPages = (siteDir: string) =>
  siteFiles(siteDir)
    .filter((f) => /^(guides|checklists)\/[^/]+\/index\.html$/.test(f))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();

describe('the content report, written by the build', () => {
  it('is beside the built site, never inside it, and lists every guide and checklist page', () => {
    const siteDir = inject('siteDir');
    const report = readReport(siteDir);
    expect(siteFiles(siteDir).filter((f) => /reports|content\.(json|md)$/.test(f))).toEqual([]);
    expect(report.pages.map((p) => p.path).sort()).toEqual(builtPages(siteDir));
    const markdown = readFileSync(join(reportBeside(siteDir), 'content.md'), 'utf8');
    for (const page of report.pages) {
      expect(markdown, page.path).toContain(`${page.title} (${page.path})`);
      expect(page.words, page.path).toBeGreaterThan(0);
      expect(page.readingAge, page.path).toBeGreaterThan(0);
      expect(page.owner, page.path).toBeTruthy();
      expect(page.reviewDue, page.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // By topic and by owner, between them, every page once.
    expect(Object.values(report.byTopic).flat().sort()).toEqual(builtPages(siteDir));
    expect(Object.values(report.byOwner).flat().sort()).toEqual(builtPages(siteDir));
    expect(markdown).toContain('reading age = Flesch-Kincaid grade + 5');
  });

  it("lists the example trust's own pages and leaves out the one it hides", () => {
    const siteDir = inject('exampleSiteDir');
    const report = readReport(siteDir);
    expect(report.site.overlay).toBe('examples/northshire');
    expect(report.pages.map((p) => p.path).sort()).toEqual(builtPages(siteDir));
    expect(report.pages.find((p) => p.slug === 'downtime-boxes')).toMatchObject({
      layer: 'overlay',
      owner: 'Northshire emergency planning team',
    });
    expect(report.pages.map((p) => p.slug)).not.toContain('ai-chatbots-and-online-tools');
  });

  it('says what was added, changed and removed since the last report', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'content-report-')), 'dist');
    const first = writeContentReport(runChecks({ root: ROOT }), outDir, new Date('2026-12-01T09:00:00Z')).report;
    expect(first.changes).toEqual({ since: null, added: [], removed: [], changed: [] });
    const second = writeContentReport(
      runChecks({ root: ROOT, overlay: 'examples/northshire' }),
      outDir,
      new Date('2026-12-02T09:00:00Z'),
    ).report;
    expect(second.changes).toEqual({
      since: '2026-12-01T09:00:00.000Z',
      added: ['guides/downtime-boxes', 'guides/lost-smartcard'],
      removed: ['guides/ai-chatbots-and-online-tools'],
      changed: ['guides/systems-are-down'],
    });
    const markdown = readFileSync(join(outDir, '..', 'reports', 'content.md'), 'utf8');
    expect(markdown).toMatch(
      /\*\*Added\*\*\n\n- guides\/downtime-boxes\n- guides\/lost-smartcard\n\n\*\*Changed\*\*\n\n- guides\/systems-are-down\n\n\*\*Removed\*\*\n\n- guides\/ai-chatbots-and-online-tools/,
    );
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('the build runs the content checks', () => {
  it('stops with every error at once, each as file:line — problem — fix', { timeout: 600_000 }, async () => {
    const result = await buildSite({ overlay: resolve(ROOT, 'tests/fixtures/content-checks/build-stops') });
    expect(result.code).not.toBe(0);
    const file = 'tests/fixtures/content-checks/build-stops/guides/build-stops.mdx';
    expect(result.output).toContain('The content checks found 4 errors');
    expect(result.output).toContain(
      'tests/fixtures/content-checks/build-stops/help.yaml:3 — hide: "lost-a-device/smartcard" is not a page of the helper — did you mean "lost-a-device/smartcard-or-badge"? Or write the page\'s address as it follows /help/ in the browser, like "lost-a-device/work-device", or "/" for the first question',
    );
    expect(result.output).toContain(
      `${file}:16 — the link /guides/thre-random-words/ goes to a page that does not exist — did you mean /guides/three-random-words/?`,
    );
    expect(result.output).toContain(
      `${file}:18 — <iframe> is not allowed in content — remove it and link to the page instead, like [what it is](https://…)`,
    );
    expect(result.output).toContain(
      `${file}:20 — the link http://www.ncsc.gov.uk/ is not secure (http:) — use its https:// address, https://www.ncsc.gov.uk/; if the site has none, link to another source`,
    );
    // Stopped before any page was made, and so before any report.
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
    expect(existsSync(reportBeside(result.outDir))).toBe(false);
  });

  // The checks run on a thread beside the content loading. A guide whose fields are wrong stops the
  // loading first, and the build then waits for the checks and gives their whole list.
  it('gives the same list when a guide also fails to load', { timeout: 600_000 }, async () => {
    const result = await buildSite({ overlay: resolve(ROOT, 'tests/fixtures/content-checks/loader-fails') });
    expect(result.code).not.toBe(0);
    const file = 'tests/fixtures/content-checks/loader-fails/guides/loader-fails.mdx';
    expect(result.output).toContain('The content checks found 3 errors');
    expect(result.output).toContain(`${file}:4 — topic:`);
    expect(result.output).toContain(
      `${file}:16 — <Callout> type is "loud" — use type="info", type="warning" or type="urgent"`,
    );
    expect(result.output).toContain(
      `${file}:18 — <DoDont> has no dont — use a list of sentences in double quotes, like dont={["Reply with your password"]}`,
    );
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  it('checks #anchor links against the same heading ids the build gives', () => {
    const siteDir = inject('siteDir');
    const { content } = runChecks({ root: ROOT });
    for (const guide of content!.guides) {
      const html = readFileSync(join(siteDir, 'guides', guide.slug, 'index.html'), 'utf8');
      const built = [...html.matchAll(/<h[2-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(headingIds(guide.tree!), guide.slug).toEqual(built);
    }
    expect(readdirSync(join(siteDir, 'guides')).length).toBe(content!.guides.length);
  });
});
