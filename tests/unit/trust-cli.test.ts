// The pure parts of `npx cyber-pocket-guide`: the kept history of central guides, the diff, renamed
// site.yaml fields, and the host configs for a copy's own base path. tests/build/trust-package.test.ts
// runs the packed command itself.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { oldFieldNames, oldNameProblem, withNewNames, type RenamedField } from '../../src/config/renamed-fields';
import { problemLine } from '../../src/schemas/problem';
import { releaseOf } from '../../src/content/central-history';
import { centralHash } from '../../src/content/replaces';
import { HOSTS, hostingFiles } from '../../src/cli/hosting';
import { trustFiles } from '../../src/cli/commands/init';
import { replaceCommand } from '../../src/cli/commands/replace';
import { formatDiff, lineDiff } from '../../src/cli/line-diff';
import { guideHistory } from '../../src/cli/pack/history';
import { UPSTREAM_VERSION } from '../../src/utils/upstream-version';
import { ROOT } from '../helpers/build';

describe('the central guides kept by hash', () => {
  it('keeps each version once, with the first release that had it', () => {
    const [one, two] = ['---\ntitle: A\n---\nOld.\n', '---\ntitle: A\n---\nNew.\n'];
    const { index, texts } = guideHistory([
      { release: '1.0.0', guides: new Map([['a', one]]) },
      { release: '1.1.0', guides: new Map([['a', one]]) },
      { release: '2.0.0', guides: new Map([['a', two]]) },
    ]);
    expect(index).toEqual({
      a: [
        { hash: centralHash(one), release: '1.0.0' },
        { hash: centralHash(two), release: '2.0.0' },
      ],
    });
    expect(texts.get(`a/${centralHash(one)}`)).toBe(one);
    expect(releaseOf(index, 'a', centralHash(two))).toBe('2.0.0');
    expect(releaseOf(index, 'a', '0123456789ab')).toBeUndefined();
  });
});

describe('diff', () => {
  it('shows removed and added lines with their context, and leaves out the unchanged stretches', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const after = ['a', 'b', 'c', 'd', 'E', 'f', 'g', 'h', 'i'].join('\n');
    expect(formatDiff(lineDiff(before, after), 1)).toBe(
      ['…', '  d', '- e', '+ E', '  f', '…', '  h', '+ i'].join('\n'),
    );
  });
});

describe('renamed site.yaml fields', () => {
  const renames: RenamedField[] = [
    { from: 'contacts.serviceDesk.tel', to: 'contacts.serviceDesk.phone', renamedIn: '2.0.0' },
  ];
  const source = 'name: X\ncontacts:\n  serviceDesk:\n    label: Desk\n    tel: "020 7946 0001"\n';
  const data = parse(source) as Record<string, unknown>;

  it('works with a warning naming the file, the line and migrate for the rest of the major that renamed it', () => {
    const found = oldFieldNames(data, source, '2.3.0', renames);
    expect(found).toMatchObject([{ line: 5, stillWorks: true }]);
    expect(withNewNames(data, found)).toEqual({
      name: 'X',
      contacts: { serviceDesk: { label: 'Desk', phone: '020 7946 0001' } },
    });
    expect(problemLine(oldNameProblem('site.yaml', found[0]))).toBe(
      'site.yaml:5 — contacts.serviceDesk.tel: renamed contacts.serviceDesk.phone in 2.0.0; the old name works until 3.0.0 — run npx cyber-pocket-guide migrate to rename it',
    );
    expect(oldNameProblem('site.yaml', found[0]).severity).toBe('warning');
  });

  it('stops working in the next major', () => {
    const found = oldFieldNames(data, source, '3.0.0', renames);
    expect(found).toMatchObject([{ stillWorks: false }]);
    expect(withNewNames(data, found)).toEqual(data);
    expect(oldNameProblem('site.yaml', found[0])).toMatchObject({ severity: 'error', line: 5 });
  });
});

describe('build --hosting', () => {
  it("writes each host's config for the copy's own base path", () => {
    for (const host of HOSTS) {
      const files = hostingFiles(host, '/intranet/guide/');
      expect(files.length, host).toBeGreaterThan(0);
      expect(files.map((f) => f.contents).join(''), host).toContain('/intranet/guide/');
      // The example sub-path of deploy/ may be named in a comment, never in a setting.
      expect(files.map((f) => f.contents).join(''), host).not.toMatch(/^[^#\n]*\/trust\/cyber\//m);
    }
  });

  it("says in each file that the trust's build writes it, never that this repository's deploy:configs does", () => {
    for (const host of HOSTS) {
      for (const file of hostingFiles(host, '/')) {
        expect(file.contents, file.path).not.toMatch(/src\/hosting|deploy:configs|deploy\/container|copy this file/);
        // JSON holds no comment: Azure's file is the one without the notice.
        if (!file.path.endsWith('.json'))
          expect(file.contents, file.path).toContain(
            `Written by \`npx cyber-pocket-guide build --hosting ${host}\` (cyber-pocket-guide ${UPSTREAM_VERSION})`,
          );
      }
    }
  });
});

describe('init', () => {
  it.each(['github', 'azure', 'gitlab'] as const)('writes a CI file and a bot config that parse (%s)', (ci) => {
    const files = trustFiles(ci, ci === 'azure' ? 'azure-swa' : 'iis');
    // The CI file and the bot's settings: YAML, or JSON (which YAML reads too).
    const configs = [...files].filter(([path]) => /\.(yml|json)$/.test(path));
    expect(configs).toHaveLength(2);
    for (const [path, text] of configs) expect(() => parse(text, { prettyErrors: true }), path).not.toThrow();
    for (const [path, text] of files) expect(text, path).not.toMatch(/\{\{\w+\}\}/);
    expect(files.size).toBe(5);
  });
});

describe('replace', () => {
  const replace = (cwd: string, ...args: string[]) => {
    const printed: string[] = [];
    const code = replaceCommand({ args, cwd, print: (text) => printed.push(text) });
    return { code, printed: printed.join('\n') };
  };

  it("starts the trust's copy as the central guide with replaces: first, and never overwrites it", () => {
    const trust = mkdtempSync(join(tmpdir(), 'replace-'));
    writeFileSync(join(trust, 'site.yaml'), 'name: X\n');
    const central = readFileSync(join(ROOT, 'content/guides/systems-are-down.mdx'), 'utf8');
    expect(replace(trust, 'systems-are-down').code).toBe(0);
    const copy = join(trust, 'guides/systems-are-down.mdx');
    expect(readFileSync(copy, 'utf8')).toBe(
      central.replace(/^---\n/, `---\nreplaces: systems-are-down@${centralHash(central)}\n`),
    );
    writeFileSync(copy, 'our own words');
    expect(replace(trust, 'systems-are-down')).toMatchObject({
      code: 1,
      printed: expect.stringContaining('left as it is'),
    });
    expect(readFileSync(copy, 'utf8')).toBe('our own words');
  });

  it('names the nearest central guide for a typo', () => {
    const trust = mkdtempSync(join(tmpdir(), 'replace-'));
    writeFileSync(join(trust, 'site.yaml'), 'name: X\n');
    expect(replace(trust, 'systems-are-dwn')).toEqual({
      code: 1,
      printed: expect.stringContaining('did you mean systems-are-down?'),
    });
  });
});
