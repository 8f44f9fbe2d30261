/**
 * Everything staff read is content (content/), so an editor or a trust can change it: src/ holds the
 * structure only. This reads the code the way a reviewer would, for text a page would show: the text
 * of every .astro template (and its alt, title, placeholder and aria-label attributes), and every
 * string in the code that reads like a sentence. Engineers' and editors' messages (the build log, the
 * checks, the editor, hosting configs, schema messages) are not staff-facing and are left out by
 * folder. tests/build/strings-overlay.test.ts proves the same from the other side, on a built site
 * whose every word is replaced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';

/** Where the words are for engineers and editors, never staff. */
const NOT_STAFF_FACING = [
  /^src\/(checks|cli|cms|config|hosting|integration|build-steps|tools)\//,
  // A component's props schema: its messages and examples are for editors.
  /\.schema\.ts$/,
  // The content files' schemas: their messages, descriptions and examples are for editors, in
  // npm run check and VS Code. (The topics' names, once here, are in content/strings.yaml.)
  /^src\/schemas\//,
];

const files = (readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }) as string[])
  .map((f) => relative(ROOT, join(ROOT, 'src', f)).replaceAll('\\', '/'))
  .filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('.generated.ts') && !NOT_STAFF_FACING.some((p) => p.test(f)));

/** Text with every {…} expression taken out, however deeply nested. */
function withoutExpressions(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

/** The words a template shows as they are written: outside its code, scripts, styles, comments, tags and expressions. */
export function templateText(source: string): string[] {
  const markup = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  // Words in attributes a person reads or hears: alt text, labels, titles, placeholders.
  const attributes = [...markup.matchAll(/\s(?:alt|title|placeholder|aria-label|aria-description)="([^"{]*)"/g)].map(
    (m) => m[1]!,
  );
  const text = withoutExpressions(markup)
    .replace(/<[^>]*>/g, '\n')
    .replace(/&[a-z]+;|&#\w+;/gi, ' ')
    .split('\n')
    .map((line) => line.trim());
  return [...attributes, ...text].filter((line) => /\p{L}{2}/u.test(line));
}

/** Strings in code that read like a sentence to staff: a capital, then at least two more words. */
export function sentenceStrings(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  return [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3])!)
    .filter((text) => /^[A-Z][a-z]+(?:[ ,'’][A-Za-z’'-]+){2,}/.test(text.replace(/\$\{[^}]*\}/g, 'X')));
}

describe('src/ holds no staff-facing sentence', () => {
  it('finds the kinds of text it looks for (so a pass means something)', () => {
    expect(
      templateText(
        '---\nconst a = 1;\n---\n<p>{t("x")}</p>\n<p>Call the desk now</p><script>const s = "Hi there you";</script>',
      ),
    ).toEqual(['Call the desk now']);
    expect(
      templateText('<button aria-label="Close" class="app-x" title={t("y")}><img alt="" src="a.svg" /></button>'),
    ).toEqual(['Close']);
    expect(
      sentenceStrings(
        `const topics = { devices: { title: 'Email and phishing' } }; // Not this one here\nconst k = 'nav.home';`,
      ),
    ).toEqual(['Email and phishing']);
  });

  it('in any template or code that makes pages, scripts or the offline copy', () => {
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const text = file.endsWith('.astro')
        ? [...templateText(source), ...sentenceStrings(source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '')]
        : sentenceStrings(source);
      return text.map((words) => `${file}: ${words}`);
    });
    expect(found, 'move these words to content/strings.yaml (a key in src/schemas/strings.ts) or to content/').toEqual(
      [],
    );
  });
});
