import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContentReport, writeContentReport } from '../../src/checks/content-report';
import { main } from '../../src/checks/main';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

const TODAY = new Date('2026-12-02T00:00:00Z');
const OLD = 'https://www.ncsc.gov.uk/guidance/phishing';
const NEW = 'https://www.ncsc.gov.uk/collection/phishing-scams';

/** A trust overlay in a temporary folder with one guide, written with these sources and review date. */
function overlayWith(dir: string, sources: string[], reviewed: string): string {
  mkdirSync(join(dir, 'guides'), { recursive: true });
  const file = join(dir, 'guides', 'reviewed-page.mdx');
  writeFileSync(
    file,
    `---\ntitle: A page with sources\nsummary: A small page whose sources change between two builds.\ntopic: email-and-phishing\nkeywords: [test]\nreviewed: ${reviewed}\nreviewDue: 2027-11-01\nowner: Web team\nsources:\n${sources.map((url) => `  - title: NCSC\n    url: ${url}\n`).join('')}---\n\n## What to do\n\nReport the email with the button.\n`,
  );
  return relative(ROOT, file);
}

const reviewWarnings = (problems: ReturnType<typeof runChecks>['problems']) =>
  problems.filter((p) => p.check === 'review' && p.message.includes('new sources')).map(formatProblem);

describe('a guide whose sources changed without a new review date', () => {
  const savedOutDir = process.env.SITE_OUT_DIR;
  afterEach(() => {
    if (savedOutDir === undefined) delete process.env.SITE_OUT_DIR;
    else process.env.SITE_OUT_DIR = savedOutDir;
  });

  it('is a warning naming the reviewed line, the change and the owner; a new review date clears it', () => {
    const overlay = mkdtempSync(join(tmpdir(), 'review-sources-'));
    const file = overlayWith(overlay, [OLD], '2026-11-01');
    const first = buildContentReport(
      runChecks({ root: ROOT, overlay, today: TODAY }),
      undefined,
      new Date('2026-12-01T09:00:00Z'),
    );
    // The report lists every page by review date, soonest first.
    const due = first.byReviewDue.map((path) => first.pages.find((p) => p.path === path)!.reviewDue!);
    expect(first.byReviewDue).toHaveLength(first.pages.length);
    expect(due).toEqual([...due].sort());
    // The report records each guide's sources and review date, for the next build to compare with.
    expect(first.pages.find((p) => p.slug === 'reviewed-page')).toMatchObject({
      reviewed: '2026-11-01',
      sources: [OLD],
    });

    overlayWith(overlay, [OLD, NEW], '2026-11-01');
    expect(reviewWarnings(runChecks({ root: ROOT, overlay, today: TODAY, previous: first }).problems)).toEqual([
      `${file}:6 — "A page with sources" has had new sources since it was reviewed on 2026-11-01 (added ${NEW}) — ask Web team to check the page against its sources, then set reviewed to the day they did`,
    ]);
    // The next build still says so: the report carries the sources the page was reviewed against.
    const second = buildContentReport(
      runChecks({ root: ROOT, overlay, today: TODAY, previous: first }),
      first,
      new Date('2026-12-01T10:00:00Z'),
    );
    expect(second.pages.find((p) => p.slug === 'reviewed-page')).toMatchObject({
      sources: [OLD, NEW],
      reviewedSources: [OLD],
    });
    expect(reviewWarnings(runChecks({ root: ROOT, overlay, today: TODAY, previous: second }).problems)).toHaveLength(1);

    overlayWith(overlay, [NEW], '2026-11-01');
    expect(reviewWarnings(runChecks({ root: ROOT, overlay, today: TODAY, previous: first }).problems)[0]).toContain(
      `(added ${NEW}; removed ${OLD})`,
    );

    overlayWith(overlay, [OLD, NEW], '2026-12-02');
    expect(reviewWarnings(runChecks({ root: ROOT, overlay, today: TODAY, previous: first }).problems)).toEqual([]);
    expect(reviewWarnings(runChecks({ root: ROOT, overlay, today: TODAY, previous: second }).problems)).toEqual([]);
    // Without a previous report there is nothing to compare with, and nothing is said.
    overlayWith(overlay, [OLD, NEW], '2026-11-01');
    expect(reviewWarnings(runChecks({ root: ROOT, overlay, today: TODAY }).problems)).toEqual([]);
  });

  it("reaches `npm run check`, which reads the last build's report beside SITE_OUT_DIR", () => {
    const overlay = mkdtempSync(join(tmpdir(), 'review-sources-'));
    const outDir = join(mkdtempSync(join(tmpdir(), 'review-sources-out-')), 'dist');
    const file = overlayWith(overlay, [OLD], '2026-11-01');
    writeContentReport(runChecks({ root: ROOT, overlay, today: TODAY }), outDir, new Date('2026-12-01T09:00:00Z'));
    overlayWith(overlay, [NEW], '2026-11-01');
    process.env.SITE_OUT_DIR = outDir;
    let printed = '';
    expect(main(['--overlay', overlay, '--editor'], { root: ROOT, print: (text) => (printed += text) })).toBe(0);
    expect(printed).toContain(`warning ${file}:6`);
    expect(printed).toContain('has had new sources since it was reviewed on 2026-11-01');
  });
});
