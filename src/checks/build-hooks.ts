import { relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../config/errors';
import type { CheckInput, CheckOutcome } from './check-outcome';
import { writeContentReportFiles } from './content-report';
import { formatProblem, tally } from './reporter';

// The build starts the checks as soon as its configuration is known and reads their outcome before
// any page is made. Meanwhile Astro loads the content, on the other core. The content loaders find
// the running checks here (they are loaded apart from the integration, so a module variable would
// not do), and when the content fails to load, the checks' full list is what the editor sees.
const RUNNING = Symbol.for('cyber-pocket-guide.content-checks');
type WithChecks = typeof globalThis & { [RUNNING]?: Promise<CheckOutcome> };

// Node runs no TypeScript under node_modules: a trust's copy, installed there, runs the worker that
// npm pack compiled (src/cli/pack/).
const CHECK_WORKER = import.meta.url.includes('/node_modules/')
  ? new URL('../cli/packed/check-worker.js', import.meta.url)
  : new URL('./check-worker.ts', import.meta.url);

/** Starts the content checks on a worker thread. */
export function startContentChecks(input: CheckInput): Promise<CheckOutcome> {
  const outcome = new Promise<CheckOutcome>((done, fail) => {
    const worker = new Worker(CHECK_WORKER, { workerData: input });
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) =>
      fail(new Error(`the content checks stopped (exit ${code}) before giving their results`)),
    );
  });
  (globalThis as WithChecks)[RUNNING] = outcome;
  return outcome;
}

function errorsOf(outcome: CheckOutcome): ContentError | undefined {
  const errors = outcome.problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return undefined;
  return new ContentError(errors, {
    heading: `The content checks found ${tally(outcome.problems)}:`,
    footer: 'Fix these and build again. The editors\' guide (content/README.md, "Content checks") explains each one.',
  });
}

/**
 * A content loader whose failure during a build waits for the checks and fails with their list of
 * every problem if they found any; otherwise with the loader's own error.
 */
export function preferContentCheckErrors(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        return await loader.load(context);
      } catch (error) {
        const running = (globalThis as WithChecks)[RUNNING];
        const outcome = running && (await running.catch(() => undefined));
        throw (outcome && errorsOf(outcome)) || error;
      }
    },
  };
}

/** Prints the checks' warnings, notices and summary; every error at once stops the build. */
export function reportContentChecks(outcome: CheckOutcome, logger: AstroIntegrationLogger): void {
  for (const problem of outcome.problems) {
    if (problem.severity === 'warning') logger.warn(formatProblem(problem));
    if (problem.severity === 'notice') logger.info(formatProblem(problem));
  }
  const errors = errorsOf(outcome);
  if (errors) throw errors;
  logger.info(outcome.summary);
}

/** Writes the content report beside the built site (never inside it). */
export function writeContentReportForBuild(
  outcome: CheckOutcome | undefined,
  outDir: string,
  logger: AstroIntegrationLogger,
): void {
  if (!outcome?.report) return;
  const dir = writeContentReportFiles(outcome.report, outDir);
  const c = outcome.report.changes;
  const changed = c.since
    ? `${c.added.length} added, ${c.changed.length} changed, ${c.removed.length} removed since the last build`
    : 'first report';
  logger.info(
    `${relative(process.cwd(), dir) || dir}/content.md and content.json: ${outcome.report.totals.pages} pages, ${changed}`,
  );
}
