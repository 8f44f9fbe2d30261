// Every checklist, every scenario, the tips and site.yaml through the browser editor's UI in Debian's Chromium,
// with Sveltia's test-repo backend seeded from content/, and a new guide with a Callout and a DoDont:
// change a field and a text in each, save, read the files back. Checklists come back byte for byte but
// for the two edited lines; scenarios, tips.yaml and site.yaml come back with the same data in a YAML style of
// their own, pinned here exactly (see content/README.md, "Editing in a browser"). The guides are in
// editor-round-trip-guides.test.ts, so vitest's two workers run the halves side by side.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stringifyContentYaml } from '../../src/cms/file-formats';
import { buildOrThrow, ROOT } from '../helpers/build';
import {
  appendTo,
  bodyEditor,
  editing,
  fieldOf,
  openEntry,
  previewShows,
  saveEntry,
  startEditor,
  type EditorSession,
} from '../helpers/cms-editor';
import { filesUnder } from '../helpers/cms-repo';
import { changedLines, checksWith, errorsWith } from '../helpers/cms-round-trip';

const EDIT = 'Edited by the test. ';
const NEW_GUIDE = 'content/guides/sharing-your-screen-in-meetings.mdx';
const seeded = filesUnder(ROOT, 'content');
const slugsIn = (folder: string) =>
  Object.keys(seeded)
    .filter((path) => path.startsWith(`content/${folder}/`) && path.endsWith('.yaml'))
    .map((path) => path.slice(`content/${folder}/`.length, -'.yaml'.length))
    .sort();
const CHECKLISTS = slugsIn('checklists');
const SCENARIOS = slugsIn('scenarios');

let session: EditorSession;
let page: Page;
let saved: Record<string, string>;

async function addGuide(): Promise<void> {
  await page.goto(`${session.origin}/#/collections/guides/new`);
  await page.getByRole('textbox', { name: 'Title' }).fill('Sharing your screen in meetings');
  await page
    .getByRole('textbox', { name: 'Summary' })
    .fill('What to close before you share your screen on a video call.');
  await fieldOf(page, 'topic').getByRole('combobox').click();
  await page.getByRole('option', { name: 'working-safely' }).click();
  // English only in a copy with Welsh (as content/ is, with its cy/): a box per keyword, each added with Add.
  const keywords = fieldOf(page, 'keywords');
  await keywords.getByRole('button', { name: /Add/ }).click();
  await keywords.getByRole('textbox').first().fill('screen sharing');
  // Added once the first has reached the entry: under load, an Add pressed while the list redrew was lost.
  await previewShows(page, 'screen sharing');
  await keywords.getByRole('button', { name: /Add/ }).click();
  await keywords.getByRole('textbox').nth(1).fill('teams');
  await fieldOf(page, 'reviewed').locator('input').first().fill('2026-12-02');
  await fieldOf(page, 'reviewDue').locator('input').first().fill('2027-12-02');
  await page.getByRole('textbox', { name: 'Owner' }).fill('Cyber security team');
  const sources = fieldOf(page, 'sources');
  await sources.getByRole('button', { name: /Add/ }).click();
  await sources.getByRole('textbox', { name: 'Title' }).fill('Video conferencing security (NCSC)');
  await sources
    .getByRole('textbox', { name: 'Address' })
    .fill('https://www.ncsc.gov.uk/guidance/video-conferencing-services-security-guidance-organisations');
  const root = await bodyEditor(page);
  const body = fieldOf(page, 'body');
  await root.click();
  // "## " starts a heading, as in Markdown; the DoDont's own heading needs a ## above it.
  await page.keyboard.type('## Before you share');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Before you share your screen, close anything with patient details.');
  await body
    .getByRole('button', { name: /Insert/ })
    .first()
    .click();
  await page.getByRole('menuitem', { name: 'Callout' }).click();
  const callout = body.locator('[data-component-name="x-Callout"]').first();
  await callout.getByRole('textbox', { name: 'Title' }).fill('Check what is open');
  await callout.locator('.lexical-root').first().click();
  await page.keyboard.insertText('Close patient records and email before you share.');
  // Chosen once the block is filled in: a choice made the moment it appears can be lost as it settles.
  const warning = callout.getByRole('radio', { name: 'warning' });
  await warning.check();
  await root.locator(':scope > p').first().click();
  await page.keyboard.press('End');
  await body
    .getByRole('button', { name: /Insert/ })
    .first()
    .click();
  // The Insert menu names each component as its schema does (.meta({ title })), not "Do dont".
  await page.getByRole('menuitem', { name: "Do and don't" }).click();
  const doDont = body.locator('[data-component-name="x-DoDont"]').first();
  await doDont.getByRole('textbox').nth(0).fill('Share one window, not the whole screen');
  await doDont.getByRole('textbox').nth(1).fill('Share with patient records open');
  // Still chosen after the rest was filled in, as the file must say.
  await page.waitForFunction(
    (radio) => radio?.getAttribute('aria-checked') === 'true' || (radio as HTMLInputElement | null)?.checked === true,
    await warning.elementHandle(),
  );
  for (const text of [
    'Before you share your screen',
    'Close patient records and email',
    'Share with patient records open',
  ])
    await previewShows(page, text);
  await saveEntry(page);
}

