import { resolve } from 'node:path';
import { previousContentReport } from './content-report';
import { formatEditorLine, formatRun } from './reporter';
import { runChecks } from './runner';

const USAGE = `Usage: npm run check -- [--strict] [--quiet] [--editor] [--overlay <folder>]
  --strict    a review date in the past, or a draft translation, is an error
  --quiet     leave out the reading age of each page
  --editor    one line per problem, starting with error, warning or notice (for VS Code's Problems panel and CI)
  --overlay   check a trust's overlay folder (the same as SITE_OVERLAY)`;

/** Runs the checks for the command line and prints the result; returns the exit code. */
export function main(
  args: string[],
  options: { root: string; overlay?: string; print?: (text: string) => void },
): number {
  const print = options.print ?? ((text: string) => console.log(text));
  const known = new Set(['--strict', '--quiet', '--editor', '--overlay', '--help']);
  const unknown = args.filter((a, i) => a.startsWith('-') && !known.has(a) && args[i - 1] !== '--overlay');
  if (args.includes('--help') || unknown.length) {
    print(unknown.length ? `Unknown option ${unknown.join(', ')}.\n${USAGE}` : USAGE);
    return unknown.length ? 2 : 0;
  }
  const overlayAt = args.indexOf('--overlay');
  const overlay = overlayAt >= 0 ? args[overlayAt + 1] : options.overlay;
  // The last build's report (beside SITE_OUT_DIR or dist/) says which sources each guide had then.
  const previous = previousContentReport(resolve(options.root, process.env.SITE_OUT_DIR || 'dist'));
  const run = runChecks({ root: options.root, overlay, strict: args.includes('--strict'), previous });
  print(
    args.includes('--editor')
      ? run.problems.map(formatEditorLine).join('\n')
      : formatRun(run, { readability: !args.includes('--quiet') }),
  );
  return run.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
