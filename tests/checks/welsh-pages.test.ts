// The welsh-pages check: the Welsh helper (content/cy/help.yaml) and site pages (content/cy/pages), each
// with a mistake planted in a copy of content/, and the message that names its file, line and fix.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { welshPagesCheck } from '../../src/checks/rules/welsh-pages';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

const HELP = 'content/cy/help.yaml';

/** A copy of content/ with Welsh on, changed by `change`, and what the check says of it. */
function problems(change: (root: string) => void = () => {}): string[] {
  const root = mkdtempSync(join(tmpdir(), 'welsh-pages-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(
    join(root, 'content/site.yaml'),
    `${readFileSync(join(root, 'content/site.yaml'), 'utf8')}languages: [en, cy]\n`,
  );
  change(root);
  return runChecks({ root, checks: [welshPagesCheck] })
    .problems.filter((p) => p.check === 'welsh pages')
    .map((p) => `${p.severity} ${formatProblem(p)}`);
}

/** Replaces `from` (which must be there) with `to` in a file of the copy. */
function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** The lines of a file where a text starts, counting from 1. */
const lineOf = (file: string, text: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

/** The line of a file's own `translation: draft` (its comments may name it too). */
const draftLine = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8').split('\n').indexOf('translation: draft') + 1;

describe('welsh-pages: the Welsh helper and site pages', () => {
  it('finds only drafts in the shipped files: every helper page has Welsh words, and each names the version it translates', () => {
    expect(problems().filter((p) => !p.startsWith('notice'))).toEqual([]);
    expect(problems().filter((p) => p.startsWith('notice'))).toEqual([
      `notice ${HELP}:${lineOf(HELP, 'translation: draft')} — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn`,
      'notice content/cy/pages/about.mdx:5 — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn',
      'notice content/cy/pages/accessibility.mdx:5 — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn',
      'notice content/cy/pages/privacy.mdx:5 — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn',
      `notice content/cy/site.yaml:${lineOf('content/cy/site.yaml', 'translation: draft')} — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn`,
      `notice content/cy/strings.yaml:${draftLine('content/cy/strings.yaml')} — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn`,
      `notice content/cy/synonyms.yaml:${draftLine('content/cy/synonyms.yaml')} — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn`,
    ]);
  });

  it('refuses Welsh words for an address the English helper does not have, suggesting the nearest', () => {
    const found = problems((root) =>
      edit(root, HELP, '  lost-a-device/work-device:\n', '  lost-a-device/work-devise:\n'),
    );
    const line = lineOf(HELP, 'lost-a-device/work-device:');
    expect(found).toContain(
      `error ${HELP}:${line} — "lost-a-device/work-devise" is not a page of the English helper, so these words show nowhere — did you mean "lost-a-device/work-device"? The addresses are those of help.yaml (see /help/ in the browser)`,
    );
    // And the English page it meant now has no Welsh words.
    expect(found).toContain(
      `warning ${HELP} — the helper page "lost-a-device/work-device" ("You lost a work device") has no Welsh words, so /cy/help/ shows it in English — add "lost-a-device/work-device:" under pages: with its Welsh words`,
    );
  });

  it("refuses a question page given an end page's words", () => {
    const found = problems((root) =>
      edit(root, HELP, '    question: Beth wnaethoch chi ei golli?\n', '    title: Beth wnaethoch chi ei golli?\n'),
    );
    expect(found).toContain(
      `error ${HELP}:${lineOf(HELP, 'question: Beth wnaethoch chi ei golli?')} — title: "lost-a-device" is a question, which has no title: — a question page has answer:, question: and hint:`,
    );
  });

  it('refuses a section that is not a heading of the Welsh guide, naming the headings with steps', () => {
    const found = problems((root) =>
      edit(
        root,
        HELP,
        '    title: Fe wnaethoch chi agor ffeil o neges\n',
        '    title: Fe wnaethoch chi agor ffeil o neges\n    section: Yn y deg munud nesaf\n',
      ),
    );
    expect(found).toContain(
      `error ${HELP}:${lineOf(HELP, 'title: Fe wnaethoch chi agor ffeil o neges') + 1} — section: "Yn y deg munud nesaf" is not a heading of the Welsh guide cy/guides/clicked-a-link.mdx with steps under it — did you mean "Yn y pum munud nesaf"?`,
    );
  });

  it('warns when an English page names a section and its Welsh page names no Welsh heading', () => {
    const found = problems((root) => {
      // A Welsh guide for lost-paper-notes' guide, with the steps under a heading of its own, and a Welsh
      // helper page that names none of its headings.
      edit(root, HELP, '    section: Nodiadau neu daflen drosglwyddo ar goll\n', '');
      mkdirSync(join(root, 'content/cy/guides'), { recursive: true });
      writeFileSync(
        join(root, 'content/cy/guides/wrong-letter-text-or-papers.mdx'),
        '---\ntitle: Llythyr at y person anghywir\nsummary: Beth i’w wneud.\ntranslationOf: wrong-letter-text-or-papers@000000000000\ntranslation: draft\n---\n\n## Nodiadau coll\n\n<Steps>\n\n1. Edrychwch eto.\n\n</Steps>\n',
      );
    });
    expect(found).toContain(
      `warning ${HELP}:${lineOf(HELP, '  lost-paper-notes:')} — "lost-paper-notes" shows the steps under "Lost notes or a handover sheet" in English, and names no heading of the Welsh guide cy/guides/wrong-letter-text-or-papers.mdx, so its Welsh page shows the English steps — add section: with the Welsh heading: name a heading of it with <Steps> under it ("Nodiadau coll")`,
    );
  });

  it('warns of every English helper page when there is no Welsh helper', () => {
    const found = problems((root) => renameSync(join(root, HELP), join(root, 'content/cy/help.txt')));
    expect(found.filter((p) => p.startsWith('warning')).length).toBeGreaterThan(20);
    expect(found).toContain(
      `warning ${HELP} — the helper page "/" ("What happened?") has no Welsh words, so /cy/help/ shows it in English — add "/:" under pages: with its Welsh words`,
    );
  });

  it('warns when the English page changed since its Welsh page was translated, and refuses a Welsh page that is not a site page', () => {
    const found = problems((root) => {
      edit(root, 'content/pages/about.mdx', '## Where the advice comes from', '## Where this advice comes from');
      renameSync(join(root, 'content/cy/pages/privacy.mdx'), join(root, 'content/cy/pages/privasy.mdx'));
    });
    expect(found).toContainEqual(
      expect.stringMatching(
        /^warning content\/cy\/pages\/about\.mdx:4 — translationOf: the English file content\/pages\/about\.mdx has changed since this was translated from it \(d72c1b4937bf, now [0-9a-f]{12}\) — compare with content\/pages\/about\.mdx/,
      ),
    );
    expect(found).toContain(
      'error content/cy/pages/privasy.mdx:1 — cy/pages holds only the Welsh about.mdx, accessibility.mdx, privacy.mdx, so this page shows nowhere — did you mean privacy.mdx?',
    );
  });

  it('reads no Welsh file in an English-only copy', () => {
    const root = mkdtempSync(join(tmpdir(), 'welsh-pages-en-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    expect(runChecks({ root, checks: [welshPagesCheck] }).problems).toEqual([]);
  });
});
