import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks } from '../../src/checks/runner';
import type { Problem } from '../../src/schemas/problem';
import { ROOT } from '../helpers/build';

/** Review dates are checked against this day, so the fixtures' dates mean the same in every year. */
const TODAY = new Date('2026-12-01T00:00:00Z');
const FIXTURES = 'tests/fixtures/content-checks';

/** The problems a fixture overlay adds: each as [severity, "file:line — what is wrong — how to fix it"]. */
function problemsIn(fixture: string, options: { strict?: boolean } = {}): [Problem['severity'], string][] {
  const run = runChecks({ root: ROOT, overlay: `${FIXTURES}/${fixture}`, today: TODAY, ...options });
  return run.problems
    .filter((p) => p.file.startsWith(`${FIXTURES}/${fixture}/`))
    .map((p) => [p.severity, formatProblem(p)]);
}

const file = (fixture: string, name = `guides/${fixture}.mdx`) => `${FIXTURES}/${fixture}/${name}`;

describe('the real content', () => {
  it('has no errors', () => {
    const run = runChecks({ root: ROOT });
    expect(run.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(run.pages.length).toBeGreaterThan(40);
  });

  it('has no errors with the example trust overlay, and checks its own pages', () => {
    const run = runChecks({ root: ROOT, overlay: 'examples/northshire' });
    expect(run.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const files = run.pages.map((p) => p.file);
    expect(files).toContain('examples/northshire/guides/downtime-boxes.mdx');
    expect(files).toContain('examples/northshire/guides/systems-are-down.mdx');
    expect(files).not.toContain('content/guides/systems-are-down.mdx');
    expect(files).not.toContain('content/guides/ai-chatbots-and-online-tools.mdx');
  });
});

describe('each problem is reported with its file, line, what is wrong and how to fix it', () => {
  it("a mistake in a trust's help.yaml, under the check named help", () => {
    const run = runChecks({ root: ROOT, overlay: 'tests/fixtures/help/overlay-hides', today: TODAY });
    expect(run.problems.filter((p) => p.check === 'help').map((p) => [p.severity, formatProblem(p)])).toEqual([
      [
        'error',
        'tests/fixtures/help/overlay-hides/help.yaml:5 — change: "help/systems-are-down/" is changed twice — put all its changes in one entry',
      ],
      [
        'error',
        'tests/fixtures/help/overlay-hides/help.yaml:10 — hide: this leaves the question at help/lost-a-device/ with no answers, a dead end — hide that question ("lost-a-device") instead, or add an answer to it under add:',
      ],
    ]);
  });

  it('an internal link to a page that does not exist', () => {
    expect(problemsIn('broken-link')).toEqual([
      [
        'error',
        `${file('broken-link')}:16 — the link /guides/thre-random-words/ goes to a page that does not exist — did you mean /guides/three-random-words/?`,
      ],
    ]);
  });

  it('an anchor to a heading that is not on the target page', () => {
    expect(problemsIn('broken-anchor')).toEqual([
      [
        'error',
        `${file('broken-anchor')}:16 — the link /guides/clicked-a-link/#why-speed-mater goes to a heading "#why-speed-mater" that is not on /guides/clicked-a-link/ — did you mean #why-speed-matters?`,
      ],
    ]);
  });

  it('a link to a page the overlay hides', () => {
    expect(problemsIn('hidden-link')).toEqual([
      [
        'error',
        `${file('hidden-link')}:16 — the link /guides/ai-chatbots-and-online-tools/ goes to a page this copy of the guide hides — remove the link, or take "guides/ai-chatbots-and-online-tools" out of hide: in ${FIXTURES}/hidden-link/site.yaml:2`,
      ],
    ]);
  });

  it('an image that is not there', () => {
    expect(problemsIn('missing-image')).toEqual([
      [
        'error',
        `${file('missing-image')}:16 — the image ./images/fake-email.png is not there (looked for ${FIXTURES}/missing-image/guides/images/fake-email.png) — put the image in an images/ folder beside the guide and write its place from the guide, like ./images/its-name.png`,
      ],
    ]);
  });

  it('an image without alt text', () => {
    expect(problemsIn('image-without-alt')).toEqual([
      [
        'error',
        `${file('image-without-alt')}:16 — the image ./images/diagram.png has no alt text — say what it shows between the square brackets, like ![A fake email with the sender's address circled](./images/diagram.png)`,
      ],
    ]);
  });

  it('a heading level skipped', () => {
    expect(problemsIn('skipped-heading')).toEqual([
      [
        'error',
        `${file('skipped-heading')}:16 — "Call the service desk" is a level 4 heading straight after a ## heading, which skips level 3 — start it with ###, or put a ### heading above it`,
      ],
    ]);
  });

  it('a <script> tag', () => {
    expect(problemsIn('script-tag')).toEqual([
      [
        'error',
        `${file('script-tag')}:16 — <script> is not allowed in content — remove it: staff pages run nothing pasted into content. Ask the web team if a page needs something interactive`,
      ],
    ]);
  });

  it('an <iframe>', () => {
    expect(problemsIn('iframe')).toEqual([
      [
        'error',
        `${file('iframe')}:16 — <iframe> is not allowed in content — remove it and link to the page instead, like [what it is](https://…)`,
      ],
    ]);
  });

  it('a <style> tag', () => {
    expect(problemsIn('style-tag')).toEqual([
      [
        'error',
        `${file('style-tag')}:16 — <style> is not allowed in content — remove it: the look comes from the site's own stylesheet. To make something stand out, use <Callout>`,
      ],
    ]);
  });

  it('an on…= attribute', () => {
    expect(problemsIn('event-attribute')).toEqual([
      [
        'error',
        `${file('event-attribute')}:16 — the onClick attribute on <span> runs a script — remove onClick=…: staff pages run nothing pasted into content`,
      ],
    ]);
  });

  it('a javascript: address', () => {
    expect(problemsIn('javascript-url')).toEqual([
      [
        'error',
        `${file('javascript-url')}:16 — the address javascript:alert(1) uses "javascript:", which can run code or hide a page — link to an https:// page instead, or remove the link`,
      ],
    ]);
  });

  it('an external link that is not https', () => {
    expect(problemsIn('http-link')).toEqual([
      [
        'error',
        `${file('http-link')}:16 — the link http://www.ncsc.gov.uk/ is not secure (http:) — use its https:// address, https://www.ncsc.gov.uk/; if the site has none, link to another source`,
      ],
    ]);
  });

  it('a review date in the past: a warning naming the owner and the page, an error with --strict', () => {
    const message = `${file('review-overdue')}:7 — "An overdue review" was due for review on 2026-11-01, 30 days ago (owner: Web team) — ask Web team to check the page, then set reviewed to the day they checked it and reviewDue to the next review date`;
    expect(problemsIn('review-overdue')).toEqual([['warning', message]]);
    expect(problemsIn('review-overdue', { strict: true })).toEqual([['error', message]]);
  });

  it('a review date within 30 days', () => {
    expect(problemsIn('review-soon')).toEqual([
      [
        'notice',
        `${file('review-soon')}:7 — "A review due soon" is due for review on 2026-12-15, in 14 days (owner: Web team) — plan the review with Web team`,
      ],
    ]);
  });

  it('a reading age above the threshold', () => {
    expect(problemsIn('reading-age')).toEqual([
      [
        'warning',
        `${file('reading-age')}:1 — "A hard page to read" has a reading age of 36.0 (Flesch-Kincaid grade + 5), above 11 — use shorter sentences and everyday words, starting with any long sentences listed for this file`,
      ],
    ]);
  });

  it('a very long sentence, by its line', () => {
    expect(problemsIn('long-sentence')).toEqual([
      [
        'warning',
        `${file('long-sentence')}:18 — a sentence of 32 words ("If you think that you might have clicked …"); aim for 25 or fewer — split it into two or three sentences, or make it a list`,
      ],
    ]);
  });

  it('a file name that duplicates another page address, or is not one', () => {
    expect(problemsIn('duplicate-slug')).toEqual([
      [
        'error',
        `${file('duplicate-slug', 'guides/Public-Wifi.mdx')}:1 — the file name "Public-Wifi" is not an address staff can type — rename the file to public-wifi.mdx: lower-case letters, digits and hyphens only`,
      ],
      [
        'error',
        `${file('duplicate-slug', 'guides/Public-Wifi.mdx')}:1 — the guides address "public-wifi" is also used by content/guides/public-wifi.mdx — rename one of the two files: some computers cannot keep two names that differ only in capitals`,
      ],
    ]);
  });

  it('a duplicate title', () => {
    expect(problemsIn('duplicate-title')).toEqual([
      [
        'error',
        `${file('duplicate-title')}:2 — the title "Public Wi-Fi and hotspots" is also the title of content/guides/public-wifi.mdx — give each page its own title, so staff can tell them apart in search`,
      ],
    ]);
  });

  it('a duplicate checklist item id', () => {
    expect(problemsIn('duplicate-item-id')).toEqual([
      [
        'error',
        `${file('duplicate-item-id', 'checklists/duplicate-item-id.yaml')}:11 — the item id "lock-screen" is already used on line 8 — give this item its own id; never change an id already published, as phones keep ticks under it`,
      ],
    ]);
  });

  it('a duplicate tip id', () => {
    expect(problemsIn('duplicate-tip-id')).toEqual([
      [
        'error',
        `${file('duplicate-tip-id', 'tips.yaml')}:5 — the tip id "fixture-tip" is already used on line 1, and only one of the two would be shown — give this tip its own id`,
      ],
    ]);
  });

  it('a component that does not exist, and one given a contact that does not exist', () => {
    expect(problemsIn('unknown-component')).toEqual([
      [
        'error',
        `${file('unknown-component')}:16 — <Warning> is not a component you can use — use one of: <Callout>, <Checklist>, <ContactCard>, <Details>, <DoDont>, <NationWords>, <Steps>`,
      ],
    ]);
    expect(problemsIn('bad-contact')).toEqual([
      ['error', `${file('bad-contact')}:16 — <ContactCard> name is "serviceDsk" — did you mean name="serviceDesk"?`],
    ]);
  });

  it("a prop its component's schema does not allow, each with its line, as the build would refuse it", () => {
    expect(problemsIn('bad-props')).toEqual([
      [
        'error',
        `${file('bad-props')}:16 — <DoDont> do is [1,2] — use a list of sentences in double quotes, like do={["Check the sender"]}`,
      ],
      [
        'error',
        `${file('bad-props')}:18 — <Details> summary is "" — add the text people tap to open it, like summary="Why does this matter?"`,
      ],
      ['error', `${file('bad-props')}:20 — <ContactCard> headingLevel is "3" — use headingLevel={2}, {3} or {4}`],
      ['error', `${file('bad-props')}:22 — <Checklist> name is "end-of-shfit" — did you mean name="end-of-shift"?`],
      [
        'error',
        `${file('bad-props')}:24 — <Callout> title is ["Two","titles"] — use a short heading in quotes, like title="Do this now"`,
      ],
    ]);
  });

  it('a related guide that does not exist', () => {
    expect(problemsIn('related-missing')).toEqual([
      [
        'error',
        `${file('related-missing')}:12 — related: "three-random-word" is not a guide — did you mean "three-random-words"?`,
      ],
    ]);
  });

  it('wrong fields, each one, in the words of the build', () => {
    expect(problemsIn('bad-frontmatter')).toEqual([
      [
        'error',
        `${file('bad-frontmatter')}:4 — topic: expected one of email-and-phishing, passwords-and-accounts, devices, data-and-confidentiality, incidents-and-reporting, downtime, working-safely, but found "phishing" — see "Guide fields" in content/README.md`,
      ],
      [
        'error',
        `${file('bad-frontmatter')}:9 — reviwed: unknown field; did you mean "reviewed"? — see "Guide fields" in content/README.md`,
      ],
    ]);
  });

  it('a tag that is never closed', () => {
    expect(problemsIn('mdx-syntax')).toEqual([
      [
        'error',
        `${file('mdx-syntax')}:16 — the tag <br> is not closed, so the guide cannot be read — end it with "/>", like <br />, or close it with </br>; to show a "<" as text, write \\<`,
      ],
    ]);
  });

  it('a site.yaml that cannot be used: only that is reported, since nothing else can be checked without it', () => {
    const run = runChecks({ root: ROOT, overlay: 'tests/fixtures/overlays/low-contrast', today: TODAY });
    expect(run.pages).toEqual([]);
    expect(run.problems.map((p) => [p.severity, formatProblem(p)])).toEqual([
      [
        'error',
        expect.stringMatching(
          /^tests\/fixtures\/overlays\/low-contrast\/site\.yaml:2 — colours\.primary: expected a colour dark enough for white text and for links on white \(contrast at least 4\.5:1\), but #41b6e6 gives 2\.\d\d:1; try a darker shade — see "Site settings" in content\/README\.md$/,
        ),
      ],
    ]);
  });

  it('a hide: entry that names nothing', () => {
    expect(problemsIn('hide-missing')).toEqual([
      [
        'error',
        `${FIXTURES}/hide-missing/site.yaml:2 — hide: "guides/no-such-guide" is not in content/guides — check the spelling against the file names there`,
      ],
    ]);
  });
});

describe('several problems', () => {
  const expected: [Problem['severity'], string][] = [
    [
      'error',
      `${file('several-problems', 'checklists/several-problems.yaml')}:11 — the item id "lock" is already used on line 8 — give this item its own id; never change an id already published, as phones keep ticks under it`,
    ],
    [
      'warning',
      `${file('several-problems')}:7 — "Several problems" was due for review on 2026-11-01, 30 days ago (owner: Web team) — ask Web team to check the page, then set reviewed to the day they checked it and reviewDue to the next review date`,
    ],
    [
      'error',
      `${file('several-problems')}:14 — the link /guides/thre-random-words/ goes to a page that does not exist — did you mean /guides/three-random-words/?`,
    ],
    [
      'error',
      `${file('several-problems')}:16 — "Too deep" is a level 3 heading straight after the title, which skips level 2 — start it with ##, or put a ## heading above it`,
    ],
    [
      'error',
      `${file('several-problems')}:18 — the image ./images/missing.png has no alt text — say what it shows between the square brackets, like ![A fake email with the sender's address circled](./images/missing.png)`,
    ],
    [
      'error',
      `${file('several-problems')}:18 — the image ./images/missing.png is not there (looked for ${FIXTURES}/several-problems/guides/images/missing.png) — put the image in an images/ folder beside the guide and write its place from the guide, like ./images/its-name.png`,
    ],
    [
      'error',
      `${file('several-problems')}:20 — <script> is not allowed in content — remove it: staff pages run nothing pasted into content. Ask the web team if a page needs something interactive`,
    ],
    [
      'error',
      `${file('several-problems')}:22 — the link http://www.ncsc.gov.uk/ is not secure (http:) — use its https:// address, https://www.ncsc.gov.uk/; if the site has none, link to another source`,
    ],
    // site.yaml sets checks.longSentenceWords: 12, so this 16-word sentence is pointed out.
    [
      'warning',
      `${file('several-problems')}:22 — a sentence of 16 words ("When you leave your desk for a short …"); aim for 12 or fewer — split it into two or three sentences, or make it a list`,
    ],
    [
      'error',
      `${FIXTURES}/several-problems/site.yaml:3 — hide: "guides/no-such-guide" is not in content/guides — check the spelling against the file names there`,
    ],
  ];

  it('are all reported in one run, in file and line order', () => {
    expect(problemsIn('several-problems')).toEqual(expected);
  });

  it('all reach `npm run check`, which exits with 1 and lists each as file:line — problem — fix', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'src/checks/cli.ts'), '--overlay', `${FIXTURES}/several-problems`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_OVERLAY: '' } },
    );
    expect(result.status).toBe(1);
    // The command uses today's date, so the review line is left out here: it is pinned above.
    for (const [, line] of expected.filter(([, l]) => !l.includes('due for review')))
      expect(result.stdout).toContain(line);
    expect(result.stdout).toMatch(/^\d+ errors \(these stop the build\):$/m);
    expect(result.stdout).toContain(
      'reading age = Flesch-Kincaid grade + 5, where grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59',
    );
  });

  it('`npm run check` exits with 0 on the real content', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'src/checks/cli.ts'), '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SITE_OVERLAY: '' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ notices?\./m);
  });
});
