import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

/** The day the checks run for, so "has ended" means the same in every year. */
const TODAY = new Date('2026-12-01T12:00:00Z');
const FIXTURE = 'tests/fixtures/content-checks/bad-alerts';

describe('the alerts check', () => {
  it('names the file and line of each mistake in an alerts.yaml, with what to do', () => {
    const run = runChecks({ root: ROOT, overlay: FIXTURE, today: TODAY });
    const found = run.problems.filter((p) => p.check === 'alerts').map((p) => [p.severity, formatProblem(p)]);
    const at = `${FIXTURE}/alerts.yaml`;
    expect(found).toEqual([
      [
        'error',
        `${at}:6 — until: 2026-12-05 is not after from: 2026-12-10 — set until to the last day the alert should show, after from`,
      ],
      [
        'error',
        `${at}:12 — the alert "too-long" runs for 122 days, more than 90 — end it within 90 days of from; a lasting warning belongs in a guide`,
      ],
      [
        'error',
        `${at}:20 — guide: "no-such-guide" is not a guide in this copy — write the file name of a guide in content/guides (or your overlay), without .mdx`,
      ],
      [
        'error',
        `${at}:21 — scenario: "no-such-example" is not a practice example in this copy — write the file name of an example in content/scenarios (or your overlay), without .yaml`,
      ],
      [
        'error',
        `${at}:22 — the alert id "names-nothing" is already used on line 14, and only one of the two would be shown — give this alert its own id`,
      ],
      [
        'warning',
        `${at}:32 — the alert "already-over" ended on 27 November 2026 and will not show — remove it from the file, or set a later until if it still matters`,
      ],
      [
        'error',
        `${at}:37 — alerts[5].from: expected from as a real date like 2026-12-05, or a date and time like 2026-12-05T09:00 (UK time), but found "2026-13-01" — see "Scam alerts" in content/README.md`,
      ],
      [
        'error',
        `${at}:39 — alerts[5].level: expected level: warning or urgent — see "Scam alerts" in content/README.md`,
      ],
      [
        'warning',
        `${at}:41 — hide: "fake-payslip" is not an alert in content/alerts.yaml — remove the line: the central alert has gone`,
      ],
    ]);
  });

  it('finds nothing wrong in the central alerts, and no error in the example trust (its alert ends one day)', () => {
    for (const overlay of [undefined, 'examples/northshire']) {
      const run = runChecks({ root: ROOT, overlay, today: TODAY });
      expect(run.problems.filter((p) => p.check === 'alerts').map(formatProblem)).toEqual([]);
    }
    const later = runChecks({ root: ROOT, overlay: 'examples/northshire' });
    expect(later.problems.filter((p) => p.check === 'alerts' && p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});
