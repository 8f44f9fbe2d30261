import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { stringsCheck } from '../../src/checks/rules/strings';
import { welshWordsCheck } from '../../src/checks/rules/welsh-words';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

const CHECKLIST = 'content/cy/checklists/end-of-shift.yaml';

/** A copy of content/ with Welsh on, changed by `change`, and what the named check says of it. */
function problemsOf(check: 'welsh' | 'strings', change: (root: string) => void = () => {}): string[] {
  const root = mkdtempSync(join(tmpdir(), 'welsh-words-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const site = join(root, 'content/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}languages: [en, cy]\n`);
  change(root);
  return runChecks({ root, checks: [check === 'welsh' ? welshWordsCheck : stringsCheck] })
    .problems.filter((p) => p.check === check)
    .map((p) => `${p.severity} ${formatProblem(p)}`);
}

const edit = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('welsh: Welsh checklists, examples and tips translate English ones, by the same names and ids', () => {
  it('finds only drafts in the shipped Welsh files (a notice each), none stale or mismatched', () => {
    const problems = problemsOf('welsh');
    expect(problems.filter((p) => !p.startsWith('notice '))).toEqual([]);
    expect(problems).toContain(
      `notice ${CHECKLIST}:6 — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn`,
    );
  });

  it('refuses a Welsh checklist with an item id missing, and one the English has not, with line and fix', () => {
    let text = '';
    const problems = problemsOf('welsh', (root) =>
      edit(root, CHECKLIST, (t) => {
        text = t.replace('  - id: printer\n', '  - id: printr\n').replace(/ {2}- id: devices\n.*\n.*\n/, '');
        return text;
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        `error ${CHECKLIST}:${lineOf(text, 'items:')} — items: no Welsh words for the English items printer, devices (content/checklists/end-of-shift.yaml) — add "- id: printer", "- id: devices" with its Welsh action and why`,
        `error ${CHECKLIST}:${lineOf(text, '  - id: printr')} — items: "printr" is not an item of the English checklist content/checklists/end-of-shift.yaml — use the English item's id as it is: did you mean "printer"?`,
      ]),
    );
    expect(problems.filter((p) => p.startsWith('error'))).toHaveLength(2);
  });

  it('refuses a Welsh checklist, example or tip with no English one', () => {
    const problems = problemsOf('welsh', (root) => {
      renameSync(join(root, CHECKLIST), join(root, 'content/cy/checklists/end-of-shfit.yaml'));
      edit(root, 'content/cy/tips.yaml', (t) => t.replace('  three-random-words:', '  three-random-word:'));
    });
    expect(problems).toContain(
      'error content/cy/checklists/end-of-shfit.yaml:1 — there is no English checklist content/checklists/end-of-shfit.yaml for this Welsh checklist to translate — give the file the same name as the English checklist it translates, or remove it',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^error content\/cy\/tips\.yaml:\d+ — tips: "three-random-word" is not the id of an English tip \(content\/tips\.yaml\) — did you mean "three-random-words"\?$/,
        ),
      ]),
    );
  });

  it('refuses a Welsh example without the English red flags one for one, or without its subject', () => {
    const problems = problemsOf('welsh', (root) =>
      edit(root, 'content/cy/scenarios/director-gift-cards.yaml', (t) =>
        t.replace(/^subject: .*\n/m, '').replace(/ {2}- quote: "Cadwch hyn rhyngon ni"\n.*\n/, ''),
      ),
    );
    expect(problems.filter((p) => p.startsWith('error'))).toEqual([
      'error content/cy/scenarios/director-gift-cards.yaml:1 — subject: the English example content/scenarios/director-gift-cards.yaml has one, and this Welsh file has not — add subject: with its Welsh words (an address or number stays as it is)',
      expect.stringMatching(
        /^error content\/cy\/scenarios\/director-gift-cards\.yaml:\d+ — redFlags: 3 in Welsh, and the English example content\/scenarios\/director-gift-cards\.yaml has 4 — translate each English red flag, in the same order, quoting the Welsh words$/,
      ),
    ]);
  });

  it('warns when the English checklist changed since the translation', () => {
    const problems = problemsOf('welsh', (root) =>
      edit(root, 'content/checklists/end-of-shift.yaml', (t) =>
        t.replace('Take your smartcard', 'Always take your smartcard'),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^warning content\/cy\/checklists\/end-of-shift\.yaml:5 — translationOf: the English file content\/checklists\/end-of-shift\.yaml has changed since this was translated from it/,
        ),
      ]),
    );
  });

  it('reads no Welsh file in an English-only copy', () => {
    const root = mkdtempSync(join(tmpdir(), 'welsh-words-en-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    expect(runChecks({ root, checks: [welshWordsCheck] }).problems.filter((p) => p.check === 'welsh')).toEqual([]);
  });
});

describe('strings: words with a number have every plural form their language needs', () => {
  it('passes the shipped words: English one set of words, Welsh six forms', () => {
    expect(problemsOf('strings')).toEqual([]);
  });

  it('refuses Welsh count words missing a form Welsh needs, or given as one set of words, with line and fix', () => {
    let text = '';
    const problems = problemsOf('strings', (root) =>
      edit(root, 'content/cy/strings.yaml', (t) => {
        text = t
          .replace('  few: "Wedi ticio {done} cham o {total}"\n', '')
          .replace(
            /^practice\.roundScore:\n(?: {2}.*\n)+/m,
            'practice.roundScore: "Fe wnaethoch chi adnabod {right} o {total}."\n',
          );
        return text;
      }),
    );
    expect(problems).toEqual([
      `error content/cy/strings.yaml:${lineOf(text, 'checklist.progress:')} — checklist.progress: the number {done} picks the words, and Welsh needs words for few — write the words under each form: zero: …, one: …, two: …, few: …, many: …, other: … (see "Words with a number" in content/README.md)`,
      `error content/cy/strings.yaml:${lineOf(text, 'practice.roundScore:')} — practice.roundScore: the number {right} picks the words, and Welsh needs words for zero, one, two, few, many — write the words under each form: zero: …, one: …, two: …, few: …, many: …, other: … (see "Words with a number" in content/README.md)`,
    ]);
  });

  it('refuses a form without the English {placeholders}, and a form the language has not got', () => {
    let text = '';
    const problems = problemsOf('strings', (root) => {
      edit(root, 'content/cy/strings.yaml', (t) => {
        text = t.replace('  two: "Wedi ticio {done} gam o {total}"', '  two: "Wedi ticio {done} gam"');
        return text;
      });
      edit(root, 'content/strings.yaml', (t) =>
        t.replace(
          /^checklist\.progress: .*$/m,
          'checklist.progress:\n  one: "{done} of {total} done"\n  two: "{done} of {total} done"\n  other: "{done} of {total} done"',
        ),
      );
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^error content\/strings\.yaml:\d+ — checklist\.progress: English has no plural form two — use only one, other$/,
        ),
        `error content/cy/strings.yaml:${lineOf(text, 'checklist.progress:')} — checklist.progress.two: the page fills in {done} and {total} here, and these words have {done} — keep {done} and {total} in every form, as in content/strings.yaml`,
      ]),
    );
  });
});
