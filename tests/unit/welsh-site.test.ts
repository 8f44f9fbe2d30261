// content/cy/site.yaml over the English site words, and a trust's own words over both.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { welshSiteWords } from '../../src/config/welsh-site';
import { ContentError } from '../../src/config/errors';

const ENGLISH = {
  name: 'Cyber Pocket Guide',
  shortName: 'Cyber Guide',
  organisation: 'Example NHS Trust',
  description: 'Short, plain answers.',
  contacts: {
    serviceDesk: { label: 'IT service desk', hours: '24 hours a day', phone: '0306 999 0001' },
    securityTeam: { label: 'Security team' },
  } as Record<string, { label: string; hours?: string; phone?: string }>,
};

/** A content folder and an overlay, each with the files given (path: text). */
function layers(central: Record<string, string>, overlay: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'welsh-site-'));
  const write = (dir: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  write(join(root, 'content'), central);
  write(join(root, 'overlay'), overlay);
  return { contentDir: join(root, 'content'), overlayDir: join(root, 'overlay'), root };
}

const CENTRAL_WELSH = `translation: draft
name: Canllaw Poced Seiber
organisation: Ymddiriedolaeth GIG Enghreifftiol
contacts:
  serviceDesk:
    label: Desg gwasanaeth TG
    hours: 24 awr y dydd
  securityTeam:
    label: Tîm diogelwch
`;

describe('the site words in Welsh (cy/site.yaml)', () => {
  it('puts the Welsh words over the English ones, keeping numbers and any word it leaves out', () => {
    const site = layers({ 'cy/site.yaml': CENTRAL_WELSH });
    const words = welshSiteWords(site, ENGLISH, site.root);
    expect(words.name).toBe('Canllaw Poced Seiber');
    expect(words.shortName).toBe('Cyber Guide');
    expect(words.contacts.serviceDesk).toEqual({
      label: 'Desg gwasanaeth TG',
      hours: '24 awr y dydd',
      phone: '0306 999 0001',
    });
  });

  it("keeps a trust's own English name and team labels over the central Welsh ones, and takes its own Welsh words", () => {
    const site = layers(
      { 'cy/site.yaml': CENTRAL_WELSH },
      {
        'site.yaml': 'name: Northshire Cyber Guide\ncontacts:\n  serviceDesk:\n    label: Northshire IT Helpdesk\n',
        'cy/site.yaml': 'translation: draft\ncontacts:\n  securityTeam:\n    label: Tîm diogelwch Northshire\n',
      },
    );
    const english = {
      ...ENGLISH,
      name: 'Northshire Cyber Guide',
      contacts: {
        ...ENGLISH.contacts,
        serviceDesk: { ...ENGLISH.contacts.serviceDesk, label: 'Northshire IT Helpdesk' },
      },
    };
    const words = welshSiteWords(site, english, site.root);
    expect(words.name).toBe('Northshire Cyber Guide');
    expect(words.organisation).toBe('Ymddiriedolaeth GIG Enghreifftiol');
    expect(words.contacts.serviceDesk.label).toBe('Northshire IT Helpdesk');
    expect(words.contacts.serviceDesk.hours).toBe('24 awr y dydd');
    expect(words.contacts.securityTeam.label).toBe('Tîm diogelwch Northshire');
  });

  it('refuses a field that is not a word, naming the file and line', () => {
    const site = layers({ 'cy/site.yaml': 'translation: draft\nphone: "0306 999 0001"\n' });
    expect(() => welshSiteWords(site, ENGLISH, site.root)).toThrow(ContentError);
    expect(() => welshSiteWords(site, ENGLISH, site.root)).toThrow(/content\/cy\/site\.yaml:2/);
  });
});
