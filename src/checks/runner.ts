import { resolve } from 'node:path';
import { ContentError } from '../config/errors';
import { loadSiteConfig } from '../config/site';
import type { SiteConfig } from '../schemas/site';
import { loadContentSet, type ContentSet } from '../content/content-set';
import { pageFacts, type PageFacts } from './page-facts';
import { CHECKS } from './rules/index';
import { siteRoutes } from './site-routes';
import type { Check, CheckContext, CheckSettings } from './types';
import type { Problem, Severity } from '../schemas/problem';

export interface RunChecksOptions {
  /** The project root: the folder holding content/ (and src/). */
  root: string;
  /** The site configuration, when the caller has loaded it already (the build has). */
  site?: SiteConfig;
  /** An overlay folder (SITE_OVERLAY), relative to `root` or absolute; ignored when `site` is given. */
  overlay?: string;
  /** A review date in the past is an error, not a warning. */
  strict?: boolean;
  /** The day to check review dates against; today by default. */
  today?: Date;
  /** The checks to run; all of them by default. */
  checks?: Check[];
  /** The last build's content report, to tell which guides' sources changed since (see the review check). */
  previous?: CheckContext['previous'];
}

export interface CheckRun {
  problems: Problem[];
  /** Every published guide and checklist page with its figures; empty when site.yaml could not be read. */
  pages: PageFacts[];
  content?: ContentSet;
  settings?: CheckSettings;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Problems in reading order: by file, then line, then errors before warnings before notices. */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

const SITE_FIX = 'see "Site settings" in content/README.md';

/** site.yaml's problems as the fields check says them: where a message says no fix, the editors' guide's section. */
const asSiteProblem = (problem: Problem): Problem => ({ ...problem, check: 'fields', fix: problem.fix ?? SITE_FIX });

function siteProblems(error: unknown): Problem[] {
  if (!(error instanceof ContentError)) throw error;
  return error.problems.map(asSiteProblem);
}

/**
 * Runs every content check over the content as it will be published (the overlay applied) and returns
 * every problem at once, with the figures for each page. Nothing is thrown for a content mistake.
 */
export function runChecks(options: RunChecksOptions): CheckRun {
  let site = options.site;
  // A caller that loaded site.yaml itself has shown its warnings (the build does, at startup).
  const siteWarnings = !site;
  if (!site) {
    try {
      site = loadSiteConfig({ root: options.root, overlay: options.overlay, cwd: options.root });
    } catch (error) {
      // Nothing else can be checked without site.yaml: say what is wrong with it, and only that.
      return { problems: siteProblems(error), pages: [] };
    }
  }
  const settings: CheckSettings = {
    readingAgeMax: site.checks?.readingAgeMax ?? 11,
    longSentenceWords: site.checks?.longSentenceWords ?? 25,
    reviewSoonDays: site.checks?.reviewSoonDays ?? 30,
    strict: options.strict ?? false,
    today: options.today ?? new Date(),
  };
  const content = loadContentSet(resolve(options.root), site);
  const pages = pageFacts(content, settings.longSentenceWords);
  const context: CheckContext = { content, routes: siteRoutes(content), pages, settings, previous: options.previous };
  const warnings = siteWarnings ? site.warnings.map(asSiteProblem) : [];
  const problems = [...warnings, ...(options.checks ?? CHECKS).flatMap((check) => check.run(context))];
  return { problems: sortProblems(problems), pages, content, settings };
}
