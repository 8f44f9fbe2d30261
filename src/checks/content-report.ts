import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TOPICS } from '../schemas/common';
import type { PageFacts } from './page-facts';
import { reviewedSourcesOf } from './review-sources';
import type { CheckRun } from './runner';
import { READING_AGE_FORMULA } from './text-stats';
import type { Problem } from '../schemas/problem';
import { PACKAGE_NAME, UPSTREAM_VERSION } from '../utils/upstream-version';

type ReviewStatus = 'overdue' | 'due-soon' | 'ok';

interface ReportPage extends PageFacts {
  reviewStatus: ReviewStatus;
  /** A guide's sources when its `reviewed` date was last set, as far as the reports know (see review-sources.ts). */
  reviewedSources?: string[];
}

export interface ContentReport {
  generated: string;
  builtAt: string;
  site: { name: string; organisation: string; overlay: string | null; basePath: string };
  /** The release of the guide this copy was built from, so a central team can see which copies are behind. */
  upstream: { name: string; version: string };
  readability: { formula: string; readingAgeMax: number; longSentenceWords: number; median: number | null };
  totals: {
    pages: number;
    guides: number;
    checklists: number;
    tips: number;
    scenarios: number;
    words: number;
    warnings: number;
    notices: number;
  };
  pages: ReportPage[];
  byTopic: Record<string, string[]>;
  byOwner: Record<string, string[]>;
  /** Every page's path, the review falling due soonest first. */
  byReviewDue: string[];
  /** A hash of every entry ("guides/<slug>", "tips/<id>" …), to tell what the next build changed. */
  entries: Record<string, string>;
  changes: { since: string | null; added: string[]; removed: string[]; changed: string[] };
  problems: Omit<Problem, 'check'>[];
}

const DAY = 86_400_000;
const topicOrder = (topic: string) =>
  ((TOPICS as readonly string[]).indexOf(topic) + TOPICS.length + 1) % (TOPICS.length + 1);
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function reviewStatus(page: PageFacts, today: Date, soonDays: number): ReviewStatus {
  if (!page.reviewDue) return 'ok';
  const days = (Date.parse(page.reviewDue) - Date.parse(today.toISOString().slice(0, 10))) / DAY;
  return days < 0 ? 'overdue' : days <= soonDays ? 'due-soon' : 'ok';
}

function groupBy(pages: PageFacts[], key: (page: PageFacts) => string): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const page of pages) (groups[key(page)] ??= []).push(page.path);
  return Object.fromEntries(Object.entries(groups).sort(([a], [b]) => a.localeCompare(b)));
}

function entryHashes(run: CheckRun): Record<string, string> {
  const content = run.content!;
  const entries: Record<string, string> = {};
  for (const g of content.guides) entries[`guides/${g.slug}`] = g.hash;
  for (const c of content.checklists) entries[`checklists/${c.slug}`] = c.hash;
  for (const s of content.scenarios) entries[`scenarios/${s.slug}`] = s.hash;
  for (const tips of content.tips)
    for (const tip of tips.entries) if (tip.id) entries[`tips/${tip.id}`] = hash(JSON.stringify(tip.raw));
  return Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
}

function changesSince(previous: ContentReport | undefined, entries: Record<string, string>): ContentReport['changes'] {
  if (!previous?.entries) return { since: null, added: [], removed: [], changed: [] };
  const before = previous.entries;
  return {
    since: previous.builtAt,
    added: Object.keys(entries).filter((k) => !(k in before)),
    removed: Object.keys(before).filter((k) => !(k in entries)),
    changed: Object.keys(entries).filter((k) => k in before && before[k] !== entries[k]),
  };
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return Math.round(m * 10) / 10;
};

