import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { fieldsCheck } from '../../src/checks/rules/fields';
import { loadSiteConfig } from '../../src/config/site';
import { checkHiddenExist, listFiles, slugOf } from '../../src/content/layers';
import { staleOverridesCheck } from '../../src/checks/rules/stale-overrides';
import { stringsCheck } from '../../src/checks/rules/strings';
import { runChecks } from '../../src/checks/runner';
import { centralHash, startReplacement } from '../../src/content/replaces';
import { UPSTREAM_VERSION } from '../../src/utils/upstream-version';
import { ROOT } from '../helpers/build';

const CENTRAL = readFileSync(join(ROOT, 'content/guides/systems-are-down.mdx'), 'utf8');
const NORTHSHIRE = readFileSync(join(ROOT, 'examples/northshire/guides/systems-are-down.mdx'), 'utf8');
const HASH = centralHash(CENTRAL);

/** An overlay holding only guides/systems-are-down.mdx with `text`, and what the stale check says of it. */
function staleProblems(text: string): string[] {
  const overlay = mkdtempSync(join(tmpdir(), 'stale-'));
  mkdirSync(join(overlay, 'guides'));
  writeFileSync(join(overlay, 'guides/systems-are-down.mdx'), text);
  const run = runChecks({ root: ROOT, overlay, checks: [staleOverridesCheck] });
  return run.problems
    .filter((p) => p.check === 'stale')
    .map((p) => `${p.severity} ${formatProblem({ ...p, file: p.file.replace(/^.*\/guides\//, 'guides/') })}`);
}

describe('stale overrides: a trust copy of a central guide says which version it was made from', () => {
  it('says nothing while the central guide is the one the copy was made from (Northshire)', () => {
    expect(NORTHSHIRE).toContain(`replaces: systems-are-down@${HASH}\n`);
    expect(staleProblems(NORTHSHIRE)).toEqual([]);
  });

  it('warns, with the new hash, when the central guide changed since', () => {
    expect(staleProblems(NORTHSHIRE.replace(HASH, '0123456789ab'))).toEqual([
      `warning guides/systems-are-down.mdx:2 — this copy was made from the central guide systems-are-down before release ${UPSTREAM_VERSION} changed it (0123456789ab, now ${HASH}) — run npx cyber-pocket-guide diff systems-are-down to see what changed, bring your copy up to date, then set replaces: systems-are-down@${HASH}`,
    ]);
  });

  it('gives a notice for a copy that does not say, and an error for one that names another guide', () => {
    expect(staleProblems(NORTHSHIRE.replace(/^replaces: .*\n/m, ''))).toEqual([
      `notice guides/systems-are-down.mdx:1 — this copy replaces the central guide systems-are-down and does not say which version it was made from, so nobody is told when the central guide changes — add "replaces: systems-are-down@${HASH}" to its frontmatter once it matches content/guides/systems-are-down.mdx as it is now`,
    ]);
    expect(staleProblems(NORTHSHIRE.replace('replaces: systems-are-down@', 'replaces: clicked-a-link@'))).toEqual([
      `error guides/systems-are-down.mdx:2 — replaces: expected "systems-are-down@" and the 12-letter hash of the central file, but found "clicked-a-link@${HASH}" — write "replaces: systems-are-down@${HASH}" if your copy matches the central guide as it is now (npx cyber-pocket-guide replace systems-are-down starts a fresh copy)`,
    ]);
  });

  it('starts a replacement (npm run replace-guide) that is the central guide with replaces: first', () => {
    const started = startReplacement('systems-are-down', CENTRAL);
    expect(started).toBe(CENTRAL.replace(/^---\n/, `---\nreplaces: systems-are-down@${HASH}\n`));
    expect(staleProblems(started)).toEqual([]);
    // The central guide changes: the copy made before it is now reported.
    expect(centralHash(`${CENTRAL}\nOne more line.\n`)).not.toBe(HASH);
  });

  it("reports the example trust's strings.yaml as up to date", () => {
    const run = runChecks({ root: ROOT, overlay: 'examples/northshire', checks: [stringsCheck, staleOverridesCheck] });
    expect(run.problems.filter((p) => p.check === 'strings' || p.check === 'stale')).toEqual([]);
  });
});

