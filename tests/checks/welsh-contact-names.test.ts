// A contact's name in a Welsh page: it stands where no word before it mutates it (after a colon, or at
// the start of a sentence), as a name from site.yaml has one form. A mistake planted in a copy of content/.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { welshPagesCheck } from '../../src/checks/rules/welsh-pages';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

const ABOUT = 'content/cy/pages/about.mdx';
const SHIPPED = 'Rhowch wybod i\'r tîm hwn: <ContactName name="serviceDesk" />.';

/** The contact-name warnings for a copy of content/ with Welsh on, its Welsh about page's sentence replaced. */
function warnings(sentence?: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'welsh-contact-names-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const site = join(root, 'content/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}languages: [en, cy]\n`);
  if (sentence !== undefined) {
    const about = join(root, ABOUT);
    const text = readFileSync(about, 'utf8');
    expect(text).toContain(SHIPPED);
    writeFileSync(about, text.replace(SHIPPED, sentence));
  }
  return runChecks({ root, checks: [welshPagesCheck] })
    .problems.filter((p) => p.message.includes('<ContactName'))
    .map((p) => `${p.severity} ${formatProblem(p)}`);
}

const line =
  readFileSync(join(ROOT, ABOUT), 'utf8')
    .split('\n')
    .findIndex((text) => text.includes(SHIPPED)) + 1;

describe('a contact name in a Welsh page', () => {
  it('finds none in the shipped Welsh pages: each name follows a colon or starts a sentence', () => {
    expect(line).toBeGreaterThan(0);
    expect(warnings()).toEqual([]);
  });

  it('warns of a name after a word that mutates it, with the file, the line and the colon to use', () => {
    expect(warnings('Rhowch wybod i\'r <ContactName name="serviceDesk" />.')).toEqual([
      `warning ${ABOUT}:${line} — <ContactName name="serviceDesk" /> follows "i'r": in Welsh the word before a name can change its first letter (mutation, as "tîm" is "i dîm" and "â thîm"), and a contact's name has only one form — put the name where no word comes before it: after a colon, as in "cysylltwch â'r tîm hwn: <ContactName name="serviceDesk" />", or at the start of a sentence`,
    ]);
    expect(warnings('Ffoniwch <ContactName name="serviceDesk" /> nawr.')).toHaveLength(1);
    expect(warnings('Cysylltwch â <ContactName name="serviceDesk" />.')).toHaveLength(1);
  });

  it('accepts a name at the start of a sentence, after a colon, in brackets or as a list item', () => {
    for (const sentence of [
      '<ContactName name="serviceDesk" /> sy\'n helpu.',
      'Dyma nhw. <ContactName name="serviceDesk" /> sy\'n helpu.',
      'Rhowch wybod i\'r tîm hwn: <ContactName name="serviceDesk" />.',
      'Y tîm (<ContactName name="serviceDesk" />) sy\'n helpu.',
      '- <ContactName name="serviceDesk" />',
    ])
      expect(warnings(sentence), sentence).toEqual([]);
  });
});
