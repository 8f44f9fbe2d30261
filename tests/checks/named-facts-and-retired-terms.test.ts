import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks } from '../../src/checks/runner';
import { phrasePattern } from '../../src/checks/rules/retired-terms';
import type { Problem } from '../../src/schemas/problem';
import { retiredTermsSchema } from '../../src/schemas/retired-terms';
import { ROOT } from '../helpers/build';

const TODAY = new Date('2026-12-01T00:00:00Z');
const FIXTURES = 'tests/fixtures/content-checks';

/** The problems one check finds in a fixture overlay's own files, as [severity, "file:line — problem — fix"]. */
function problemsIn(fixture: string, check: string): [Problem['severity'], string][] {
  const run = runChecks({ root: ROOT, overlay: `${FIXTURES}/${fixture}`, today: TODAY });
  return run.problems
    .filter((p) => p.check === check && p.file.startsWith(`${FIXTURES}/${fixture}/`))
    .map((p) => [p.severity, formatProblem(p)]);
}

describe('retired terms (content/retired-terms.yaml)', () => {
  const guide = `${FIXTURES}/retired-term/guides/retired-term.mdx`;
  const fix = (use: string) =>
    `write "${use}" instead (content/retired-terms.yaml lists each retired name and its replacement)`;

  it('reports each use in an overlay, its own site.yaml and its own terms included, with the line and the replacement', () => {
    expect(problemsIn('retired-term', 'retired terms')).toEqual([
      [
        'error',
        `${guide}:16 — "Action Fraud" is a retired name: Report Fraud replaced Action Fraud on 4 December 2025 — ${fix('Report Fraud')}`,
      ],
      // The overlay's own retired-terms.yaml adds to the central list.
      ['error', `${guide}:20 — "Old Helpdesk" is a retired name — ${fix('IT service desk')}`],
      // Found with a space for the hyphen; the link to /guides/two-step-verification/ on the same line is an address, not a name.
      [
        'error',
        `${guide}:22 — "two step verification" is a retired name: 2-step verification is the NCSC's term, used everywhere in this guide — ${fix('2-step verification')}`,
      ],
      [
        'error',
        `${FIXTURES}/retired-term/site.yaml:3 — "Action Fraud" is a retired name: Report Fraud replaced Action Fraud on 4 December 2025 — ${fix('Report Fraud')}`,
      ],
    ]);
  });

  it('leaves search words (keywords, line 5) and a line that names the new name too (line 18) alone', () => {
    const lines = problemsIn('retired-term', 'retired terms').map(([, text]) => Number(/\.mdx:(\d+)/.exec(text)?.[1]));
    expect(lines).not.toContain(5);
    expect(lines).not.toContain(18);
  });

  it('finds a phrase whole, in any capitals, with a space or a hyphen', () => {
    const pattern = phrasePattern('two-step verification');
    expect('Turn on TWO-STEP verification'.match(pattern)).toEqual(['TWO-STEP verification']);
    expect('two step verification'.match(pattern)).toEqual(['two step verification']);
    expect('N3 network'.match(phrasePattern('N3'))).toEqual(['N3']);
    expect('GN3 and N35'.match(phrasePattern('N3'))).toBeNull();
  });

  it('the central list is valid and names Action Fraud and the IG Toolkit; the real content has no retired name', () => {
    const terms = retiredTermsSchema.parse(parse(readFileSync(`${ROOT}/content/retired-terms.yaml`, 'utf8'))).terms;
    expect(terms.map((t) => [t.retired, t.use])).toEqual(
      expect.arrayContaining([
        ['Action Fraud', 'Report Fraud'],
        ['Information Governance Toolkit', 'Data Security and Protection Toolkit (DSPT)'],
      ]),
    );
    for (const overlay of [undefined, 'examples/northshire']) {
      expect(
        runChecks({ root: ROOT, overlay, today: TODAY })
          .problems.filter((p) => p.check === 'retired terms')
          .map(formatProblem),
      ).toEqual([]);
    }
  });
});

describe('named facts: numbers and addresses come from site.yaml contacts', () => {
  const guide = `${FIXTURES}/named-facts/guides/named-facts.mdx`;

  it('a number or address not in the contacts is an error; one typed in from the contacts is a warning naming the card', () => {
    expect(problemsIn('named-facts', 'named facts')).toEqual([
      [
        'error',
        `${guide}:16 — 020 7946 0999 is not a number or address from site.yaml's contacts, so nobody can check it or change it in one place — add it to contacts in site.yaml (or your overlay's) and show it with <ContactCard name="…" />; an example number must come from Ofcom's drama ranges, like 0306 999 0000`,
      ],
      [
        'warning',
        `${guide}:18 — 7726 is typed into the guide; it is contacts.nationalPhishing in site.yaml, and a change there (or in a trust's copy) would not reach this line — show it with <ContactCard name="nationalPhishing" />, and point to the card in the text instead of repeating it`,
      ],
      [
        'error',
        `${guide}:20 — mailto:someone@example.org is not a number or address from site.yaml's contacts, so nobody can check it or change it in one place — add it to contacts in site.yaml (or your overlay's) and show it with <ContactCard name="…" />`,
      ],
      // Line 22 says 999, which belongs to no one's site.yaml and never changes.
    ]);
  });

  it('the real content types in no number or address, centrally or in the example trust', () => {
    for (const overlay of [undefined, 'examples/northshire']) {
      expect(
        runChecks({ root: ROOT, overlay, today: TODAY })
          .problems.filter((p) => p.check === 'named facts')
          .map(formatProblem),
      ).toEqual([]);
    }
  });
});
