import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContentSet } from '../../src/content/content-set';
import { loadSiteConfig } from '../../src/config/site';
import { splitFrontmatter } from '../../src/content/files';
import { flowContentOf } from '../../src/features/helper/content-files';
import { firstSteps, plainText, sectionSteps, urgentCallout } from '../../src/features/helper/guide-facts';
import { loadHelp } from '../../src/features/helper/load';
import { problemLine } from '../../src/schemas/problem';
import {
  isEndPage,
  isQuestionPage,
  resolveFlow,
  type EndPage,
  type FlowContent,
} from '../../src/features/helper/resolve';
import type { HelpQuestion } from '../../src/features/helper/types';
import { flowPages, MAX_TAPS_FROM_HOME, plainAddress, tapsFromHome } from '../../src/features/helper/walk';
import { ROOT } from '../helpers/build';

const bodyOf = (source: string) => splitFrontmatter(source).body;
const guideBody = (file: string) => bodyOf(readFileSync(join(ROOT, file), 'utf8'));
const centralSite = loadSiteConfig({ root: ROOT, cwd: ROOT });
const exampleSite = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay: 'examples/northshire' });
const central = () => flowContentOf(loadContentSet(ROOT, centralSite));
const example = () => flowContentOf(loadContentSet(ROOT, exampleSite));
const centralGuideSlugs = readdirSync(join(ROOT, 'content/guides'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const FIXTURES = join(ROOT, 'tests/fixtures/help');

/** The helper of a copy: its help.yaml files loaded (with no problem), then resolved against its content. */
function helperOf(site: typeof centralSite, content: FlowContent = flowContentOf(loadContentSet(ROOT, site))) {
  const loaded = loadHelp(site, ROOT);
  expect(loaded.problems.map(problemLine)).toEqual([]);
  return { root: loaded.root!, ...resolveFlow(loaded.root!, content) };
}
const endAt = (pages: ReturnType<typeof helperOf>['pages'], path: string) =>
  pages.filter(isEndPage).find((p) => p.path === path) as EndPage;

/** Every problem loading and resolving a helper finds, as editors read them. */
function problemsOf(files: { contentDir?: string; overlayDir?: string }, content: FlowContent = central()): string[] {
  const loaded = loadHelp(
    { contentDir: files.contentDir ?? centralSite.contentDir, overlayDir: files.overlayDir },
    ROOT,
  );
  const resolved = loaded.root ? resolveFlow(loaded.root, content).problems : [];
  return [...loaded.problems, ...resolved].map(problemLine);
}

const { pages } = helperOf(centralSite);
const ends = pages.filter(isEndPage);

/** tests/fixtures/help/small-helper: a helper and two guides whose words belong to the tests. */
const SMALL = join(FIXTURES, 'small-helper');
function smallHelper() {
  const guideFile = (slug: string) => join(SMALL, 'guides', `${slug}.mdx`);
  const guide = (slug: string) => {
    const { frontmatter, body } = splitFrontmatter(readFileSync(guideFile(slug), 'utf8'));
    return [
      slug,
      { title: String(parse(frontmatter ?? '').title), body, central: true, file: guideFile(slug) },
    ] as const;
  };
  const content: FlowContent = {
    guides: new Map([guide('lost-things'), guide('door-left-open')]),
    hiddenGuides: new Set(),
    contacts: new Set(['serviceDesk', 'securityTeam']),
  };
  const loaded = loadHelp({ contentDir: SMALL }, ROOT);
  expect(loaded.problems.map(problemLine)).toEqual([]);
  const { pages } = resolveFlow(loaded.root!, content);
  return { root: loaded.root!, content, pages, body: (slug: string) => content.guides.get(slug)!.body };
}

describe('how the helper is made (tests/fixtures/help/small-helper)', () => {
  const { pages, body } = smallHelper();

  it('starts with the first question at help/, and makes a page per answer, at its slugs', () => {
    expect(pages[0].path).toBe('');
    expect(pages[0].node.title).toBe('What went wrong?');
    expect(pages.map((p) => p.path)).toEqual([
      '',
      'lost-something/',
      'lost-something/laptop/',
      'lost-something/door-pass/',
      'door-left-open/',
    ]);
  });

  it("takes an end page's steps from its guide: the first <Steps>, or the section it names", () => {
    expect(endAt(pages, 'lost-something/laptop/').node.steps).toEqual([
      'Call the service desk.',
      'Say what you lost and where.',
      'Change your password.',
    ]);
    expect(endAt(pages, 'lost-something/laptop/').node.steps).toEqual(firstSteps(body('lost-things')));
    expect(endAt(pages, 'lost-something/door-pass/').node.steps).toEqual([
      'Tell the security team.',
      'Ask for a new pass.',
      'Check your bag once more.',
    ]);
  });

  it('shows now: in the "Do this now" box, or else the guide\'s urgent callout as plain text', () => {
    expect(endAt(pages, 'lost-something/door-pass/').node.now).toBe(
      'Tell the security team now, so they can stop the pass.',
    );
    expect(endAt(pages, 'lost-something/laptop/').node.now).toBe('Call the service desk straight away.');
  });

  it('links the guide and the further guides by their titles, with the contacts in the order given', () => {
    const pass = endAt(pages, 'lost-something/door-pass/');
    expect(pass.node.guideLink).toEqual({ slug: 'lost-things', title: 'I lost a thing' });
    expect(pass.node.moreLinks).toEqual([{ slug: 'door-left-open', title: 'A door was left open' }]);
    expect(pass.node.contacts).toEqual(['securityTeam', 'serviceDesk']);
    expect(pass.node.stepsFrom).toBe('central');
  });
});

// The real helper: rules any wording must keep (shape, reach, guides and contacts that exist). What the
// helper does with its words is tested on the fixture above, so a comms edit never fails these.
describe('the helper (content/help.yaml)', () => {
  it('has a first question and a page per answer, at addresses that differ', () => {
    expect(pages[0].path).toBe('');
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(ends.length).toBeGreaterThanOrEqual(10);
  });

  it('ends every path on an end page: no dead ends, no question without answers', () => {
    for (const page of pages.filter(isQuestionPage))
      expect(page.node.answers.length, page.path).toBeGreaterThanOrEqual(2);
    const leaves = pages.filter((p) => !pages.some((child) => child.parentPath === p.path));
    expect(leaves.map((p) => p.node.kind)).toEqual(leaves.map(() => 'end'));
  });

  it(`reaches every end page in at most ${MAX_TAPS_FROM_HOME} taps from the home page, asking at most one follow-up`, () => {
    for (const end of ends) {
      expect(tapsFromHome(end), end.path).toBeLessThanOrEqual(3);
      expect(end.answers.length, end.path).toBeLessThanOrEqual(2);
    }
  });

  it("shows each end page's steps from its guide, with something to do now and a contact", () => {
    for (const { node, path } of ends) {
      expect(node.steps.length, path).toBeGreaterThanOrEqual(3);
      expect(node.steps.length, path).toBeLessThanOrEqual(7);
      // The content checks' own limit for a sentence.
      for (const sentence of [...node.steps, node.now].flatMap((text) => text.split(/(?<=[.?!])\s+/)))
        expect(sentence.split(/\s+/).length, `${path}: ${sentence}`).toBeLessThanOrEqual(25);
      expect(node.contacts.length, path).toBeGreaterThan(0);
    }
  });

  it('names only guides that are in content/guides, and every urgent guide has a path to it', () => {
    const named = ends.flatMap((e) => [e.node.guide, ...(e.node.moreGuides ?? [])]);
    expect(named.filter((slug) => !centralGuideSlugs.includes(slug))).toEqual([]);
    const urgent = centralGuideSlugs.filter((slug) =>
      /^urgent: true$/m.test(readFileSync(join(ROOT, 'content/guides', `${slug}.mdx`), 'utf8')),
    );
    expect(urgent.filter((slug) => !named.includes(slug))).toEqual([]);
  });

  it('names only contacts that content/site.yaml has, and sends each situation to the right team', () => {
    expect(ends.flatMap((e) => e.node.contacts).filter((key) => !(key in centralSite.contacts))).toEqual([]);
    const contactsAt = (path: string) => endAt(pages, path).node.contacts;
    expect(contactsAt('sent-to-the-wrong-person/')[0]).toBe('informationGovernance');
    expect(contactsAt('lost-a-device/smartcard-or-badge/')).toContain('securityTeam');
    expect(contactsAt('systems-are-down/')[0]).toBe('serviceDesk');
    expect(contactsAt('something-else/suspicious-message/')[0]).toBe('reportPhishing');
  });

  it('links every guide by its title, and its steps are the central ones', () => {
    const titles = new Map([...central().guides].map(([slug, guide]) => [slug, guide.title]));
    for (const { node, path } of ends) expect(node.guideLink?.title, path).toBe(titles.get(node.guide));
    expect(ends.map((e) => e.node.stepsFrom)).toEqual(ends.map(() => 'central'));
  });

  it('keeps no word of the helper in src/: every question, answer and step is content', () => {
    const data = parse(readFileSync(join(ROOT, 'content/help.yaml'), 'utf8'));
    const sentences: string[] = [];
    const collect = (node: Record<string, unknown>) => {
      for (const key of ['question', 'hint', 'answer', 'title', 'now'])
        if (typeof node[key] === 'string') sentences.push(node[key] as string);
      sentences.push(...((node.notes as string[] | undefined) ?? []));
      for (const answer of (node.answers as Record<string, unknown>[] | undefined) ?? []) collect(answer);
    };
    collect(data);
    sentences.push(...ends.flatMap((e) => e.node.steps));
    expect(sentences.length).toBeGreaterThan(80);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) =>
        statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
      );
    const source = files(join(ROOT, 'src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Short labels ("Yes") could be anywhere: look for the ones long enough to be the helper's own.
    expect(sentences.filter((s) => s.length > 20 && source.includes(s))).toEqual([]);
  });
});

describe('the helper in a trust copy (examples/northshire/help.yaml)', () => {
  const northshire = helperOf(exampleSite, example());
  const lost = northshire.pages.find((p) => p.path === 'lost-a-device/')!;

  it('adds its own answer, before the one it names, with steps from its own guide and its own contact', () => {
    expect(isQuestionPage(lost) && lost.node.answers.map((a) => a.next.slug)).toEqual([
      'work-device',
      'own-phone',
      'smartcard',
      'smartcard-or-badge',
    ]);
    const smartcard = endAt(northshire.pages, 'lost-a-device/smartcard/');
    expect(smartcard.answers).toEqual(['I lost a device, a smartcard or a badge', 'My NHS smartcard']);
    expect(smartcard.node.contacts).toEqual(['registrationAuthority', 'serviceDesk']);
    expect(smartcard.node.steps).toEqual(
      sectionSteps(guideBody('examples/northshire/guides/lost-smartcard.mdx'), 'Your NHS smartcard'),
    );
    expect(smartcard.node.steps[0]).toContain('Registration Authority');
    expect(smartcard.node.stepsFrom).toBe('trust');
  });

  it('changes the central page it names, and keeps the fields it does not list', () => {
    const badge = endAt(northshire.pages, 'lost-a-device/smartcard-or-badge/');
    expect(badge.answers.at(-1)).toBe('An ID badge or keys');
    expect(badge.node.title).toBe('You lost an ID badge or keys');
    expect(badge.node.contacts).toEqual(['securityTeam']);
    expect(badge.node.steps[0]).toBe(
      'Call the security office. They can cancel your badge and check the doors it opens.',
    );
    expect(badge.node.moreLinks.map((g) => g.slug)).toEqual(['tailgating-and-badges']);
    // Where a field came from: the trust's line for what it changed, the central line for the rest.
    expect(badge.node.at.title.file).toBe('examples/northshire/help.yaml');
    expect(badge.node.at.moreGuides.file).toBe('content/help.yaml');
  });

  it("uses the trust's own first steps and urgent callout where its overlay replaces the guide (Northshire's red boxes)", () => {
    const down = endAt(northshire.pages, 'systems-are-down/');
    expect(down.node.stepsFrom).toBe('trust');
    expect(down.node.steps).toEqual(firstSteps(guideBody('examples/northshire/guides/systems-are-down.mdx')));
    expect(down.node.steps.join(' ')).toContain('red downtime box');
    expect(down.node.now).toContain('red downtime box');
    expect(down.node.guideLink?.title).toBe('Systems are down: what to do at Northshire');
    expect(
      northshire.pages
        .filter(isEndPage)
        .filter((p) => p.node.stepsFrom === 'trust')
        .map((p) => p.path),
    ).toEqual(['lost-a-device/smartcard/', 'lost-a-device/smartcard-or-badge/', 'systems-are-down/']);
  });

  it('changes nothing in the central copy', () => {
    expect(pages.map((p) => p.path)).not.toContain('lost-a-device/smartcard/');
    expect(endAt(pages, 'lost-a-device/smartcard-or-badge/').node.title).toBe('You lost a smartcard or ID badge');
  });

  it('hides pages by address, and an added answer may take the address of one it hides', () => {
    const loaded = loadHelp({ contentDir: centralSite.contentDir, overlayDir: join(FIXTURES, 'overlay-hides') }, ROOT);
    const paths = flowPages(loaded.root!).map((p) => p.path);
    // The question stays, with no answers: the problem the next test pins.
    expect(paths.filter((p) => p.startsWith('lost-a-device/'))).toEqual(['lost-a-device/']);
    const other = flowPages(loaded.root!).find((p) => p.path === 'something-else/')!.node as HelpQuestion;
    expect(other.answers.map((a) => a.next.slug)).toEqual([
      'suspicious-message',
      'shared-information',
      'read-out-a-code',
      'paid-money',
      'someone-out-of-place',
      'not-sure',
    ]);
    expect(other.answers[4].next.title).toBe("Call the porters' lodge");
  });

  it('drops the link to a further guide this copy hides, and still shows the page', () => {
    const { content, root } = smallHelper();
    content.guides.delete('door-left-open');
    content.hiddenGuides.add('door-left-open');
    const pass = endAt(resolveFlow(root, content).pages, 'lost-something/door-pass/');
    expect(pass.node.moreLinks).toEqual([]);
    expect(pass.node.steps).toHaveLength(3);
  });

  it('stops when a page takes its steps from a guide this copy hides, or does not have, or names a contact it lacks', () => {
    const { content, root } = smallHelper();
    content.guides.delete('door-left-open');
    content.hiddenGuides.add('door-left-open');
    content.guides.delete('lost-things');
    content.contacts.delete('securityTeam');
    const { problems } = resolveFlow(root, content);
    const lines = readFileSync(join(SMALL, 'help.yaml'), 'utf8').split('\n');
    expect(problems.map((p) => lines[p.line! - 1]?.trim())).toEqual([
      'guide: lost-things',
      'guide: lost-things',
      'contacts: [securityTeam, serviceDesk]',
      'guide: door-left-open',
      'contacts: [securityTeam]',
    ]);
    expect(problems.map((p) => problemLine({ ...p, line: undefined }))).toEqual([
      'tests/fixtures/help/small-helper/help.yaml — help/lost-something/laptop/ names the guide "lost-things", which this copy does not have — name a guide by its file name in guides/, without .mdx',
      'tests/fixtures/help/small-helper/help.yaml — help/lost-something/door-pass/ names the guide "lost-things", which this copy does not have — name a guide by its file name in guides/, without .mdx',
      'tests/fixtures/help/small-helper/help.yaml — help/lost-something/door-pass/ names the contact "securityTeam", which site.yaml does not have — use a name under contacts: in site.yaml (serviceDesk), or add contacts.securityTeam there',
      'tests/fixtures/help/small-helper/help.yaml — help/door-left-open/ takes its steps from the guide "door-left-open", which this copy hides (hide: in site.yaml) — hide this page too (hide: - door-left-open in your help.yaml), or give it another guide (change: - page: door-left-open with guide:)',
      'tests/fixtures/help/small-helper/help.yaml — help/door-left-open/ names the contact "securityTeam", which site.yaml does not have — use a name under contacts: in site.yaml (serviceDesk), or add contacts.securityTeam there',
    ]);
  });
});

describe('mistakes in content/help.yaml, each named with its file, line and fix', () => {
  const file = (name: string) => `tests/fixtures/help/${name}/help.yaml`;

  it('fields the schema refuses: old hand-copied steps, a bad slug, a missing contact, a page that is both kinds, empty words', () => {
    expect(problemsOf({ contentDir: join(FIXTURES, 'central-mistakes') })).toEqual([
      `${file('central-mistakes')}:8 — answers[0].steps: unknown field: an end page shows its guide's own steps (the first <Steps>, or the section: you name), so remove steps: — see "The Something's wrong? helper" in content/README.md`,
      `${file('central-mistakes')}:11 — answers[1].contacts: is missing; an end page needs title:, guide: and contacts: (or question: and answers:, to ask another question) — see "The Something's wrong? helper" in content/README.md`,
      `${file('central-mistakes')}:12 — answers[1].slug: expected lower-case letters, digits and hyphens, like "check-sender", but found "Lost A Device" — see "The Something's wrong? helper" in content/README.md`,
      `${file('central-mistakes')}:18 — answers[2].title: a page asks a question (question:, answers:) or is an end page (title:, guide:, contacts:), not both; remove this, or the question — see "The Something's wrong? helper" in content/README.md`,
      `${file('central-mistakes')}:20 — answers[3].answer: expected the words on the link, like "A work laptop" — see "The Something's wrong? helper" in content/README.md`,
      `${file('central-mistakes')}:24 — answers[3].contacts: expected at least one contact, like [serviceDesk] — see "The Something's wrong? helper" in content/README.md`,
    ]);
  });

  it('a file that is not YAML', () => {
    expect(problemsOf({ contentDir: join(FIXTURES, 'not-yaml') })).toEqual([
      'tests/fixtures/help/not-yaml/help.yaml:3 — this is not valid YAML: Nested mappings are not allowed in compact mappings — check the indentation, and put text that holds a colon in quotes',
    ]);
  });

  it('a dead end, more than three taps, one address twice, and guides, sections and contacts this copy does not have', () => {
    expect(problemsOf({ contentDir: join(FIXTURES, 'central-shape') })).toEqual([
      `${file('central-shape')}:4 — help/dead-end/ asks "Is this a dead end?" with no answers, a dead end — add answers: under it, or make it an end page (title:, guide:, contacts:)`,
      `${file('central-shape')}:16 — help/deep/deeper/too-deep/ is 4 taps from the home page; the most is 3 — ask fewer questions: give this answer to the question above, or make that question an end page`,
      `${file('central-shape')}:26 — help/twice/ is the address of two answers of help/ — give each answer its own slug`,
      `${file('central-shape')}:34 — help/names/ names the guide "clicked-a-lnk", which this copy does not have — did you mean "clicked-a-link"? Or name a guide by its file name in guides/, without .mdx`,
      `${file('central-shape')}:35 — help/names/ names the guide "no-such-guide", which this copy does not have — name a guide by its file name in guides/, without .mdx`,
      `${file('central-shape')}:36 — help/names/ names the contact "serviceDesc", which site.yaml does not have — did you mean "serviceDesk"? Or add contacts.serviceDesc to site.yaml`,
      `${file('central-shape')}:41 — help/sections/ takes its steps from the section "A smart card or badge" of content/guides/lost-or-stolen-device.mdx, which has no such heading — use a heading with <Steps> under it ("What to do", "A smartcard, ID badge or keys"), or leave section: out for its first <Steps>`,
      `${file('central-shape')}:47 — help/no-steps/ takes its steps from the section "About remote wipe" of content/guides/lost-or-stolen-device.mdx, which has no numbered steps in a <Steps> block — add the steps there as a <Steps> list, or name another section:`,
      `${file('central-shape')}:49 — help/nothing-now/ has nothing to show under "Do this now" — add now: with the one thing to do first, or an urgent <Callout> to content/guides/reporting-suspicious-messages.mdx`,
    ]);
  });
});

describe("mistakes in a trust's help.yaml, each named with its file, line, the nearest real address and the fix", () => {
  const file = 'tests/fixtures/help/overlay-mistakes/help.yaml';
  const ADDRESS =
    'write the page\'s address as it follows /help/ in the browser, like "lost-a-device/work-device", or "/" for the first question';

  it('unknown addresses, fields a page does not have, additions in the wrong place, and their guides and contacts', () => {
    expect(problemsOf({ overlayDir: join(FIXTURES, 'overlay-mistakes') })).toEqual([
      `${file}:3 — change: "lost-a-device/smartcard" is not a page of the helper — did you mean "lost-a-device/smartcard-or-badge"? Or ${ADDRESS}`,
      `${file}:6 — contacts: "lost-a-device" asks a question, so it has no contacts: to change — change the pages its answers open by their own addresses, like "lost-a-device/work-device"`,
      `${file}:8 — question: "systems-are-down" is an end page, so it has no question: to change — to ask a question there instead, hide it and add a question to "/" under add:`,
      `${file}:10 — answer: the first question has only question: and hint: to change — remove this line`,
      `${file}:11 — change: "something-else/not-sure" is hidden (hide:), so the change would show nowhere — remove the change, or take the page out of hide:`,
      `${file}:14 — add: "systems-are-down" is an end page, so it has no answers to add to — add to the question that leads to it ("/")`,
      `${file}:21 — before: "smartcard" is not an answer of help/lost-a-device/ — use one of work-device, own-phone, smartcard-or-badge, or leave before: out to put it last`,
      `${file}:29 — slug: help/lost-a-device/work-device/ is a page already — pick another slug, or change that page (change: with page: lost-a-device/work-device)`,
      `${file}:33 — add: "clicked-a-link/opened-a-file" is an end page, so it has no answers to add to — add to the question that leads to it ("clicked-a-link")`,
      `${file}:44 — help/typed-my-password/unsure/yes/ is 4 taps from the home page; the most is 3 — ask fewer questions: give this answer to the question above, or make that question an end page`,
      `${file}:52 — hide: "typed-my-pasword" is not a page of the helper — did you mean "typed-my-password"? Or ${ADDRESS}`,
      `${file}:53 — hide: the first question cannot be hidden: it is the helper — hide the pages under it instead`,
      `${file}:48 — help/typed-my-password/unsure/yes/ takes its steps from the section "What to do next" of content/guides/entered-password-on-strange-page.mdx, which has no such heading — did you mean "What to do"?`,
      `${file}:25 — help/lost-a-device/pager/ names the guide "lost-or-stolen-devise", which this copy does not have — did you mean "lost-or-stolen-device"? Or name a guide by its file name in guides/, without .mdx`,
      `${file}:26 — help/lost-a-device/pager/ names the contact "registrationAuthorty", which site.yaml does not have — use a name under contacts: in site.yaml (serviceDesk, reportPhishing, informationGovernance, nationalPhishing, counterFraud, securityTeam, reportFraud, nhsCounterFraud, police, csoc), or add contacts.registrationAuthorty there`,
    ]);
  });

  it('a hide: that leaves a question with no answers, and a page changed twice', () => {
    expect(problemsOf({ overlayDir: join(FIXTURES, 'overlay-hides') })).toEqual([
      'tests/fixtures/help/overlay-hides/help.yaml:5 — change: "help/systems-are-down/" is changed twice — put all its changes in one entry',
      'tests/fixtures/help/overlay-hides/help.yaml:10 — hide: this leaves the question at help/lost-a-device/ with no answers, a dead end — hide that question ("lost-a-device") instead, or add an answer to it under add:',
    ]);
  });

  it('reads an address with or without help/ and slashes', () => {
    expect(['lost-a-device', '/help/lost-a-device/', 'help/lost-a-device', 'lost-a-device/'].map(plainAddress)).toEqual(
      Array(4).fill('lost-a-device'),
    );
    expect(['/', 'help', '/help/', ''].map(plainAddress)).toEqual(['', '', '', '']);
  });
});

describe('facts read from a guide', () => {
  it('reads a guide\'s first numbered steps as plain text, without a last "See …" pointer', () => {
    const steps = firstSteps(readFileSync(join(SMALL, 'guides/lost-things.mdx'), 'utf8'));
    expect(steps).toEqual(['Call the service desk.', 'Say what you lost and where.', 'Change your password.']);
  });

  it('joins a wrapped step, and finds nothing where there are no steps', () => {
    expect(firstSteps('<Steps>\n\n1. **Call.** The desk\n   right away.\n2. Wait.\n\n</Steps>')).toEqual([
      'Call. The desk right away.',
      'Wait.',
    ]);
    expect(firstSteps('Just a paragraph.')).toEqual([]);
  });

  it('reads the steps under a heading, up to the next heading at its level, and nothing for a heading it lacks', () => {
    const body =
      '## One\n\n<Steps>\n\n1. First.\n\n</Steps>\n\n## Two\n\nText.\n\n### Deeper\n\n<Steps>\n\n1. Second.\n\n</Steps>\n\n## Three\n\n<Steps>\n\n1. Third.\n\n</Steps>';
    expect(sectionSteps(body, 'two')).toEqual(['Second.']);
    expect(sectionSteps(body, 'Three')).toEqual(['Third.']);
    expect(sectionSteps(body, 'Four')).toBeUndefined();
    expect(sectionSteps('## Empty\n\nNo steps.\n\n## Next\n\n<Steps>\n\n1. Not these.\n\n</Steps>', 'Empty')).toEqual(
      [],
    );
  });

  it('reads the urgent callout, and turns Markdown into the words people read', () => {
    expect(
      urgentCallout(
        '<Callout type="info">No</Callout>\n<Callout type="urgent" title="Do this now">\nCall the **desk** now.\n</Callout>',
      ),
    ).toBe('Call the desk now.');
    expect(urgentCallout('Nothing urgent.')).toBeUndefined();
    expect(plainText('See [the guide](/guides/x/) and `code`, *now*.')).toBe('See the guide and code, now.');
  });
});
