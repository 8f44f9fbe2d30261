import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
function termProblems(
  change: (root: string) => void = () => {},
  languages = 'languages: [en, cy]\n',
  overlay?: string,
): string[] {
  const root = mkdtempSync(join(tmpdir(), 'welsh-terms-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const site = join(root, 'content/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}${languages}`);
  if (overlay) cpSync(join(ROOT, overlay), join(root, 'trust'), { recursive: true });
  change(root);
  return runChecks({ root, checks: [welshTermsCheck], overlay: overlay && 'trust' })
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

/**
 * Puts "ffishio" (a form to avoid for "gwe-rwydo") into the words of a Welsh file: the first plain line
 * of words in a YAML file (inside its quotes, if quoted), or a new last line of an .mdx page. Its line.
 */
function plant(root: string, file: string): number {
  const path = join(root, file);
  const lines = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
  const index = file.endsWith('.mdx')
    ? lines.push('Mae ffishio yn dwyll.') - 1
    : lines.findIndex((line) => /^\s*(- )?(?!id:|translationOf:|translation:|from)[\w.-]+: "?[A-Z][^:#]*$/.test(line));
  expect(index, file).toBeGreaterThan(0);
  if (!file.endsWith('.mdx'))
    lines[index] = lines[index].endsWith('"')
      ? `${lines[index].slice(0, -1)} Mae ffishio yn dwyll."`
      : `${lines[index]} Mae ffishio yn dwyll.`;
  writeFileSync(path, `${lines.join('\n')}\n`);
  return index + 1;
}

const PHISHING = `"ffishio": the Welsh pages write "gwe-rwydo" for "phishing" — write "gwe-rwydo", mutated as the sentence needs; content/cy/terms.yaml lists the words the Welsh pages use`;

describe('welsh terms: every Welsh file uses the words content/cy/terms.yaml lists', () => {
  const files = [
    'content/cy/strings.yaml',
    'content/cy/pages/about.mdx',
    'content/cy/help.yaml',
    'content/cy/site.yaml',
    'content/cy/checklists/end-of-shift.yaml',
    'content/cy/tips.yaml',
    'content/cy/scenarios/director-gift-cards.yaml',
  ];

  it.each(files)('warns, with its line, of a form to avoid in %s', (file) => {
    let line = 0;
    expect(termProblems((root) => (line = plant(root, file)))).toEqual([`warning ${file}:${line} — ${PHISHING}`]);
  });

  it("reads a trust's cy/ folder: its Welsh guide, page, helper words and checklist", () => {
    const trust = [
      'trust/cy/guides/locking-your-screen.mdx',
      'trust/cy/pages/accessibility.mdx',
      'trust/cy/help.yaml',
      'trust/cy/checklists/end-of-shift.yaml',
    ];
    const lines: string[] = [];
    const problems = termProblems(
      (root) => {
        mkdirSync(join(root, 'trust/cy/checklists'));
        cpSync(join(root, 'content/cy/checklists/end-of-shift.yaml'), join(root, trust[3]));
        writeFileSync(join(root, trust[2]), 'translation: draft\npages:\n  lost-a-device:\n    hint: Dewiswch un.\n');
        for (const file of trust) lines.push(`warning ${file}:${plant(root, file)} — ${PHISHING}`);
      },
      '',
      'tests/fixtures/overlays/cymraeg',
    );
    expect(problems).toEqual(lines.sort());
  });

  it('leaves alone comments, ids, a practice sender and web and email addresses in Welsh YAML files', () => {
    const problems = termProblems((root) => {
      const path = join(root, 'content/cy/scenarios/director-gift-cards.yaml');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(
          /^from: .*\nfromDetail: .*$/m,
          '# Mae "pasword" yn air i\'w osgoi.\nfrom: "Desg Gymorth TG"\nfromDetail: "linc@nhs-mail.example.com"',
        ),
      );
      const help = join(root, 'content/cy/help.yaml');
      writeFileSync(help, readFileSync(help, 'utf8').replace(/^(\s+hint: .*)$/m, '$1 Ewch i wifi.example.com/linc.'));
    });
    expect(problems).toEqual([]);
  });
});

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