/** The report's data, from a check run and the previous report (if any). Pure: the caller writes it. */
export function buildContentReport(run: CheckRun, previous: ContentReport | undefined, now: Date): ContentReport {
  const content = run.content!;
  const settings = run.settings!;
  const before = new Map((previous?.pages ?? []).map((page) => [page.path, page]));
  const pages = run.pages.map((page): ReportPage => {
    const reviewedSources = reviewedSourcesOf(page, before.get(page.path));
    return {
      ...page,
      reviewStatus: reviewStatus(page, settings.today, settings.reviewSoonDays),
      ...(reviewedSources ? { reviewedSources } : {}),
    };
  });
  const entries = entryHashes(run);
  const site = content.site;
  return {
    generated: 'Written by the build (src/checks/content-report.ts) beside the site, never inside it. Do not edit.',
    builtAt: now.toISOString(),
    site: {
      name: site.name,
      organisation: site.organisation,
      overlay: site.overlayDir
        ? site.overlayDir.startsWith(content.root)
          ? site.overlayDir.slice(content.root.length + 1)
          : site.overlayDir
        : null,
      basePath: site.basePath,
    },
    upstream: { name: PACKAGE_NAME, version: UPSTREAM_VERSION },
    readability: {
      formula: READING_AGE_FORMULA,
      readingAgeMax: settings.readingAgeMax,
      longSentenceWords: settings.longSentenceWords,
      median: median(pages.flatMap((p) => (p.readingAge === undefined ? [] : [p.readingAge]))),
    },
    totals: {
      pages: pages.length,
      guides: content.guides.length,
      checklists: content.checklists.length,
      tips: Object.keys(entries).filter((k) => k.startsWith('tips/')).length,
      scenarios: content.scenarios.length,
      words: pages.reduce((sum, p) => sum + p.words, 0),
      warnings: run.problems.filter((p) => p.severity === 'warning').length,
      notices: run.problems.filter((p) => p.severity === 'notice').length,
    },
    pages,
    byTopic: Object.fromEntries(
      Object.entries(groupBy(pages, (p) => p.topic ?? '(none)')).sort(([a], [b]) => topicOrder(a) - topicOrder(b)),
    ),
    byOwner: groupBy(pages, (p) => p.owner ?? '(none)'),
    byReviewDue: [...pages]
      .sort((a, b) => (a.reviewDue ?? '9999').localeCompare(b.reviewDue ?? '9999') || a.path.localeCompare(b.path))
      .map((p) => p.path),
    entries,
    changes: changesSince(previous, entries),
    problems: run.problems.map(({ check: _check, ...rest }) => rest),
  };
}

const cell = (text: string | number | undefined) => String(text ?? '').replaceAll('|', '\\|');
const STATUS: Record<ReviewStatus, string> = { overdue: 'overdue', 'due-soon': 'due soon', ok: '' };

