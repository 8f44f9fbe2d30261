import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { welshTermsCheck } from '../../src/checks/rules/welsh-terms';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

const GUIDE = 'content/cy/guides/three-random-words.mdx';
const TERMS = 'content/cy/terms.yaml';

/** A copy of content/ with Welsh on (or not), changed by `change`, and what the Welsh terms check says of it. */
function termProblems(change: (root: string) => void = () => {}, languages = 'languages: [en, cy]\n'): string[] {
  const root = mkdtempSync(join(tmpdir(), 'welsh-terms-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const site = join(root, 'content/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}${languages}`);
  change(root);
  return runChecks({ root, checks: [welshTermsCheck] })
    .problems.filter((p) => p.check === 'welsh terms')
    .map((p) => `${p.severity} ${formatProblem(p)}`);
}

/** The Welsh password guide with `text` as a new last line, and its line number. */
function addLine(root: string, text: string): number {
  const path = join(root, GUIDE);
  const lines = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
  writeFileSync(path, `${[...lines, text].join('\n')}\n`);
  return lines.length + 1;
}

describe('welsh terms: the Welsh guides use the words content/cy/terms.yaml lists', () => {
  it('finds no form to avoid in the shipped Welsh guides', () => {
    expect(termProblems()).toEqual([]);
  });

  it('warns, with file and line, when a Welsh guide uses a form to avoid, in any capitals', () => {
    let line = 0;
    const problems = termProblems((root) => (line = addLine(root, 'Peidiwch â rhannu eich Pasword gyda neb.')));
    expect(problems).toEqual([
      `warning ${GUIDE}:${line} — "Pasword": the Welsh pages write "cyfrinair" for "password" — write "cyfrinair" (plural "cyfrineiriau"), mutated as the sentence needs; content/cy/terms.yaml lists the words the Welsh pages use`,
    ]);
  });

  it('leaves alone link addresses, search words and a line that names the word we use to explain the other', () => {
    const problems = termProblems((root) => {
      addLine(root, 'Gweler [Wi-Fi cyhoeddus](/cy/guides/public-wifi/).');
      addLine(root, 'Mae rhai pobl yn dweud "pasword", ond rydyn ni\'n ysgrifennu cyfrinair.');
      const path = join(root, GUIDE);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace('translation: draft\n', 'translation: draft\nurgentPhrases: [linc, wifi]\n'),
      );
    });
    expect(problems).toEqual([]);
  });

  it('refuses a terms list with a wrong field, naming its line, and a word that is both used and avoided', () => {
    const problems = termProblems((root) =>
      writeFileSync(
        join(root, TERMS),
        'terms:\n  - en: password\n    cy: cyfrinair\n    avoid: [cyfrinair]\n  - en: link\n    welsh: dolen\n',
      ),
    );
    expect(problems).toEqual([
      `error ${TERMS}:4 — terms.0.avoid: "cyfrinair" is the word to use for "password", so it cannot also be a form to avoid; take it out of avoid — each term is { en: <English term>, cy: <the Welsh word we use> }, with optional plural, avoid and note; see "Welsh (Cymraeg)" in content/README.md`,
      expect.stringMatching(
        new RegExp(`^error ${TERMS}:5 — terms\\.1\\.cy: expected the Welsh word we use, like "cyfrinair" — `),
      ),
      expect.stringMatching(new RegExp(`^error ${TERMS}:6 — terms\\.1\\.welsh: "welsh" is not a field of a term — `)),
    ]);
  });

  it('reads no Welsh file in an English-only copy', () => {
    expect(termProblems((root) => addLine(root, 'pasword'), '')).toEqual([]);
  });
});