/**
 * A project whose content/ is the real one, except for retired-pages.yaml, which says central removed
 * the guide "old-remote-access"; and a trust overlay whose site.yaml holds `site` (YAML).
 */
function projectWithRetired(retired: string, site: string): { root: string; overlay: string } {
  const root = mkdtempSync(join(tmpdir(), 'retired-'));
  mkdirSync(join(root, 'content'));
  for (const name of readdirSync(join(ROOT, 'content')))
    if (name !== 'retired-pages.yaml') symlinkSync(join(ROOT, 'content', name), join(root, 'content', name));
  writeFileSync(join(root, 'content/retired-pages.yaml'), retired);
  mkdirSync(join(root, 'trust'));
  writeFileSync(join(root, 'trust/site.yaml'), site);
  return { root, overlay: join(root, 'trust') };
}

/** The fields and stale checks' problems (site.yaml, loaded here, would add its example numbers' warnings). */
const hideProblems = ({ root, overlay }: { root: string; overlay: string }) =>
  runChecks({
    root,
    site: loadSiteConfig({ root, overlay, cwd: root }),
    checks: [fieldsCheck, staleOverridesCheck],
  }).problems.map((p) => `${p.severity} ${formatProblem(p)}`);

describe('hide: a page central removed is a warning; a name that never was is an error', () => {
  const project = projectWithRetired(
    'pages:\n  - guides/old-remote-access\n',
    'hide:\n  - guides/old-remote-access\n  - guides/clicked-a-lnk\n  - guides/no-such-guide\n',
  );

  it('warns about the removed page, and stops on the typo with the nearest real name', () => {
    expect(hideProblems(project)).toEqual([
      'warning trust/site.yaml:2 — hide: "guides/old-remote-access" — central removed this page, so there is nothing to hide — delete this line',
      'error trust/site.yaml:3 — hide: "guides/clicked-a-lnk" is not in content/guides — did you mean "guides/clicked-a-link"? Check the spelling against the file names there',
      'error trust/site.yaml:4 — hide: "guides/no-such-guide" is not in content/guides — check the spelling against the file names there',
    ]);
  });

  it('lets the build load the content past the removed page, and stops it on the typo', () => {
    const site = loadSiteConfig({ root: project.root, overlay: project.overlay, cwd: project.root });
    const guides = listFiles(join(project.root, 'content/guides'), '.mdx').map(slugOf);
    expect(() => checkHiddenExist({ ...site, hide: ['guides/old-remote-access'] }, 'guides', guides)).not.toThrow();
    expect(() => checkHiddenExist(site, 'guides', guides)).toThrow(
      /trust\/site\.yaml — hide: "guides\/clicked-a-lnk" is not in content\/guides — did you mean "guides\/clicked-a-link"\?[^\n]*\n.*trust\/site\.yaml — hide: "guides\/no-such-guide"/,
    );
  });

  it("reports a page listed as removed that is still in content/, so the list cannot hide a trust's typo", () => {
    const stillThere = projectWithRetired(
      'pages:\n  - guides/old-remote-access\n  - guides/clicked-a-link\n',
      'hide:\n  - guides/clicked-a-link\n',
    );
    expect(hideProblems(stillThere)).toEqual([
      'error content/retired-pages.yaml:3 — "guides/clicked-a-link" is listed as removed, but it is still in content/guides — take it out of retired-pages.yaml, or delete the page',
    ]);
  });

  it('keeps the central list in the form the build reads', () => {
    const run = runChecks({ root: ROOT, checks: [fieldsCheck] });
    expect(run.problems.filter((p) => p.file.endsWith('retired-pages.yaml'))).toEqual([]);
    expect(run.content?.retiredPagesFile).toBeDefined();
  });
});
