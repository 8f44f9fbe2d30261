import type { SiteConfig } from '../schemas/site';
import type { ContentSet } from '../content/content-set';
import type { PageFacts } from './page-facts';
import type { SiteRoutes } from './site-routes';

/**
 * How serious a problem is. An error stops the build; a warning is printed and listed in the report;
 * a notice is for information (a review coming up, a related guide hidden in this copy).
 */
export type Severity = 'error' | 'warning' | 'notice';

/** One thing wrong in one place, said so an editor can act on it: `file:line — message — fix`. */
export interface Problem {
  severity: Severity;
  /** The check that found it, as named in the editors' guide, e.g. "links". */
  check: string;
  /** The file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line?: number;
  /** What is wrong. */
  message: string;
  /** How to put it right. */
  fix: string;
}

/** Settings from site.yaml `checks:` and the command line. */
export interface CheckSettings extends NonNullable<SiteConfig['checks']> {
  /** `--strict`: a review date in the past is an error, not a warning. */
  strict: boolean;
  /** The day the checks run for (review dates); today, unless a test fixes it. */
  today: Date;
}

/** What every check gets: the content as it will be published, the pages it can link to, and the settings. */
export interface CheckContext {
  content: ContentSet;
  routes: SiteRoutes;
  /** Words, sentences and reading age of every published page, measured once for the checks and the report. */
  pages: PageFacts[];
  settings: CheckSettings;
  /** The last build's pages (from its reports/content.json), when there is one: what the review check compares with. */
  previous?: {
    builtAt: string;
    pages: (Pick<PageFacts, 'path' | 'reviewed' | 'sources'> & { reviewedSources?: string[] })[];
  };
}

/** One check: a pure function from the content to the problems it finds. */
export interface Check {
  /** Short name, used in the output and the editors' guide. */
  name: string;
  run(context: CheckContext): Problem[];
}
