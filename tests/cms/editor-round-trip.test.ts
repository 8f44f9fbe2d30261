// The browser editor on our real content, through its UI in Debian's Chromium, with Sveltia's
// test-repo backend seeded from content/: edit a field and a paragraph, save, read the files back.
// Guides and checklists come back byte for byte but for the edits; the scenario and tips.yaml come
// back with the same data and Sveltia's own YAML style (see content/README.md, "Editing in a browser").
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildEditor } from '../../src/cms/build';
import { serveEditor } from '../../src/cms/serve';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks } from '../../src/checks/runner';
import { launchBrowser, watchProblems, type PageProblems } from '../helpers/browser';
import { buildOrThrow, ROOT } from '../helpers/build';
import { filesUnder, readRepo, seedRepo } from '../helpers/cms-repo';

/** Guides that hold between them every component, both Callout layouts, quoted keywords and no audience. */
const GUIDES = [
  'clicked-a-link',
  'updates',
  'ai-chatbots-and-online-tools',
  'password-managers',
  'lost-or-stolen-device',
  'reporting-suspicious-messages',
  'systems-are-down',
  'locking-your-screen',
  'usb-sticks-and-unknown-devices',
  'need-to-know-and-looking-at-records',
];
const CHECKLISTS = ['end-of-shift', 'working-from-home'];
const SCENARIO = 'director-gift-cards';
const EDIT = 'Edited by the test. ';
const NEW_GUIDE = 'content/guides/sharing-your-screen-in-meetings.mdx';

const env = { CMS_BACKEND: 'test-repo' };
let out: string;
let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
let problems: PageProblems;
const seeded = filesUnder(ROOT, 'content');
let saved: Record<string, string>;

const field = (name: string) => page.locator(`section.field[data-key-path="${name}"]`).first();

async function open(path: string): Promise<void> {
  await page.goto(`${origin}/#/collections/${path}`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
}

async function append(box: ReturnType<Page['getByRole']>, suffix: string): Promise<void> {
  await box.waitFor();
  await box.fill((await box.inputValue()) + suffix);
}

async function save(): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  // Sveltia says so once the file is written; the next entry opens only then.
  const toast = page.getByText(/Entry saved/).last();
  await toast.waitFor();
  await toast.waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => undefined);
}

/** The guide body's rich text editor; Sveltia draws fields as they scroll into view. */
async function bodyEditor() {
  const body = field('body');
  for (let i = 0; i < 60 && !(await body.locator('.lexical-root').count()); i++) {
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(50);
  }
  return body;
}

async function editGuide(slug: string): Promise<void> {
  await open(`guides/entries/${slug}`);
  await append(page.getByRole('textbox', { name: 'Title' }), ' (edited)');
  const body = await bodyEditor();
  await body.locator('.lexical-root').first().locator(':scope > p').first().click({ position: { x: 2, y: 8 } });
  await page.keyboard.press('Home');
  await page.keyboard.type(EDIT);
  await save();
}

async function addGuide(): Promise<void> {
  await page.goto(`${origin}/#/collections/guides/new`);
  await page.getByRole('textbox', { name: 'Title' }).fill('Sharing your screen in meetings');
  await page.getByRole('textbox', { name: 'Summary' }).fill('What to close before you share your screen on a video call.');
  await field('topic').getByRole('combobox').click();
  await page.getByRole('option', { name: 'working-safely' }).click();
  const keywords = field('keywords');
  await keywords.getByRole('textbox').first().fill('screen sharing');
  await keywords.getByRole('button', { name: /Add/ }).click();
  await keywords.getByRole('textbox').nth(1).fill('teams');
  await field('reviewed').locator('input').first().fill('2026-12-02');
  await field('reviewDue').locator('input').first().fill('2027-12-02');
  await page.getByRole('textbox', { name: 'Owner' }).fill('Cyber security team');
  const sources = field('sources');
  await sources.getByRole('button', { name: /Add/ }).click();
  await sources.getByRole('textbox', { name: 'Title' }).fill('Video conferencing security (NCSC)');
  await sources.getByRole('textbox', { name: 'Url' }).fill('https://www.ncsc.gov.uk/guidance/video-conferencing-services-security-guidance-organisations');
  const body = await bodyEditor();
  await body.locator('.lexical-root').first().click();
  // "## " starts a heading, as in Markdown; the DoDont's own heading needs a ## above it.
  await page.keyboard.type('## Before you share');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Before you share your screen, close anything with patient details.');
  await body.getByRole('button', { name: /Insert/ }).first().click();
  await page.getByRole('menuitem', { name: 'Callout' }).click();
  const callout = body.locator('[data-component-name="x-Callout"]').first();
  await callout.getByRole('radio', { name: 'warning' }).click();
  await callout.getByRole('textbox', { name: 'Title' }).fill('Check what is open');
  await callout.locator('.lexical-root').first().click();
  await page.keyboard.type('Close patient records and email before you share.');
  await body.locator('.lexical-root').first().locator(':scope > p').first().click();
  await page.keyboard.press('End');
  await body.getByRole('button', { name: /Insert/ }).first().click();
  await page.getByRole('menuitem', { name: 'Do dont' }).click();
  const doDont = body.locator('[data-component-name="x-DoDont"]').first();
  await doDont.getByRole('textbox').nth(0).fill('Share one window, not the whole screen');
  await doDont.getByRole('textbox').nth(1).fill('Share with patient records open');
  await save();
}

