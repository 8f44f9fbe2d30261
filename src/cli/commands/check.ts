import { relative, resolve, sep } from 'node:path';
import { previousContentReport } from '../../checks/content-report';
import { formatRun } from '../../checks/reporter';
import { runChecks } from '../../checks/runner';
import type { Problem } from '../../checks/types';
import type { CommandContext } from '../main';
import { unknownOptions } from '../options';
import { PACKAGE_ROOT, requireSiteYaml, trustFolders } from '../trust';

/**
 * Files the checks name from the package's root (site.yaml is read from there) are named from the
 * trust's repository instead, where the trust's own files are.
 */
function fromTrust(problem: Problem, trust: string): Problem {
  const file = resolve(PACKAGE_ROOT, problem.file);
  return file.startsWith(trust + sep) ? { ...problem, file: relative(trust, file).replaceAll('\\', '/') } : problem;
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
  const central = (p: Problem) => p.severity !== 'error' && resolve(cwd, p.file).startsWith(PACKAGE_ROOT);
  const problems = checked.problems.filter((p) => !central(p)).map((p) => fromTrust(p, cwd));
  print(formatRun({ ...checked, problems }, { readability: !args.includes('--quiet') }));
  const failing = problems.filter((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
  return failing.length ? 1 : 0;
}
