/**
 * A YAML mistake is reported once, at the line where it is: after one mistake the parser's other
 * complaints follow from it, often on lines that are right (a mis-indented contact on line 15 of
 * site.yaml was nine errors on lines 21–62, and none on 15).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { fieldsCheck } from '../../src/checks/rules/fields';
import { helpCheck } from '../../src/checks/rules/help';
import { runChecks } from '../../src/checks/runner';
import { loadSiteConfig } from '../../src/config/site';
import { ROOT } from '../helpers/build';

const FIXTURES = 'tests/fixtures/yaml-syntax';
const FIX = 'check the indentation, and put text that holds a colon in quotes';

/** What `npm run check` says about the fixture overlay's own files. */
function problemsIn(fixture: string): string[] {
  return runChecks({ root: ROOT, overlay: `${FIXTURES}/${fixture}`, checks: [fieldsCheck, helpCheck] })
    .problems.filter((p) => p.file.startsWith(`${FIXTURES}/${fixture}/`))
    .map((p) => `${p.severity} ${formatProblem(p)}`);
}

describe('a YAML syntax mistake', () => {
  it('in site.yaml (a contact indented one space too few) is one error, on its own line', () => {
    expect(problemsIn('site')).toEqual([
      `error ${FIXTURES}/site/site.yaml:15 — this is not valid YAML: All mapping items must start at the same column — ${FIX}`,
    ]);
  });

  it('stops the build with the same single line', () => {
    expect(() => loadSiteConfig({ root: ROOT, cwd: ROOT, overlay: `${FIXTURES}/site` })).toThrow(
      new RegExp(`^${FIXTURES}/site/site\\.yaml:15 — this is not valid YAML: [^\\n]*$`),
    );
  });

  it('in a checklist, tips.yaml and help.yaml is one error in each, on the line of the mistake', () => {
    expect(problemsIn('files')).toEqual([
      `error ${FIXTURES}/files/checklists/misindented.yaml:9 — this is not valid YAML: Sequence item without - indicator — ${FIX}`,
      `error ${FIXTURES}/files/help.yaml:4 — this is not valid YAML: Sequence item without - indicator — ${FIX}`,
      `error ${FIXTURES}/files/tips.yaml:3 — this is not valid YAML: Sequence item without - indicator — ${FIX}`,
    ]);
  });
});
