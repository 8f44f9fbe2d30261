// What the browser editor can still do to a guide, and how `npm run check` says so: file, line, fix.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

const FIXTURES = 'tests/fixtures/content-checks';

function errorsIn(fixture: string): string[] {
  const run = runChecks({ root: ROOT, overlay: `${FIXTURES}/${fixture}`, today: new Date('2026-12-01T00:00:00Z') });
  return run.problems
    .filter((p) => p.severity === 'error' && p.file.startsWith(`${FIXTURES}/${fixture}/`))
    .map(formatProblem);
}

describe("the checks name what the browser editor's saves can break", () => {
  it('braces it saved without their backslash (rich text mode drops the \\ in \\{)', () => {
    expect(errorsIn('editor-braces')).toEqual([
      `${FIXTURES}/editor-braces/guides/editor-braces.mdx:16 — {ward} is read as code, not text, and the build stops on it — to show a "{" as text, write \\{ (in the browser editor, switch the text to Markdown mode first); or use brackets ( ) instead`,
    ]);
  });

  it('a bare number in the keywords, which its form cannot open', () => {
    expect(errorsIn('editor-number-keyword')).toEqual([
      `${FIXTURES}/editor-number-keyword/guides/editor-number-keyword.mdx:5 — keywords[1]: expected words as text; write a number in quotes, like "7726", so the browser editor can open the guide — see "Guide fields" in content/README.md`,
    ]);
  });
});
