import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadWelshStrings } from '../../src/config/welsh-strings';
import { problemLine, type Problem } from '../../src/schemas/problem';
import type { Strings } from '../../src/schemas/strings';
import { ROOT } from '../helpers/build';

const ENGLISH = parse(readFileSync(join(ROOT, 'content/strings.yaml'), 'utf8')) as Strings;
const WELSH_TEXT = readFileSync(join(ROOT, 'content/cy/strings.yaml'), 'utf8');
const WELSH = parse(WELSH_TEXT) as Record<string, string>;

/** A project whose content/cy/strings.yaml is `welsh`, and an overlay with `overlay` as its cy/strings.yaml. */
function project(welsh: string, overlay?: string) {
  const root = mkdtempSync(join(tmpdir(), 'welsh-strings-'));
  mkdirSync(join(root, 'content/cy'), { recursive: true });
  writeFileSync(join(root, 'content/cy/strings.yaml'), welsh);
  let overlayDir: string | undefined;
  if (overlay !== undefined) {
    overlayDir = join(root, 'trust');
    mkdirSync(join(overlayDir, 'cy'), { recursive: true });
    writeFileSync(join(overlayDir, 'cy/strings.yaml'), overlay);
  }
  return { root, site: { contentDir: join(root, 'content'), overlayDir } };
}

const lines = (problems: Problem[]) => problems.map((p) => `${p.severity} ${problemLine(p)}`);

describe('the Welsh words of the interface (content/cy/strings.yaml)', () => {
  it('has Welsh words for every key, marked as a draft', () => {
    const { root, site } = project(WELSH_TEXT);
    const { strings, problems } = loadWelshStrings(site, ENGLISH, root);
    expect(problems).toEqual([]);
    expect(WELSH.translation).toBe('draft');
    expect(strings['nav.home']).toBe('Hafan');
    // Only a Welsh speaker marks it reviewed: the shipped file is not.
    expect(WELSH_TEXT).not.toMatch(/^translation: reviewed/m);
  });

  it("names a missing key, an extra key and words without the page's {placeholders}, with line and fix", () => {
    const text = WELSH_TEXT.replace(/^skipLink: .*\n/m, '')
      .replace(/^nav\.home: .*$/m, 'nav.hom: "Hafan"')
      .replace(/^search\.seeAll: .*$/m, 'search.seeAll: "{cyfrif} canlyniad"');
    const { root, site } = project(text);
    const problems = lines(loadWelshStrings(site, ENGLISH, root).problems);
    const line = (key: string) => text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('error content/cy/strings.yaml:1 — missing the Welsh words for skipLink, nav.home'),
        `error content/cy/strings.yaml:${line('nav.hom')} — nav.hom: not a word of the interface (content/strings.yaml has no such key) — remove this line, or correct the key to one in content/strings.yaml`,
        `error content/cy/strings.yaml:${line('search.seeAll')} — search.seeAll: the page fills in {count} and {query} here, and the Welsh words have {cyfrif} — keep {count} and {query} as in content/strings.yaml ("See all {count} results for “{query}”"), in the Welsh word order`,
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('refuses a file without its translation state', () => {
    const { root, site } = project(WELSH_TEXT.replace(/^translation: draft\n/m, ''));
    expect(lines(loadWelshStrings(site, ENGLISH, root).problems)).toEqual([
      expect.stringContaining('— expected "translation: draft" or "translation: reviewed" at the top'),
    ]);
  });

  it("takes a trust's changed Welsh words over the central ones", () => {
    const { root, site } = project(WELSH_TEXT, 'home.callServiceDesk: "Ffoniwch y Ddesg Gymorth TG"\n');
    const { strings, problems } = loadWelshStrings(site, ENGLISH, root);
    expect(problems).toEqual([]);
    expect(strings['home.callServiceDesk']).toBe('Ffoniwch y Ddesg Gymorth TG');
  });
});
