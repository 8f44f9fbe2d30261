import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { welshCheck } from '../../src/checks/rules/welsh';
import { runChecks } from '../../src/checks/runner';
import { centralHash } from '../../src/content/replaces';
import { welshGuidesOutOfDate } from '../../src/content/translation-state';
import { loadSiteConfig } from '../../src/config/site';
import { ROOT } from '../helpers/build';

const WELSH = 'content/cy/guides/clicked-a-link.mdx';
const HASH = centralHash(readFileSync(join(ROOT, 'content/guides/clicked-a-link.mdx'), 'utf8'));

/** A copy of content/ with Welsh on, changed by `change`, and what the Welsh check says of it. */
function welshCopy(change: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'welsh-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(
    join(root, 'content/site.yaml'),
    `${readFileSync(join(root, 'content/site.yaml'), 'utf8')}languages: [en, cy]\n`,
  );
  change(root);
  return root;
}

function welshProblems(change: (root: string) => void = () => {}, strict = false): string[] {
  return runChecks({ root: welshCopy(change), checks: [welshCheck], strict })
    .problems.filter((p) => p.check === 'welsh')
    .map((p) => `${p.severity} ${formatProblem(p)}`);
}

describe('welsh: each Welsh guide translates an English guide, from a version it names', () => {
  it('lists the shipped Welsh guide as a draft, translated from the English guide as it is now', () => {
    expect(readFileSync(join(ROOT, WELSH), 'utf8')).toContain(`translationOf: clicked-a-link@${HASH}\n`);
    // Every other Welsh guide is a draft too, with its own notice, and none is stale or an error.
    const problems = welshProblems();
    expect(problems.filter((problem) => !problem.startsWith('notice '))).toEqual([]);
    expect(problems.filter((problem) => problem.includes(` ${WELSH}:`))).toEqual([
      `notice ${WELSH}:5 — translation: a draft: a Welsh speaker has not yet checked it — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn`,
    ]);
  });

  it('warns when the English guide changed since the translation, giving the new hash', () => {
    const problems = welshProblems((root) => {
      const english = join(root, 'content/guides/clicked-a-link.mdx');
      writeFileSync(english, `${readFileSync(english, 'utf8')}\nA new paragraph.\n`);
    });
    expect(problems.filter((problem) => problem.startsWith('warning '))).toHaveLength(1);
    expect(problems.find((problem) => problem.startsWith('warning '))).toMatch(
      new RegExp(
        `^warning ${WELSH}:4 — translationOf: the English file content/guides/clicked-a-link.mdx has changed since this was translated from it \\(${HASH}, now [0-9a-f]{12}\\) — compare with content/guides/clicked-a-link.mdx`,
      ),
    );
  });

  it('refuses a draft with --strict, as a copy about to publish runs it', () => {
    const drafts = welshProblems(() => {}, true).filter((p) => p.includes(' — translation: a draft'));
    expect(drafts).toContain(
      `error ${WELSH}:5 — translation: a draft, and --strict publishes only Welsh a Welsh speaker has checked — ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn`,
    );
    // Every Welsh guide shipped is a draft, and --strict refuses each one.
    expect(drafts).toHaveLength(readdirSync(join(ROOT, 'content/cy/guides')).length);
    expect(drafts.filter((p) => !p.startsWith('error '))).toEqual([]);
  });

  it('marks a Welsh guide out of date (its page then says so) when its English guide changed, and only then', () => {
    const changed = welshCopy((root) => {
      const english = join(root, 'content/guides/clicked-a-link.mdx');
      writeFileSync(english, `${readFileSync(english, 'utf8')}\nA new paragraph.\n`);
    });
    expect(welshGuidesOutOfDate(loadSiteConfig({ root: changed, cwd: changed }))).toContain('clicked-a-link');
    const same = welshCopy(() => {});
    expect(welshGuidesOutOfDate(loadSiteConfig({ root: same, cwd: same }))).not.toContain('clicked-a-link');
  });

  it('refuses a Welsh guide with no English guide of its name', () => {
    const problems = welshProblems((root) =>
      renameSync(join(root, WELSH), join(root, 'content/cy/guides/clicked-a-lnk.mdx')),
    );
    expect(problems).toContain(
      'error content/cy/guides/clicked-a-lnk.mdx:1 — there is no English guide content/guides/clicked-a-lnk.mdx for this Welsh guide to translate — give the file the same name as the English guide it translates, or remove it',
    );
  });

  it('warns when a Welsh guide of an urgent English guide has no urgent phrases, naming the file and the fix', () => {
    const problems = welshProblems((root) => {
      const welsh = join(root, WELSH);
      writeFileSync(welsh, readFileSync(welsh, 'utf8').replace(/^urgentPhrases: .*\n/m, ''));
    });
    expect(problems).toContain(
      `warning ${WELSH}:1 — the English guide clicked-a-link is urgent, but this Welsh guide has no urgentPhrases, so a Welsh search never shows it in the urgent box — add urgentPhrases: the Welsh words staff would type when they need it now, like [cliciais ar ddolen, agorais atodiad] (the English guide has clicked a link, clicked link, clicked on a link)`,
    );
    // A Welsh guide of a guide that is not urgent needs none.
    expect(problems.filter((problem) => problem.includes('three-random-words'))).not.toContainEqual(
      expect.stringContaining('urgentPhrases'),
    );
  });

  it('reads no Welsh file in an English-only copy', () => {
    const root = mkdtempSync(join(tmpdir(), 'welsh-en-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    expect(runChecks({ root, checks: [welshCheck] }).problems.filter((p) => p.check === 'welsh')).toEqual([]);
  });
});
