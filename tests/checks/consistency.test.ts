import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameAction } from '../../src/checks/rules/consistency';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

/**
 * The line of a central file that starts with `start` (after its indent), read off the file so an
 * edit elsewhere in the central content moves no test.
 */
const lineOf = (file: string, start: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.trimStart().startsWith(start)) + 1;

describe('one situation, one answer (the consistency check)', () => {
  it('reads two wordings of one action as the same, and "call first" against "change first" as different', () => {
    expect(
      sameAction('Call the IT service desk now.', 'Call the IT service desk straight away. Say which system.'),
    ).toBe(true);
    expect(
      sameAction('Change your password from a device you trust.', 'Change the password. Go to the log-in page.'),
    ).toBe(true);
    expect(sameAction('Call the IT service desk now.', 'Change the password. Go to the log-in page yourself.')).toBe(
      false,
    );
    expect(sameAction('Change your password.', 'Change the date on every record.')).toBe(false);
  });

  it("names the checklist line, the guide line and both actions when a checklist does not start with its guide's first step", () => {
    const FIXTURE = 'tests/fixtures/content-checks/checklist-disagrees';
    const run = runChecks({ root: ROOT, overlay: FIXTURE, today: new Date('2026-12-01T00:00:00Z') });
    expect(run.problems.filter((p) => p.check === 'consistency').map((p) => [p.severity, formatProblem(p)])).toEqual([
      [
        'error',
        `content/help.yaml:${lineOf('content/help.yaml', 'pocketCard: true')} — help/systems-are-down/ shows the steps of "systems-are-down" and links the pocket card, which is made from "downtime-pocket-card" (site.yaml pocketCard.guide) — name the same guide in both: guide: downtime-pocket-card here, or pocketCard.guide: systems-are-down in site.yaml`,
      ],
      [
        'error',
        `${FIXTURE}/checklists/disagrees.yaml:10 — the first item "Call the IT service desk now." is not the first step of the guide it follows (guide: someone-knows-my-password): content/guides/someone-knows-my-password.mdx:${lineOf('content/guides/someone-knows-my-password.mdx', '1. Change the password.')} says "Change the password." — give staff one answer: start both with the same action (the guide's <Steps> are also the helper's and the pocket card's), or change guide:`,
      ],
      [
        'error',
        `${FIXTURE}/checklists/misnamed.yaml:7 — guide: "someone-knows-my-pasword" is not a guide this copy publishes — did you mean "someone-knows-my-password"?`,
      ],
    ]);
  });

  it('finds nothing in the real content', () => {
    expect(runChecks({ root: ROOT }).problems.filter((p) => p.check === 'consistency')).toEqual([]);
  });
});
