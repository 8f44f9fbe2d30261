import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { previousContentReport } from '../../checks/content-report';
import { formatRun } from '../../checks/reporter';
import { runChecks } from '../../checks/runner';
import type { Problem } from '../../schemas/problem';
import type { CommandContext } from '../main';
import { unknownOptions } from '../options';
import { PACKAGE_ROOT, requireSiteYaml, trustFolders } from '../trust';

/**
 * The checks name files from the package's root (central files, and site.yaml, read from there) or
 * from the current folder (the trust's own): each problem is named from the trust's repository, and
 * marked central when its file is not one of the trust's.
 */
function fromTrust(problem: Problem, trust: string): { problem: Problem; central: boolean } {
  const installed = join(trust, 'node_modules') + sep;
  for (const base of [trust, PACKAGE_ROOT]) {
    const file = resolve(base, problem.file);
    if (file.startsWith(trust + sep) && !file.startsWith(installed) && existsSync(file)) {
      return { problem: { ...problem, file: relative(trust, file).replaceAll('\\', '/') }, central: false };
    }
  }
  const central = relative(trust, resolve(PACKAGE_ROOT, problem.file)).replaceAll('\\', '/');
  return { problem: { ...problem, file: central }, central: true };
}

/**
 * `check [--strict] [--quiet]`: the content checks on the trust's files over the installed release.
 * Exit 1 on an error; with --strict (for CI) on a warning too, so an update whose central changes
 * touch the trust's copies is looked at before it is merged.
 */
export function checkCommand({ args, cwd, print }: CommandContext): number {
  const unknown = unknownOptions(args, ['--strict', '--quiet']);
  if (unknown.length) {
    print(`Unknown option ${unknown.join(', ')}. Usage: npx cyber-pocket-guide check [--strict] [--quiet]`);
    return 2;
  }
  const missing = requireSiteYaml(cwd);
  if (missing) {
    print(missing);
    return 1;
  }
  const { outDir } = trustFolders(cwd);
  const strict = args.includes('--strict');
  const checked = runChecks({ root: PACKAGE_ROOT, overlay: cwd, strict, previous: previousContentReport(outDir) });
  // Warnings and notices about the central files are upstream's to fix (its own checks list them);
  // a trust sees its own, and every error, since an error stops its build.
  const problems = checked.problems
    .map((p) => fromTrust(p, cwd))
    .filter(({ problem, central }) => !central || problem.severity === 'error')
    .map(({ problem }) => problem);
  print(formatRun({ ...checked, problems }, { readability: !args.includes('--quiet') }));
  const failing = problems.filter((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
  return failing.length ? 1 : 0;
}
