import type { Problem } from '../schemas/problem';
import type { SiteConfig } from '../schemas/site';
import type { ContentSet } from '../content/content-set';
import type { PageFacts } from './page-facts';
import type { SiteRoutes } from './site-routes';

/** Settings from site.yaml `checks:` and the command line. */
export interface CheckSettings extends NonNullable<SiteConfig['checks']> {
  /** `--strict`: a review date in the past, or a draft translation, is an error. */
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
