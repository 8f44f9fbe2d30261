import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../src/checks/content-set';
import { loadSiteConfig } from '../../src/config/site';
import { flowContentOf } from '../../src/help-flow/content-files';
import { HELP_FLOW } from '../../src/help-flow/flow';
import { firstSteps, plainText, urgentCallout } from '../../src/help-flow/guide-facts';
import { splitFrontmatter } from '../../src/content/files';
const bodyOf = (source: string) => splitFrontmatter(source).body;
import { POCKET_CARD_CONTACTS, POCKET_CARD_END } from '../../src/help-flow/pocket-card';
import { HelpFlowError, isEndPage, resolveFlow, shapeProblems, type FlowContent } from '../../src/help-flow/resolve';
import { CONTACT_KEYS, type HelpEnd, type HelpQuestion } from '../../src/help-flow/types';
import { flowPages, MAX_TAPS_FROM_HOME, tapsFromHome } from '../../src/help-flow/walk';
import { ROOT } from '../helpers/build';

const centralSite = loadSiteConfig({ root: ROOT, cwd: ROOT });
const exampleSite = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay: 'examples/northshire' });
const central = () => flowContentOf(loadContentSet(ROOT, centralSite));
const example = () => flowContentOf(loadContentSet(ROOT, exampleSite));
const centralGuideSlugs = readdirSync(join(ROOT, 'content/guides')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const pages = flowPages(HELP_FLOW);
const ends = pages.filter((p) => p.node.kind === 'end').map((p) => ({ ...p, node: p.node as HelpEnd }));

/** A copy of the central content with one change, for the cases a build must handle. */
function changed(change: (content: FlowContent) => void): FlowContent {
  const content = central();
  change(content);
  return content;
}

describe('the helper flow (src/help-flow/flow.ts)', () => {
  it('starts with the question at help/ and has a page per answer', () => {
    expect(pages[0].path).toBe('');
    expect(pages[0].node.title).toBe('What happened?');
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('lost-a-device/work-device/');
    expect(ends.length).toBeGreaterThanOrEqual(10);
  });

  it('offers every situation staff meet first, plus "something else"', () => {
    const first = HELP_FLOW.answers.map((a) => a.label);
    for (const words of [/clicked a link/i, /password/i, /lost a device/i, /pop-up or a ransom note/i, /wrong person/i, /systems are down/i, /something else/i]) {
      expect(first.some((label) => words.test(label)), String(words)).toBe(true);
    }
  });

  it('ends every path on an end page: no dead ends, no question without answers', () => {
    for (const page of pages) {
      if (page.node.kind === 'question') {
        expect(page.node.answers.length, page.path).toBeGreaterThanOrEqual(2);
        for (const answer of page.node.answers) expect(pages.some((p) => p.node === answer.next), answer.label).toBe(true);
      }
    }
    // Leaves are exactly the end pages.
    const leaves = pages.filter((p) => !pages.some((child) => child.parentPath === p.path));
    expect(leaves.map((p) => p.node.kind)).toEqual(leaves.map(() => 'end'));
    expect(shapeProblems(HELP_FLOW)).toEqual([]);
  });

  it(`reaches every end page in at most ${MAX_TAPS_FROM_HOME} taps from the home page, asking at most one follow-up`, () => {
    for (const end of ends) {
      expect(tapsFromHome(end), end.path).toBeLessThanOrEqual(3);
      expect(end.answers.length, end.path).toBeLessThanOrEqual(2);
    }
  });

  it('gives every end page a few short numbered steps, something to do now, and a contact', () => {
    for (const { node, path } of ends) {
      expect(node.steps.length, path).toBeGreaterThanOrEqual(3);
      expect(node.steps.length, path).toBeLessThanOrEqual(7);
      for (const step of [...node.steps, node.now]) expect(step.split(/\s+/).length, `${path}: ${step}`).toBeLessThanOrEqual(25);
      expect(node.contacts.length, path).toBeGreaterThan(0);
    }
  });

  it('names only guides that are in content/guides', () => {
    const named = ends.flatMap((e) => [e.node.guide, ...(e.node.moreGuides ?? [])]);
    expect(named.filter((slug) => !centralGuideSlugs.includes(slug))).toEqual([]);
    // The urgent guides all have a path to them.
    const urgent = centralGuideSlugs.filter((slug) => /^urgent: true$/m.test(readFileSync(join(ROOT, 'content/guides', `${slug}.mdx`), 'utf8')));
    expect(urgent.filter((slug) => !named.includes(slug))).toEqual([]);
  });

  it('names only contacts that content/site.yaml has, and sends each situation to the right team', () => {
    const named = new Set(ends.flatMap((e) => e.node.contacts));
    expect([...named].filter((key) => !(key in centralSite.contacts))).toEqual([]);
    expect([...CONTACT_KEYS].filter((key) => !(key in centralSite.contacts))).toEqual([]);
    const contactsAt = (path: string) => ends.find((e) => e.path === path)!.node.contacts;
    expect(contactsAt('sent-to-the-wrong-person/')[0]).toBe('informationGovernance');
    expect(contactsAt('lost-a-device/smartcard-or-badge/')).toContain('securityTeam');
    expect(contactsAt('systems-are-down/')[0]).toBe('serviceDesk');
    expect(contactsAt('something-else/suspicious-message/')[0]).toBe('reportPhishing');
  });

  it('resolves against the central content with no warning, linking every guide by its title', () => {
    const { pages: resolved, warnings } = resolveFlow(HELP_FLOW, central());
    expect(warnings).toEqual([]);
    const lost = resolved.filter(isEndPage).find((p) => p.path === 'lost-a-device/work-device/')!;
    expect(lost.node.guideLink).toEqual({ slug: 'lost-or-stolen-device', title: 'I lost a device' });
    expect(lost.node.stepsFrom).toBe('flow');
    expect(lost.node.steps).toEqual(ends.find((e) => e.path === 'lost-a-device/work-device/')!.node.steps);
  });

  it('has the pocket card show an end page of the flow, with numbers site.yaml has', () => {
    expect(ends.find((e) => e.path === POCKET_CARD_END)?.node.guide).toBe('systems-are-down');
    expect(POCKET_CARD_CONTACTS.filter((key) => !centralSite.contacts[key]?.phone)).toEqual([]);
  });
});

describe('the helper in a trust copy', () => {
  it("uses the trust's own first steps where its overlay replaces the guide (Northshire's red boxes)", () => {
    const { pages: resolved, warnings } = resolveFlow(HELP_FLOW, example());
    expect(warnings).toEqual([]);
    const down = resolved.filter(isEndPage).find((p) => p.path === 'systems-are-down/')!;
    expect(down.node.stepsFrom).toBe('trust');
    expect(down.node.steps).toEqual(firstSteps(bodyOf(readFileSync(join(ROOT, 'examples/northshire/guides/systems-are-down.mdx'), 'utf8'))));
    expect(down.node.steps.join(' ')).toContain('red downtime box');
    expect(down.node.now).toContain('red downtime box');
    expect(down.node.guideLink?.title).toBe('Systems are down: what to do at Northshire');
    // Guides the trust did not replace keep the flow's steps.
    expect(resolved.filter(isEndPage).filter((p) => p.node.stepsFrom === 'trust').map((p) => p.path)).toEqual(['systems-are-down/']);
  });

  it('leaves out the link to a hidden guide and still shows the steps', () => {
    const content = changed((c) => {
      c.guides.delete('pop-up-or-ransom-note');
      c.hiddenGuides.add('pop-up-or-ransom-note');
    });
    const { pages: resolved } = resolveFlow(HELP_FLOW, content);
    const popUp = resolved.filter(isEndPage).find((p) => p.path === 'pop-up-or-ransom-note/')!;
    expect(popUp.node.guideLink).toBeUndefined();
    expect(popUp.node.steps.length).toBeGreaterThan(3);
    const opened = resolved.filter(isEndPage).find((p) => p.path === 'clicked-a-link/opened-a-file/')!;
    expect(opened.node.moreLinks.map((g) => g.slug)).not.toContain('pop-up-or-ransom-note');
  });

  it('fails the build, naming the page and the guide, when a guide is in neither this build nor hide:', () => {
    const content = changed((c) => c.guides.delete('lost-or-stolen-device'));
    expect(() => resolveFlow(HELP_FLOW, content)).toThrow(HelpFlowError);
    expect(() => resolveFlow(HELP_FLOW, content)).toThrowErrorMatchingInlineSnapshot(`
      [HelpFlowError: The "Something's wrong" helper has 3 problems:
        - "You lost a work device" (help/lost-a-device/work-device/) names the guide "lost-or-stolen-device", which is not in content/guides; check the spelling against the file names there, in src/help-flow/flow.ts
        - "You lost your own phone with work apps on it" (help/lost-a-device/own-phone/) names the guide "lost-or-stolen-device", which is not in content/guides; check the spelling against the file names there, in src/help-flow/flow.ts
        - "You lost a smartcard or ID badge" (help/lost-a-device/smartcard-or-badge/) names the guide "lost-or-stolen-device", which is not in content/guides; check the spelling against the file names there, in src/help-flow/flow.ts]
    `);
  });

  it('falls back to the service desk, with a build warning, when site.yaml lacks a contact', () => {
    const content = changed((c) => c.contacts.delete('securityTeam'));
    const { pages: resolved, warnings } = resolveFlow(HELP_FLOW, content);
    const badge = resolved.filter(isEndPage).find((p) => p.path === 'lost-a-device/smartcard-or-badge/')!;
    expect(badge.node.contacts).toEqual(['serviceDesk']);
    expect(warnings).toContain(
      'help flow: "You lost a smartcard or ID badge" (help/lost-a-device/smartcard-or-badge/) names the contact "securityTeam", which site.yaml does not have; showing serviceDesk instead. Add contacts.securityTeam to site.yaml, or change src/help-flow/flow.ts',
    );
    const outOfPlace = resolved.filter(isEndPage).find((p) => p.path === 'something-else/someone-out-of-place/')!;
    expect(outOfPlace.node.contacts).toEqual(['serviceDesk']);
  });
});

describe('checks on the shape of a flow', () => {
  const end = (slug: string): HelpEnd => ({ kind: 'end', slug, title: slug, now: 'Call now.', steps: ['One.'], guide: 'clicked-a-link', contacts: ['serviceDesk'] });
  const question = (slug: string, ...answers: HelpQuestion['answers']): HelpQuestion => ({ kind: 'question', slug, title: `${slug}?`, answers });

  it('finds a dead end, a repeated address, a bad slug and a path with too many taps', () => {
    const flow = question(
      '',
      { label: 'A', next: question('a') },
      { label: 'B', next: end('b') },
      { label: 'B again', next: end('b') },
      { label: 'C', next: end('Not A Slug') },
      { label: 'D', next: question('d', { label: 'E', next: question('e', { label: 'F', next: end('f') }) }) },
    );
    expect(shapeProblems(flow)).toEqual([
      '"?" (help/) has two answers leading to the slug "b"; each answer needs its own',
      '"a?" (help/a/) is a question with no answers: a dead end',
      '"Not A Slug" (help/Not A Slug/) has the slug "Not A Slug"; use lower-case letters, digits and hyphens',
      '"f" (help/d/e/f/) is 4 taps from the home page; the most is 3, so ask fewer questions',
    ]);
  });
});

describe('facts read from a guide', () => {
  it("reads a guide's first numbered steps as plain text", () => {
    const steps = firstSteps(bodyOf(readFileSync(join(ROOT, 'content/guides/clicked-a-link.mdx'), 'utf8')));
    expect(steps[0]).toBe("Stop. Don't click anything else in the message or on the page that opened.");
    expect(steps.at(-1)).toBe('Report the message, so it can be blocked for everyone. See how to report a suspicious message.');
    expect(steps).toHaveLength(7);
  });

  it('joins a wrapped step, and finds nothing where there are no steps', () => {
    expect(firstSteps('<Steps>\n\n1. **Call.** The desk\n   right away.\n2. Wait.\n\n</Steps>')).toEqual(['Call. The desk right away.', 'Wait.']);
    expect(firstSteps('Just a paragraph.')).toEqual([]);
  });

  it('reads the urgent callout, and turns Markdown into the words people read', () => {
    expect(urgentCallout('<Callout type="info">No</Callout>\n<Callout type="urgent" title="Do this now">\nCall the **desk** now.\n</Callout>')).toBe('Call the desk now.');
    expect(urgentCallout('Nothing urgent.')).toBeUndefined();
    expect(plainText('See [the guide](/guides/x/) and `code`, *now*.')).toBe('See the guide and code, now.');
  });
});
