// The Welsh words of scam alerts (cy/alerts.yaml, central and a trust's): only words, each for an English
// alert that exists, read through the one translation check every Welsh file has.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { welshAlertsCheck } from '../../src/checks/rules/welsh-alerts';
import { runChecks } from '../../src/checks/runner';
import { loadSiteConfig } from '../../src/config/site';
import { readWelshAlertsFiles, welshAlertWords } from '../../src/features/alerts/welsh-alerts';
import { welshAlertsSchema } from '../../src/schemas/welsh-alerts';
import { lineStarting, welshTrustCopy } from '../helpers/welsh-trust-copy';

const WELSH = 'trust/cy/alerts.yaml';
const REVIEW = 'ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn';

/** A copy of content/ with the Welsh test trust as `trust/`, changed by `change`. */
const copy = (change?: (root: string) => void) => welshTrustCopy('welsh-alerts-', change);

const problemsOf = (root: string, strict = false) =>
  runChecks({ root, overlay: 'trust', checks: [welshAlertsCheck], strict })
    .problems.filter((p) => p.check === 'welsh')
    .map((p) => `${p.severity} ${formatProblem(p)}`);

const edit = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

describe('welsh: the Welsh words of scam alerts', () => {
  it("reads the trust's Welsh alert words by id, and finds only that they are a draft", () => {
    const root = copy();
    const site = loadSiteConfig({ root, cwd: root, overlay: 'trust' });
    const { files, problems } = readWelshAlertsFiles(site, root);
    expect(problems).toEqual([]);
    expect([...welshAlertWords(files).keys()]).toEqual(['fake-payslip-email']);
    expect(welshAlertWords(files).get('fake-payslip-email')?.title).toBe('Negeseuon e-bost slip cyflog ffug');
    expect(problemsOf(root)).toEqual([
      `notice ${WELSH}:${lineStarting(root, WELSH, 'translation:')} — translation: a draft: a Welsh speaker has not yet checked it — ${REVIEW}`,
    ]);
  });

  it('refuses the draft with --strict, as every Welsh file', () => {
    const root = copy();
    expect(problemsOf(root, true)).toEqual([
      `error ${WELSH}:${lineStarting(root, WELSH, 'translation:')} — translation: a draft, and --strict publishes only Welsh a Welsh speaker has checked — ${REVIEW}`,
    ]);
  });

  it('refuses Welsh words for an alert with no English alert, naming the line and the nearest id', () => {
    const root = copy((dir) => edit(dir, WELSH, (t) => t.replace('  fake-payslip-email:', '  fake-payslip-emails:')));
    expect(problemsOf(root)).toContain(
      `error ${WELSH}:${lineStarting(root, WELSH, '  fake-payslip-emails:')} — alerts: "fake-payslip-emails" is not the id of an English alert (alerts.yaml), so these Welsh words would show nowhere — did you mean "fake-payslip-email"?`,
    );
  });

  it("refuses an English alert's field in the Welsh file: its level, dates and guide are set once, in English", () => {
    const root = copy((dir) =>
      edit(dir, WELSH, (t) => t.replace('    title: Negeseuon', '    level: urgent\n    title: Negeseuon')),
    );
    expect(problemsOf(root)).toContain(
      `error ${WELSH}:${lineStarting(root, WELSH, '    level:')} — alerts.fake-payslip-email.level: level is the English alert's, the same in both languages: a Welsh alert gives only its title and body — remove level: from this file; the alert's level is set once, in alerts.yaml with the English words`,
    );
  });

  it('refuses a misspelt field or a title too long for a phone, with line, field and fix', () => {
    const root = copy((dir) =>
      edit(dir, WELSH, (t) => t.replace('    body: Mae', '    bdy: Mae').replace('slip cyflog ffug', 'x'.repeat(81))),
    );
    const found = problemsOf(root);
    expect(found).toContain(
      `error ${WELSH}:${lineStarting(root, WELSH, '    bdy:')} — alerts.fake-payslip-email.bdy: unknown field; did you mean "body"? — see "Welsh (Cymraeg)" in content/README.md`,
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^error trust\/cy\/alerts\.yaml:\d+ — alerts\.fake-payslip-email\.title: expected a title of at most 80 characters/,
      ),
    );
  });

  it('warns when the English alerts changed since the translation, with the hash to write', () => {
    const root = copy((dir) => edit(dir, 'trust/alerts.yaml', (t) => t.replace('Delete the text.', 'Delete it.')));
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^warning ${WELSH}:${lineStarting(root, WELSH, 'translationOf:')} — translationOf: the English file trust/alerts\\.yaml has changed since this was translated from it \\(\\w{12}, now \\w{12}\\) — .* set translationOf: alerts@\\w{12} and translation: draft$`,
        ),
      ),
    );
  });

  it('translates the central alerts in content/cy/alerts.yaml, and a trust may put its own words over them', () => {
    const root = copy((dir) => {
      // The trust's alerts move to the central file; the trust keeps its own Welsh words for one of them.
      renameSync(join(dir, 'trust/alerts.yaml'), join(dir, 'content/alerts.yaml'));
      writeFileSync(
        join(dir, 'content/cy/alerts.yaml'),
        readFileSync(join(dir, WELSH), 'utf8').replace('slip cyflog ffug', 'cyflog ffug'),
      );
    });
    const site = loadSiteConfig({ root, cwd: root, overlay: 'trust' });
    const { files } = readWelshAlertsFiles(site, root);
    expect(files.map((f) => f.shown)).toEqual(['content/cy/alerts.yaml', WELSH]);
    expect(welshAlertWords(files).get('fake-payslip-email')?.title).toBe('Negeseuon e-bost slip cyflog ffug');
    // Both translate content/alerts.yaml as it is: two drafts, nothing stale or unknown.
    const found = problemsOf(root);
    expect(found.filter((p) => !p.startsWith('notice '))).toEqual([]);
    expect(found.map((p) => p.split(':')[0])).toEqual(['notice content/cy/alerts.yaml', `notice ${WELSH}`]);
  });

  it('reads no Welsh alerts in an English-only copy', () => {
    const root = copy((dir) => writeFileSync(join(dir, 'trust/site.yaml'), 'languages: [en]\n'));
    const site = loadSiteConfig({ root, cwd: root, overlay: 'trust' });
    expect(readWelshAlertsFiles(site, root).files).toEqual([]);
    expect(problemsOf(root)).toEqual([]);
  });

  it('holds only words: the Welsh schema has no field of the English alert but its title and body', () => {
    const entry = welshAlertsSchema.safeParse({
      translationOf: 'alerts@0123456789ab',
      translation: 'draft',
      alerts: { 'fake-payslip-email': { title: 'Negeseuon ffug', body: 'Peidiwch â chlicio.', until: '2026-12-12' } },
    });
    expect(entry.success).toBe(false);
  });
});