/** The report for people: what changed, reviews, pages by topic and owner, readability, warnings. */
function contentReportMarkdown(report: ContentReport): string {
  const byPath = new Map(report.pages.map((p) => [p.path, p]));
  const row = (p: ReportPage) =>
    `| ${cell(p.title)} (${p.path}) | ${cell(p.owner)} | ${[p.reviewDue, STATUS[p.reviewStatus]].filter(Boolean).join(' ')} | ${cell(p.readingAge)} | ${p.words} |`;
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`) : ['- none']);
  const c = report.changes;
  const lines = [
    `# Content report: ${report.site.name}`,
    '',
    `Built ${report.builtAt.slice(0, 16).replace('T', ' ')} UTC for ${report.site.organisation}${report.site.overlay ? ` with the overlay ${report.site.overlay}` : ''}, from ${report.upstream.name} ${report.upstream.version}. ` +
      `${report.totals.guides} guides and ${report.totals.checklists} checklists (${report.totals.words} words), ${report.totals.tips} tips, ${report.totals.scenarios} practice scenarios.`,
    '',
    '## What changed since the last build',
    '',
    ...(c.since
      ? [
          `Compared with the build of ${c.since.slice(0, 16).replace('T', ' ')} UTC.`,
          '',
          '**Added**',
          '',
          ...list(c.added),
          '',
          '**Changed**',
          '',
          ...list(c.changed),
          '',
          '**Removed**',
          '',
          ...list(c.removed),
        ]
      : ['This is the first report here, so there is nothing to compare with.']),
    '',
    '## Reviews',
    '',
    ...list(
      report.pages
        .filter((p) => p.reviewStatus !== 'ok')
        .map((p) => `${STATUS[p.reviewStatus]}: ${p.title} (${p.path}), due ${p.reviewDue}, owner ${p.owner}`),
    ),
    '',
    '## Pages by review date',
    '',
    'Soonest first. A review date means someone checked the page against its sources on that day.',
    '',
    '| Review due | Reviewed | Page | Owner |',
    '| --- | --- | --- | --- |',
    ...(report.byReviewDue ?? [])
      .map((path) => byPath.get(path)!)
      .map(
        (p) =>
          `| ${[p.reviewDue, STATUS[p.reviewStatus]].filter(Boolean).join(' ')} | ${p.reviewed ?? ''} | ${cell(p.title)} (${p.path}) | ${cell(p.owner)} |`,
      ),
    '',
    '## Pages by topic',
    ...Object.entries(report.byTopic).flatMap(([topic, paths]) => [
      '',
      `### topic: ${topic}`,
      '',
      '| Page | Owner | Review due | Reading age | Words |',
      '| --- | --- | --- | ---: | ---: |',
      ...paths.map((path) => row(byPath.get(path)!)),
    ]),
    '',
    '## Pages by owner',
    ...Object.entries(report.byOwner).flatMap(([owner, paths]) => [
      '',
      `### ${owner}`,
      '',
      ...paths.map((path) => `- ${byPath.get(path)!.title} (${path}), review due ${byPath.get(path)!.reviewDue}`),
    ]),
    '',
    '## Readability',
    '',
    `${report.readability.formula}. A page above ${report.readability.readingAgeMax} gets a warning; the median is ${report.readability.median ?? 'not known'}.`,
    '',
    '| Reading age | Words | Sentences | Longest sentences | Page |',
    '| ---: | ---: | ---: | --- | --- |',
    ...[...report.pages]
      .sort((a, b) => (b.readingAge ?? 0) - (a.readingAge ?? 0))
      .map(
        (p) =>
          `| ${cell(p.readingAge)} | ${p.words} | ${p.sentences} | ${p.longSentences.map((s) => `line ${s.line} (${s.words} words)`).join(', ')} | ${cell(p.title)} (${p.path}) |`,
      ),
    '',
    '## Warnings and notices',
    '',
    ...list(
      report.problems.map((p) => `${p.severity}: ${p.file}${p.line ? `:${p.line}` : ''} — ${p.message} — ${p.fix}`),
    ),
    '',
  ];
  return lines.join('\n');
}

/** Where the report goes: a reports/ folder beside the built site, so nothing in it is published. */
const reportDirFor = (outDir: string) => resolve(outDir, '..', 'reports');

/** The report of the last build beside `outDir`, if there is one that can be read. */
export function previousContentReport(outDir: string): ContentReport | undefined {
  const jsonFile = join(reportDirFor(outDir), 'content.json');
  try {
    return existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as ContentReport) : undefined;
  } catch {
    return undefined; // a damaged report is replaced, not a reason to fail the build
  }
}

/** Writes a report as reports/content.json and reports/content.md beside `outDir`; returns the folder. */
export function writeContentReportFiles(report: ContentReport, outDir: string): string {
  const dir = reportDirFor(outDir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'content.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'content.md'), contentReportMarkdown(report));
  return dir;
}

/** Writes reports/content.json and reports/content.md beside `outDir`, comparing with the last report there. */
export function writeContentReport(
  run: CheckRun,
  outDir: string,
  now = new Date(),
): { dir: string; report: ContentReport } {
  const report = buildContentReport(run, previousContentReport(outDir), now);
  return { dir: writeContentReportFiles(report, outDir), report };
}
