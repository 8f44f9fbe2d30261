import type { SiteConfig } from '../schemas/site';
import { buildContentReport, previousContentReport, type ContentReport } from './content-report';
import { tally } from './reporter';
import { runChecks } from './runner';
import type { Problem } from '../schemas/problem';

/** What a build needs from the content checks: plain data, so it can come back from a worker thread. */
export interface CheckOutcome {
  problems: Problem[];
  /** "0 errors, 1 warning, 0 notices in 44 pages; middle reading age 9.2 …" */
  summary: string;
  /** The content report, compared with the last build's; written once the build has finished. */
  report?: ContentReport;
}

export interface CheckInput {
  /** The project root (the folder holding content/). */
  root: string;
  site: SiteConfig;
  /** Where the site is being built: the last content report is beside it. */
  outDir: string;
}

/** Runs every content check for a build and makes the content report. */
export function checkOutcome({ root, site, outDir }: CheckInput, now = new Date()): CheckOutcome {
  const previous = previousContentReport(outDir);
  const run = runChecks({ root, site, previous });
  const ages = run.pages.flatMap((p) => (p.readingAge === undefined ? [] : [p.readingAge])).sort((a, b) => a - b);
  const middle = ages.length ? ages[Math.floor(ages.length / 2)] : undefined;
  return {
    problems: run.problems,
    summary: `${tally(run.problems)} in ${run.pages.length} pages; middle reading age ${middle ?? '-'} (Flesch-Kincaid grade + 5), highest ${ages.at(-1) ?? '-'}`,
    report: run.content ? buildContentReport(run, previous, now) : undefined,
  };
}