/** Line numbers (1-based) where two texts differ; both must have the same number of lines. */
function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'cyber-guide-editor-'));
  await buildEditor({ ...env, CMS_OUT: out });
  server = await serveEditor(out, 0, env);
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  problems = watchProblems(page, origin);
  await page.goto(`${origin}/`);
  await seedRepo(page, seeded);
  await page.reload();
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.waitForURL(/#\/collections\//);

  for (const slug of GUIDES) await editGuide(slug);
  for (const slug of CHECKLISTS) {
    await open(`checklists/entries/${slug}`);
    await append(page.getByRole('textbox', { name: 'Title' }), ' (edited)');
    await append(page.getByRole('textbox', { name: 'Summary' }), ' Edited.');
    await save();
  }
  await open(`scenarios/entries/${SCENARIO}`);
  await append(page.getByRole('textbox', { name: 'Title' }), ' (edited)');
  const body = page.getByRole('textbox', { name: 'Body' }).first();
  await body.fill((await body.inputValue()).replace('I need a quick favour.', 'I need a quick favour, please.'));
  await save();
  await open('settings/entries/tips');
  await append(page.getByRole('textbox', { name: 'Text' }).first(), ' Edited.');
  await save();
  await addGuide();
  saved = await readRepo(page);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('editing real content in the browser editor', () => {
  it('changes in each guide only its title and the paragraph edited (no list, Callout or Steps reflowed)', () => {
    for (const slug of GUIDES) {
      const path = `content/guides/${slug}.mdx`;
      const before = seeded[path]!;
      const after = saved[path]!;
      const lines = changedLines(before, after);
      expect(lines, path).toHaveLength(2);
      const [title, paragraph] = lines.map((n) => [before.split('\n')[n - 1]!, after.split('\n')[n - 1]!] as const);
      expect(parse(title[1]).title, path).toBe(`${parse(title[0]).title} (edited)`);
      expect(paragraph[1], path).toBe(`${EDIT}${paragraph[0]}`);
    }
  });

  it('changes in each checklist only the title and summary', () => {
    for (const slug of CHECKLISTS) {
      const path = `content/checklists/${slug}.yaml`;
      expect(changedLines(seeded[path]!, saved[path]!), path).toEqual([1, 2]);
    }
  });

  it("keeps the scenario's and the tips' data, with only the edits changed (Sveltia's YAML style is the churn)", () => {
    const scenarioPath = `content/scenarios/${SCENARIO}.yaml`;
    const scenario = parse(seeded[scenarioPath]!);
    expect(parse(saved[scenarioPath]!)).toEqual({
      ...scenario,
      title: `${scenario.title} (edited)`,
      // Sveltia trims the text box's last line break: `body: |` becomes `body: |-`.
      body: scenario.body.replace('I need a quick favour.', 'I need a quick favour, please.').trimEnd(),
    });
    const tips = parse(seeded['content/tips.yaml']!) as { text: string }[];
    tips[0]!.text += ' Edited.';
    expect(parse(saved['content/tips.yaml']!)).toEqual(tips);
    // What churns on a first save of tips.yaml: its comments and blank lines, and quotes it does not need.
    expect(saved['content/tips.yaml']).not.toContain('#');
  });

  it('leaves every file it was not asked to change as it was', () => {
    const untouched = Object.keys(seeded).filter((p) => !saved[p] || seeded[p] !== saved[p]);
    const edited = [...GUIDES.map((s) => `content/guides/${s}.mdx`), ...CHECKLISTS.map((s) => `content/checklists/${s}.yaml`), `content/scenarios/${SCENARIO}.yaml`, 'content/tips.yaml'];
    expect(untouched.sort()).toEqual(edited.sort());
  });

  it('writes a new guide with a Callout and a DoDont as our guides are written', () => {
    expect(saved[NEW_GUIDE]).toBe(`---
title: Sharing your screen in meetings
summary: What to close before you share your screen on a video call.
topic: working-safely
keywords: [screen sharing, teams]
reviewed: 2026-12-02
reviewDue: 2027-12-02
owner: Cyber security team
sources:
  - title: Video conferencing security (NCSC)
    url: https://www.ncsc.gov.uk/guidance/video-conferencing-services-security-guidance-organisations
---

## Before you share

Before you share your screen, close anything with patient details.

<DoDont do={["Share one window, not the whole screen"]} dont={["Share with patient records open"]} />

<Callout type="warning" title="Check what is open">
Close patient records and email before you share.
</Callout>
`);
  });

  it("passes npm run check's checks with 0 errors, everything saved included", () => {
    const root = mkdtempSync(join(tmpdir(), 'cyber-guide-saved-'));
    try {
      cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
      for (const [path, text] of Object.entries(saved)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const run = runChecks({ root });
      expect(run.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
      expect(run.pages.map((p) => p.file)).toContain(NEW_GUIDE);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('builds the site with the new guide', async () => {
    const overlay = mkdtempSync(join(tmpdir(), 'cyber-guide-new-guide-'));
    try {
      mkdirSync(join(overlay, 'guides'));
      writeFileSync(join(overlay, 'guides/sharing-your-screen-in-meetings.mdx'), saved[NEW_GUIDE]!);
      const site = await buildOrThrow({ overlay });
      const page = join(site, 'guides/sharing-your-screen-in-meetings/index.html');
      expect(existsSync(page)).toBe(true);
      const html = readFileSync(page, 'utf8');
      expect(html).toContain('Check what is open');
      expect(html).toContain('Share one window, not the whole screen');
      rmSync(site, { recursive: true, force: true });
    } finally {
      rmSync(overlay, { recursive: true, force: true });
    }
  }, 300_000);

  it('did all this with no error in the page and no request to another host', () => {
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });
});
