// Every kind of Welsh file, central and a trust's, goes through the one translation check
// (src/content/translation-state.ts): a draft is a notice day to day and an error with --strict, which a
// copy runs before it publishes; translationOf is read the same way for each, and for the Welsh page's
// "updated in English" notice.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { welshCheck } from '../../src/checks/rules/welsh';
import { welshAlertsCheck } from '../../src/checks/rules/welsh-alerts';
import { welshPagesCheck } from '../../src/checks/rules/welsh-pages';
import { welshWordsCheck } from '../../src/checks/rules/welsh-words';
import { runChecks } from '../../src/checks/runner';
import { loadSiteConfig } from '../../src/config/site';
import { welshGuidesOutOfDate } from '../../src/content/translation-state';
import { lineStarting, welshTrustCopy } from '../helpers/welsh-trust-copy';

const CHECKS = [welshCheck, welshPagesCheck, welshWordsCheck, welshAlertsCheck];
const REVIEW = 'ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn';
const STRICT = `translation: a draft, and --strict publishes only Welsh a Welsh speaker has checked — ${REVIEW}`;
const NOTICE = `translation: a draft: a Welsh speaker has not yet checked it — ${REVIEW}`;

/** One Welsh file of each kind, every one a draft: shipped, or the test trust's. */
const KINDS = {
  guide: 'content/cy/guides/clicked-a-link.mdx',
  page: 'content/cy/pages/about.mdx',
  checklist: 'content/cy/checklists/end-of-shift.yaml',
  helper: 'content/cy/help.yaml',
  'site words': 'content/cy/site.yaml',
  'interface words': 'content/cy/strings.yaml',
  'search words': 'content/cy/synonyms.yaml',
  tips: 'content/cy/tips.yaml',
  scenario: 'content/cy/scenarios/director-gift-cards.yaml',
  // No central alert is current, so the test trust's alerts have the Welsh words.
  'scam alerts': 'trust/cy/alerts.yaml',
};

/** A copy of content/ with the Welsh test trust as `trust/`, changed by `change`. */
const copy = (change?: (root: string) => void) => welshTrustCopy('welsh-strict-', change);

const problemsOf = (root: string, strict: boolean) =>
  runChecks({ root, overlay: 'trust', checks: CHECKS, strict }).problems.map(
    (p) => `${p.severity} ${formatProblem(p)}`,
  );

/** Every file under content/cy and trust/cy that says `translation: draft`. */
function drafts(root: string): string[] {
  return ['content/cy', 'trust/cy'].flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .map((name) => `${folder}/${name.replaceAll('\\', '/')}`)
      .filter((file) => /\.(ya?ml|mdx)$/.test(file))
      .filter((file) => /^translation: draft$/m.test(readFileSync(join(root, file), 'utf8'))),
  );
}

describe('one translation check for every Welsh file', () => {
  const root = copy();
  const strict = problemsOf(root, true);
  const plain = problemsOf(root, false);

  it.each(Object.entries(KINDS))(
    'refuses a drafted Welsh %s with --strict, naming file, line, field and fix',
    (_, file) => {
      const at = `${file}:${lineStarting(root, file, 'translation: draft')}`;
      expect(strict).toContain(`error ${at} — ${STRICT}`);
      // Without --strict the same draft is listed, and nothing stops the build.
      expect(plain).toContain(`notice ${at} — ${NOTICE}`);
      expect(plain.filter((p) => p.startsWith('error ') && p.includes(file))).toEqual([]);
    },
  );

  it('refuses every draft, central and the trust’s, with --strict, and lists each as a notice without it', () => {
    const files = drafts(root);
    expect(files.length).toBeGreaterThan(Object.keys(KINDS).length);
    const refused = strict.filter((p) => p.endsWith(STRICT)).map((p) => p.split(' ')[1].replace(/:\d+$/, ''));
    const listed = plain.filter((p) => p.endsWith(NOTICE)).map((p) => p.split(' ')[1].replace(/:\d+$/, ''));
    // Each once; the trust's own Welsh guide and accessibility page are published in place of the central ones.
    const replaced = ['content/cy/guides/locking-your-screen.mdx', 'content/cy/pages/accessibility.mdx'];
    const published = files.filter((file) => !replaced.includes(file));
    expect(refused.sort()).toEqual(published.sort());
    expect(listed.sort()).toEqual(published.sort());
    expect(strict.filter((p) => p.startsWith('notice ') && p.includes('draft'))).toEqual([]);
  });

  it("reads a trust's cy/ folder: its drafted helper, site words, checklist and guide", () => {
    const trust = copy((dir) => {
      mkdirSync(join(dir, 'trust/cy/checklists'));
      writeFileSync(join(dir, 'trust/cy/help.yaml'), 'translation: draft\npages: {}\n');
      writeFileSync(join(dir, 'trust/cy/site.yaml'), '# Our words\ntranslation: draft\nname: Canllaw Seiber y Bwrdd\n');
      cpSync(join(dir, KINDS.checklist), join(dir, 'trust/cy/checklists/end-of-shift.yaml'));
    });
    const found = problemsOf(trust, true);
    expect(found).toContain(`error trust/cy/help.yaml:1 — ${STRICT}`);
    expect(found).toContain(`error trust/cy/site.yaml:2 — ${STRICT}`);
    expect(found).toContain(
      `error trust/cy/checklists/end-of-shift.yaml:${lineStarting(trust, KINDS.checklist, 'translation: draft')} — ${STRICT}`,
    );
    expect(found).toContain(
      `error trust/cy/guides/locking-your-screen.mdx:${lineStarting(trust, 'trust/cy/guides/locking-your-screen.mdx', 'translation: draft')} — ${STRICT}`,
    );
  });

  it("warns of a trust's Welsh guide translated from an older English guide, and its page is marked out of date", () => {
    const file = 'trust/cy/guides/locking-your-screen.mdx';
    const line = lineStarting(root, file, 'translationOf:');
    expect(plain.filter((p) => p.includes(' — translationOf: '))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^warning ${file}:${line} — translationOf: the English file content/guides/locking-your-screen\\.mdx has changed since this was translated from it \\(367b5fb6653b, now [0-9a-f]{12}\\) — compare with content/guides/locking-your-screen\\.mdx .* set translationOf: locking-your-screen@[0-9a-f]{12} and translation: draft$`,
        ),
      ),
    ]);
    // The page's notice reads the same state: this guide, and no central Welsh guide, is out of date.
    const site = loadSiteConfig({ root, cwd: root, overlay: 'trust' });
    expect(welshGuidesOutOfDate(site)).toEqual(['locking-your-screen']);
  });

  it('refuses a translationOf not in the form name@hash, in a Welsh page as in a Welsh checklist', () => {
    const broken = copy((dir) => {
      for (const file of [KINDS.page, KINDS.checklist]) {
        const path = join(dir, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^translationOf: (\S+)@\w+$/m, 'translationOf: $1'));
      }
    });
    const found = problemsOf(broken, false);
    expect(found).toContainEqual(
      expect.stringMatching(
        /^error content\/cy\/pages\/about\.mdx:4 — translationOf: expected "about@" and the 12-letter hash of content\/pages\/about\.mdx — write "translationOf: about@[0-9a-f]{12}" if the Welsh matches content\/pages\/about\.mdx as it is now$/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^error ${KINDS.checklist}:${lineStarting(broken, KINDS.checklist, 'translationOf:')} — translationOf: expected "end-of-shift@" and the 12-letter hash of content/checklists/end-of-shift\\.yaml — write "translationOf: end-of-shift@[0-9a-f]{12}"`,
        ),
      ),
    );
  });
});
