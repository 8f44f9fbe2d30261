import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/config/site';
import { publicSite } from '../../src/integration/site-module';
import { splitFrontmatter } from '../../src/content/files';
import { dontList, pocketCardFrom } from '../../src/features/pocket-card/pocket-card';
import { ROOT } from '../helpers/build';

const body = (path: string) => splitFrontmatter(readFileSync(join(ROOT, path), 'utf8')).body;

describe('the downtime pocket card, made from a guide', () => {
  it("shows the central downtime guide's own first steps, don't list and Do this now", () => {
    const card = pocketCardFrom(body('content/guides/systems-are-down.mdx'))!;
    expect(card.steps[0]).toBe('Check whether colleagues have the same problem. This tells IT how big it is.');
    expect(card.steps).toHaveLength(5);
    expect(card.donts).toEqual([
      'Try to fix the computer yourself',
      'Plug in your own phone, laptop or USB stick to get round the problem',
      'Use personal email or messaging apps to send patient information',
      'Switch computers off and on unless IT tells you to',
    ]);
    expect(card.now).toMatch(/^Keep caring for patients\. Check with colleagues, then call the IT service desk\./);
  });

  it("gives a trust that replaces the guide its own card, with no copy (Northshire's red box)", () => {
    const card = pocketCardFrom(body('examples/northshire/guides/systems-are-down.mdx'))!;
    expect(card.now).toMatch(/red downtime box/);
    expect(card.steps[2]).toMatch(/^Open the red downtime box/);
    expect(card.donts).toEqual([]);
  });

  it('has no card for a guide with no <Steps>, and reads a dont list in single quotes too', () => {
    expect(pocketCardFrom('Just words.')).toBeUndefined();
    expect(dontList(`<DoDont do={['Check']} dont={['Reply to **it**', "Click"]} />`)).toEqual(['Reply to it', 'Click']);
  });
});

describe('site.yaml pocketCard', () => {
  it('lists the service desk, information governance and security by default, all with phone numbers', () => {
    const site = loadSiteConfig({ root: ROOT, cwd: ROOT });
    expect(publicSite(site).pocketCard).toEqual({
      guide: 'systems-are-down',
      contacts: ['serviceDesk', 'informationGovernance', 'securityTeam'],
    });
    expect(publicSite(site).pocketCard.contacts.filter((key) => !site.contacts[key]?.phone)).toEqual([]);
  });

  it('names the line of a contact the copy does not have', () => {
    const root = mkdtempSync(join(tmpdir(), 'pocket-card-'));
    cpSync(join(ROOT, 'content/site.yaml'), join(root, 'content/site.yaml'));
    cpSync(join(ROOT, 'content/brand'), join(root, 'content/brand'), { recursive: true });
    cpSync(join(ROOT, 'content/nations'), join(root, 'content/nations'), { recursive: true });
    const overlay = join(root, 'trust');
    mkdirSync(overlay);
    writeFileSync(join(overlay, 'site.yaml'), 'pocketCard:\n  contacts:\n    - serviceDesk\n    - itHelpdesk\n');
    expect(() => loadSiteConfig({ root, cwd: root, overlay })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: trust/site.yaml:4 — pocketCard.contacts[1]: "itHelpdesk" is not under contacts; use one of serviceDesk, reportPhishing, informationGovernance, nationalPhishing, counterFraud, securityTeam, reportFraud, nhsCounterFraud, police, csoc]`,
    );
  });
});
