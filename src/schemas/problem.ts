/**
 * How serious a problem is. An error stops the build; a warning is printed and listed in the report;
 * a notice is for information (a review coming up, a related guide hidden in this copy).
 */
export type Severity = 'error' | 'warning' | 'notice';

/**
 * One thing wrong in one place, as data: every loader, check and the helper give these, and the
 * reporter (src/checks/reporter.ts) and the build's ContentError turn them into text, one way:
 * `file:line — field: what is wrong — how to fix it`.
 */
export interface Problem {
  severity: Severity;
  /** The check that found it, as named in the editors' guide, e.g. "links". */
  check?: string;
  /** The file, relative to the project root, with forward slashes (or a setting, like SITE_BASE_PATH). */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line?: number;
  /** The field it is about, as written in the file (`contacts.serviceDesk.phone`), when there is one. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** How to put it right, when the message does not say it already. */
  fix?: string;
}

/** A problem as one line: `file:line — field: what is wrong — how to fix it`. The one text form of a problem. */
export function problemLine(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const what = problem.field === undefined ? problem.message : `${problem.field}: ${problem.message}`;
  return problem.fix ? `${where} — ${what} — ${problem.fix}` : `${where} — ${what}`;
}
