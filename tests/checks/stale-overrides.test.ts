import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { staleOverridesCheck } from '../../src/checks/rules/stale-overrides';
import { stringsCheck } from '../../src/checks/rules/strings';
import { runChecks } from '../../src/checks/runner';
import { centralHash, startReplacement } from '../../src/content/replaces';
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
  return run.problems.filter((p) => p.check === 'stale').map((p) => `${p.severity} ${formatProblem({ ...p, file: p.file.replace(/^.*\/guides\//, 'guides/') })}`);
}

describe('stale overrides: a trust copy of a central guide says which version it was made from', () => {
  it('says nothing while the central guide is the one the copy was made from (Northshire)', () => {
    expect(NORTHSHIRE).toContain(`replaces: systems-are-down@${HASH}\n`);
    expect(staleProblems(NORTHSHIRE)).toEqual([]);
  });

  it('warns, with the new hash, when the central guide changed since', () => {
    expect(staleProblems(NORTHSHIRE.replace(HASH, '0123456789ab'))).toEqual([
      `warning guides/systems-are-down.mdx:2 — the central guide systems-are-down has changed since this copy was made from it (0123456789ab, now ${HASH}) — compare your copy with content/guides/systems-are-down.mdx (git log -p content/guides/systems-are-down.mdx shows what changed), bring it up to date, then set replaces: systems-are-down@${HASH}`,
    ]);
  });

  it('gives a notice for a copy that does not say, and an error for one that names another guide', () => {
    expect(staleProblems(NORTHSHIRE.replace(/^replaces: .*\n/m, ''))).toEqual([
      `notice guides/systems-are-down.mdx:1 — this copy replaces the central guide systems-are-down and does not say which version it was made from, so nobody is told when the central guide changes — add "replaces: systems-are-down@${HASH}" to its frontmatter once it matches content/guides/systems-are-down.mdx as it is now`,
    ]);
    expect(staleProblems(NORTHSHIRE.replace('replaces: systems-are-down@', 'replaces: clicked-a-link@'))).toEqual([
      `error guides/systems-are-down.mdx:2 — replaces: expected "systems-are-down@" and the 12-letter hash of the central file, but found "clicked-a-link@${HASH}" — write "replaces: systems-are-down@${HASH}" if your copy matches the central guide as it is now (npm run replace-guide -- systems-are-down starts a fresh copy)`,
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
