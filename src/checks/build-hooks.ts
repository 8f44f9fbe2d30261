import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { ContentError } from '../integration/errors';
import type { SiteConfig } from '../schemas/site';
import { writeContentReport } from './content-report';
import { formatProblem, tally } from './reporter';
import { runChecks, type CheckRun } from './runner';

/**
 * Runs the content checks as the build starts. Errors stop the build with the full list; warnings
 * and notices are printed and the build goes on. The run is kept for the report written at the end.
 */
export function checkContentForBuild(site: SiteConfig, logger: AstroIntegrationLogger): CheckRun {
  const run = runChecks({ root: dirname(site.contentDir), site });
  const errors = run.problems.filter((p) => p.severity === 'error');
  for (const problem of run.problems) {
    if (problem.severity === 'warning') logger.warn(formatProblem(problem));
    if (problem.severity === 'notice') logger.info(formatProblem(problem));
  }
  if (errors.length > 0) {
    throw new ContentError(
      [`The content checks found ${tally(run.problems)}:`, ...errors.map(formatProblem), '', 'Fix these and build again. The editors\' guide (content/README.md, "Content checks") explains each one.'].join('\n'),
    );
  }
  const ages = run.pages.flatMap((p) => (p.readingAge === undefined ? [] : [p.readingAge])).sort((a, b) => a - b);
  const middle = ages.length ? ages[Math.floor(ages.length / 2)] : undefined;
  logger.info(`${tally(run.problems)} in ${run.pages.length} pages; middle reading age ${middle ?? '-'} (Flesch-Kincaid grade + 5), highest ${ages.at(-1) ?? '-'}`);
  return run;
}

/** Writes the content report beside the built site (never inside it). */
export function writeContentReportForBuild(run: CheckRun | undefined, outDir: URL | string, logger: AstroIntegrationLogger): void {
  if (!run?.content) return;
  const { dir, report } = writeContentReport(run, typeof outDir === 'string' ? outDir : fileURLToPath(outDir));
  const c = report.changes;
  const changed = c.since ? `${c.added.length} added, ${c.changed.length} changed, ${c.removed.length} removed since the last build` : 'first report';
  logger.info(`${relative(process.cwd(), dir) || dir}/content.md and content.json: ${report.totals.pages} pages, ${changed}`);
}
