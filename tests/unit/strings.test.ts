import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problemLine, type Problem } from '../../src/schemas/problem';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadStrings, stringsForPages } from '../../src/config/strings';
import { STRING_KEYS } from '../../src/schemas/strings';
import { ROOT } from '../helpers/build';

const CENTRAL = parse(readFileSync(join(ROOT, 'content/strings.yaml'), 'utf8')) as Record<string, string>;

/** A project with the real content/strings.yaml (or `central`), and an overlay holding `overlay` as its strings.yaml. */
function project(overlay?: string, central?: string) {
  const root = mkdtempSync(join(tmpdir(), 'strings-'));
  mkdirSync(join(root, 'content'));
  if (central === undefined) cpSync(join(ROOT, 'content/strings.yaml'), join(root, 'content/strings.yaml'));
  else writeFileSync(join(root, 'content/strings.yaml'), central);
  let overlayDir: string | undefined;
  if (overlay !== undefined) {
    overlayDir = join(root, 'trust');
    mkdirSync(overlayDir);
    writeFileSync(join(overlayDir, 'strings.yaml'), overlay);
  }
  return { root, site: { contentDir: join(root, 'content'), overlayDir } };
}

const lines = (problems: Problem[]) => problems.map((p) => `${p.severity} ${problemLine(p)}`);

describe('the words of the interface (content/strings.yaml)', () => {
  it('has words for exactly the keys pages can ask for', () => {
    expect(Object.keys(CENTRAL).sort()).toEqual([...STRING_KEYS].sort());
    const { root, site } = project();
    expect(loadStrings(site, root)).toEqual({ strings: CENTRAL, problems: [] });
  });

  it('names the line of a missing or empty key in the central file', () => {
    const { skipLink, ...rest } = CENTRAL;
    expect(skipLink).toBeTruthy();
    const text = Object.entries({ ...rest, 'nav.home': '' })
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n');
    const { root, site } = project(undefined, text);
    expect(lines(loadStrings(site, root).problems)).toEqual([
      'error content/strings.yaml:1 — skipLink: is missing; expected the words to show, like "Skip to main content" — see "The words of the interface" in content/README.md',
      `error content/strings.yaml:${Object.keys(rest).indexOf('nav.home') + 1} — nav.home: expected some words; a trust that wants the central words leaves the key out — see "The words of the interface" in content/README.md`,
    ]);
  });
});

describe("a trust's strings.yaml", () => {
  it('changes only the keys it lists', () => {
    const { root, site } = project('# ours\nhome.callServiceDesk: Call the IT Helpdesk\n');
    const { strings, problems } = loadStrings(site, root);
    expect(problems).toEqual([]);
    expect(strings['home.callServiceDesk']).toBe('Call the IT Helpdesk');
    expect(strings['nav.home']).toBe(CENTRAL['nav.home']);
  });

  it('stops on an unknown key, naming its line and the nearest real key', () => {
    const { root, site } = project('nav.home: Start\nnav.hme: Start\nbanana: Yellow\n');
    expect(lines(loadStrings(site, root).problems)).toEqual([
      'error trust/strings.yaml:2 — nav.hme: not a word of the interface — did you mean "nav.home"? Every key is listed in content/strings.yaml',
      'error trust/strings.yaml:3 — banana: not a word of the interface — use a key from content/strings.yaml',
    ]);
    expect(() => stringsForPages(site, root)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: trust/strings.yaml:2 — nav.hme: not a word of the interface — did you mean "nav.home"? Every key is listed in content/strings.yaml
      trust/strings.yaml:3 — banana: not a word of the interface — use a key from content/strings.yaml]
    `);
  });

  it('warns, and does not stop, for a key the interface no longer uses', () => {
    const { root, site } = project('nav.home: Start\nnav.oldThing: Old words\n');
    const { strings, problems } = loadStrings(site, root, ['nav.oldThing']);
    expect(lines(problems)).toEqual([
      'warning trust/strings.yaml:2 — nav.oldThing: the interface no longer shows these words, so your change shows nowhere — remove this line from your strings.yaml',
    ]);
    expect(strings['nav.home']).toBe('Start');
    expect(() => stringsForPages(site, root)).toThrow(/nav\.oldThing: not a word of the interface/);
  });

  it('keeps the words a page fills in, like {count}', () => {
    const { root, site } = project('search.seeAll: "{count} found"\nnav.home: "Home {page}"\n');
    expect(lines(loadStrings(site, root).problems)).toEqual([
      'error trust/strings.yaml:1 — search.seeAll: the page fills in {count} and {query} here, and these words do not have exactly that — keep {count} and {query}, as in content/strings.yaml: "See all {count} results for “{query}”"',
      'error trust/strings.yaml:2 — nav.home: the page fills in nothing here, so {page} would show as it is — remove the curly brackets and the word between them',
    ]);
  });

  it('says an empty value is not how to get the central words back', () => {
    const { root, site } = project('nav.home: ""\n');
    expect(lines(loadStrings(site, root).problems)).toEqual([
      'error trust/strings.yaml:1 — nav.home: expected some words; a trust that wants the central words leaves the key out — see "The words of the interface" in content/README.md',
    ]);
  });

  it('is what the example trust uses for its own word for the service desk', () => {
    const strings = stringsForPages(
      { contentDir: join(ROOT, 'content'), overlayDir: join(ROOT, 'examples/northshire') },
      ROOT,
    );
    expect(strings['home.callServiceDesk']).toBe('Call the IT Helpdesk');
    expect(CENTRAL['home.callServiceDesk']).toBe('Call the IT service desk');
  });
});
