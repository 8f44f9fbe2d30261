import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/config/site';
import { loadContentSet } from '../../src/content/content-set';
import { flowContentOf } from '../../src/features/helper/content-files';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks } from '../../src/checks/runner';
import { ROOT } from '../helpers/build';

const load = (overlay: string) => loadSiteConfig({ root: ROOT, cwd: ROOT, overlay });

describe('site.yaml nation: and content/nations/<nation>.yaml', () => {
  it('is england by default, with the routes England has always shown', () => {
    const site = loadSiteConfig({ root: ROOT, cwd: ROOT });
    expect(site.nation).toBe('england');
    expect(site.contacts.reportFraud).toMatchObject({ label: 'Report Fraud', phone: '0300 123 2040' });
    expect(site.contacts.nhsCounterFraud).toMatchObject({ label: 'NHS Counter Fraud Authority' });
    expect(site.contacts.csoc).toMatchObject({ phone: '0300 303 5222' });
    expect(site.national.absentContacts).toEqual([]);
  });

  it("gives a Scottish copy Police Scotland and NHS Scotland Counter Fraud Services, and no CSOC, keeping the trust's own contacts", () => {
    const site = load('tests/fixtures/overlays/nation-scotland');
    expect(site.contacts.reportFraud).toMatchObject({ label: 'Police Scotland', phone: '101' });
    expect(site.contacts.police).toMatchObject({ label: 'Police Scotland (not an emergency)', phone: '101' });
    expect(site.contacts.nhsCounterFraud).toMatchObject({
      label: 'NHS Scotland Counter Fraud Services',
      phone: '08000 15 16 28',
    });
    expect(site.contacts.csoc).toBeUndefined();
    expect(site.national.absentContacts).toEqual(['csoc']);
    expect(site.contacts.serviceDesk.label).toBe('IT service desk');
    expect(JSON.stringify(site.contacts)).not.toMatch(/Report Fraud|Counter Fraud Authority|Cyber Security Operations/);
    expect(site.national.words.reportCrime).toBe('Report it to Police Scotland on 101.');
  });

  it('lets the helper name a route its nation marks none (its card then shows nothing), and keeps the example trust English', () => {
    const scottish = load('tests/fixtures/overlays/nation-scotland');
    expect(flowContentOf(loadContentSet(ROOT, scottish)).contacts.has('csoc')).toBe(true);
    expect(load('examples/northshire').nation).toBe('england');
    expect(load('examples/northshire').contacts.reportFraud?.label).toBe('Report Fraud');
  });

  it("lets a trust's nations/ file add a contact, and its site.yaml change one field of a national one", () => {
    const site = load('tests/fixtures/content-checks/nation-missing');
    expect(site.contacts.fraudLiaison).toMatchObject({ label: 'Fraud Liaison Officer', phone: '0306 999 0070' });
    expect(site.contacts.police).toMatchObject({
      label: 'Police Scotland (not an emergency)',
      phone: '101',
      how: "Call 101 and give the board's incident number.",
    });
    expect(site.national.words.boardRoute).toBe("Your health board's Fraud Liaison Officer takes reports.");
  });

  it('refuses a nation that is not one of the four, listing them', () => {
    expect(() => load('tests/fixtures/overlays/nation-bad')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: tests/fixtures/overlays/nation-bad/site.yaml:1 — nation: expected one of england, wales, scotland, northern-ireland (the nation this copy serves), but found "scotand"]`,
    );
  });

  it('refuses a national contact without its source, naming the file and line', () => {
    expect(() => load('tests/fixtures/overlays/nation-unsourced')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: tests/fixtures/overlays/nation-unsourced/nations/wales.yaml:2 — contacts.csoc: source: expected the https:// address of the page that publishes this number or route]`,
    );
  });
});

describe('npm run check: a nation without a value for a contact or sentence a guide uses', () => {
  const FIXTURE = 'tests/fixtures/content-checks/nation-missing';
  const guide = `${FIXTURE}/guides/nation-missing.mdx`;
  const run = () => runChecks({ root: ROOT, overlay: FIXTURE, today: new Date('2026-12-01T00:00:00Z') });

  it('names the guide line, the nation, the nation file line and the fix, for every nation that lacks it', () => {
    expect(
      run()
        .problems.filter((p) => p.check === 'nations')
        .map((p) => [p.severity, formatProblem(p)]),
    ).toEqual([
      [
        'error',
        `${guide}:16 — <NationWords name="boardRoute"> has no value for England: content/nations/england.yaml:33 has no words.boardRoute — add boardRoute under words: in content/nations/england.yaml, with its source:, or write "boardRoute: none" there if nothing needs saying in England`,
      ],
      [
        'error',
        `${guide}:16 — <NationWords name="boardRoute"> has no value for Wales: content/nations/wales.yaml:26 has no words.boardRoute — add boardRoute under words: in content/nations/wales.yaml, with its source:, or write "boardRoute: none" there if nothing needs saying in Wales`,
      ],
      [
        'error',
        `${guide}:16 — <NationWords name="boardRoute"> has no value for Northern Ireland: content/nations/northern-ireland.yaml:27 has no words.boardRoute — add boardRoute under words: in content/nations/northern-ireland.yaml, with its source:, or write "boardRoute: none" there if nothing needs saying in Northern Ireland`,
      ],
      [
        'error',
        `${guide}:18 — <ContactCard name="fraudLiaison"> has no value for England: content/nations/england.yaml:8 has no contacts.fraudLiaison — add fraudLiaison under contacts: in content/nations/england.yaml, with its source:, or write "fraudLiaison: none" there if this route does not apply in England`,
      ],
      [
        'error',
        `${guide}:18 — <ContactCard name="fraudLiaison"> has no value for Wales: content/nations/wales.yaml:6 has no contacts.fraudLiaison — add fraudLiaison under contacts: in content/nations/wales.yaml, with its source:, or write "fraudLiaison: none" there if this route does not apply in Wales`,
      ],
      [
        'error',
        `${guide}:18 — <ContactCard name="fraudLiaison"> has no value for Northern Ireland: content/nations/northern-ireland.yaml:6 has no contacts.fraudLiaison — add fraudLiaison under contacts: in content/nations/northern-ireland.yaml, with its source:, or write "fraudLiaison: none" there if this route does not apply in Northern Ireland`,
      ],
    ]);
  });

  it('is content with a route a nation marks none (csoc in Wales, Scotland and Northern Ireland)', () => {
    expect(run().problems.filter((p) => p.check === 'nations' && p.message.includes('"csoc"'))).toEqual([]);
    expect(runChecks({ root: ROOT }).problems.filter((p) => p.check === 'nations')).toEqual([]);
  });
});