/**
 * A file Sveltia's own YAML writer saved (tips.yaml, site.yaml), line by line against the file as it
 * was without its comments and blank lines: every line that differs, other than the edited one, must
 * hold the same value, without quotes or, where it needs them, in single quotes instead of double.
 * Returns the lines that differ in any other way.
 */
function styleChurn(path: string): { before?: string; after: string }[] {
  const kept = seeded[path]!.trimEnd()
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const after = saved[path]!.trimEnd().split('\n');
  if (after.length !== kept.length)
    return [{ after: `${after.length} lines, was ${kept.length} without comments and blank lines` }];
  const valueOf = (line: string) => JSON.stringify(parse(line.trim().replace(/^- /, '')));
  const otherwise = after.flatMap((line, i) =>
    line === kept[i] || line.endsWith(' Edited.') ? [] : [{ before: kept[i]!, after: line }],
  );
  expect(otherwise.length, `${path}: lines whose quotes went`).toBeGreaterThan(0);
  return otherwise.filter(({ before, after }) => valueOf(before) !== valueOf(after) || /^[\s-]*\w+:\s+"/.test(after));
}

beforeAll(async () => {
  session = await startEditor(seeded);
  page = session.page;
  for (const slug of CHECKLISTS) {
    await editing(`content/checklists/${slug}.yaml`, async () => {
      await openEntry(session, `checklists/entries/${slug}`);
      await appendTo(page.getByRole('textbox', { name: 'Title' }), ' (edited)');
      await appendTo(page.getByRole('textbox', { name: 'Summary' }), ' Edited.');
      await saveEntry(page);
    });
  }
  for (const slug of SCENARIOS) {
    await editing(`content/scenarios/${slug}.yaml`, async () => {
      await openEntry(session, `scenarios/entries/${slug}`);
      await appendTo(page.getByRole('textbox', { name: 'Title' }), ' (edited)');
      const body = page.getByRole('textbox', { name: 'Body' }).first();
      await body.fill(`${EDIT}${await body.inputValue()}`);
      await saveEntry(page);
    });
  }
  await editing('content/tips.yaml', async () => {
    await openEntry(session, 'settings/entries/tips');
    await appendTo(page.getByRole('textbox', { name: 'Text' }).first(), ' Edited.');
    await saveEntry(page);
  });
  await editing('content/site.yaml', async () => {
    await openEntry(session, 'settings/entries/site');
    await appendTo(fieldOf(page, 'description').getByRole('textbox'), ' Edited.');
    await saveEntry(page);
  });
  await editing(NEW_GUIDE, addGuide);
  saved = await session.files();
}, 300_000);

afterAll(async () => {
  await session?.close();
});

describe('every checklist and scenario, the tips, site.yaml and a new guide, edited in the browser editor', () => {
  it('has every checklist and scenario in content/ to edit', () => {
    expect(CHECKLISTS.length).toBeGreaterThanOrEqual(7);
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(13);
  });

  it('changes in each checklist only the title and summary lines', () => {
    const churn = CHECKLISTS.flatMap((slug) => {
      const path = `content/checklists/${slug}.yaml`;
      const lines = seeded[path]!.split('\n');
      const expected = [
        lines.findIndex((l) => l.startsWith('title:')) + 1,
        lines.findIndex((l) => l.startsWith('summary:')) + 1,
      ];
      const changed = changedLines(seeded[path]!, saved[path]!);
      return changed.join() === expected.join() ? [] : [`${path}: lines ${changed.join(', ')} changed`];
    });
    expect(churn).toEqual([]);
    for (const slug of CHECKLISTS) {
      const path = `content/checklists/${slug}.yaml`;
      const before = parse(seeded[path]!);
      expect(parse(saved[path]!), path).toEqual({
        ...before,
        title: `${before.title} (edited)`,
        summary: `${before.summary} Edited.`,
      });
    }
  });

  it("keeps each scenario's data but for the edits, written in our YAML style: that style is the only churn", () => {
    for (const slug of SCENARIOS) {
      const path = `content/scenarios/${slug}.yaml`;
      const before = parse(seeded[path]!);
      // The text box gives its text back without the last line break: `body: |` becomes `body: |-`.
      const expected = { ...before, title: `${before.title} (edited)`, body: `${EDIT}${before.body}`.trimEnd() };
      expect(parse(saved[path]!), path).toEqual(expected);
      // Exactly what our writer (file-formats.ts) makes of that data: quotes the text does not need go.
      expect(saved[path], path).toBe(stringifyContentYaml(expected));
    }
  });

  it("keeps the tips' and site.yaml's data but for the edit; Sveltia's own YAML writer drops comments, blank lines and needless quotes, and quotes the rest in '…'", () => {
    const tips = parse(seeded['content/tips.yaml']!) as { text: string }[];
    tips[0]!.text += ' Edited.';
    expect(parse(saved['content/tips.yaml']!)).toEqual(tips);
    expect(styleChurn('content/tips.yaml')).toEqual([]);
    const site = parse(seeded['content/site.yaml']!);
    expect(parse(saved['content/site.yaml']!)).toEqual({ ...site, description: `${site.description} Edited.` });
    expect(styleChurn('content/site.yaml')).toEqual([]);
  });

  it('leaves every file it was not asked to change as it was', () => {
    const changed = Object.keys(seeded).filter((path) => seeded[path] !== saved[path]);
    const edited = [
      ...CHECKLISTS.map((s) => `content/checklists/${s}.yaml`),
      ...SCENARIOS.map((s) => `content/scenarios/${s}.yaml`),
      'content/tips.yaml',
      'content/site.yaml',
    ];
    expect(changed.sort()).toEqual(edited.sort());
    expect(Object.keys(saved).filter((path) => !(path in seeded))).toEqual([NEW_GUIDE]);
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
    expect(errorsWith(saved)).toEqual([]);
    expect(checksWith(saved).pages.map((p) => p.file)).toContain(NEW_GUIDE);
  });

  it('builds the site with the new guide', async () => {
    const overlay = mkdtempSync(join(tmpdir(), 'cyber-guide-new-guide-'));
    try {
      mkdirSync(join(overlay, 'guides'));
      writeFileSync(join(overlay, 'guides/sharing-your-screen-in-meetings.mdx'), saved[NEW_GUIDE]!);
      const site = await buildOrThrow({ overlay });
      const built = join(site, 'guides/sharing-your-screen-in-meetings/index.html');
      expect(existsSync(built)).toBe(true);
      const html = readFileSync(built, 'utf8');
      expect(html).toContain('Check what is open');
      expect(html).toContain('Share one window, not the whole screen');
      rmSync(site, { recursive: true, force: true });
    } finally {
      rmSync(overlay, { recursive: true, force: true });
    }
  }, 300_000);

  it('did all this with no error in the page and no request to another host', () => {
    expect(session.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });
});
