// A Welsh guide through the browser editor's UI, in a copy with languages: [en, cy] (the Welsh test
// overlay, edited as its own site with CMS_CONTENT): switch the form to Welsh, change the title, save.
// The Welsh file comes back with only its title changed and still a draft; the English file, which
// Sveltia saves with it, comes back byte for byte. Then a guide with no Welsh version yet: turn Welsh
// on, fill in its words, save; the new Welsh file holds only what a Welsh guide may. Two entries, to
// keep the browser tier short: every guide's round trip through the form is in editor-round-trip-guides.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseGuide } from '../../src/cms/file-formats';
import { welshGuideSchema } from '../../src/schemas/welsh-guide';
import { ROOT } from '../helpers/build';
import {
  appendTo,
  bodyEditor,
  fieldOf,
  openEntry,
  previewShows,
  saveEntry,
  startEditor,
  type EditorSession,
} from '../helpers/cms-editor';
import { changedLines } from '../helpers/cms-round-trip';

const OVERLAY = 'tests/fixtures/overlays/cymraeg';
const SLUG = 'clicked-a-link';
const ENGLISH = `${OVERLAY}/guides/${SLUG}.mdx`;
const WELSH = `${OVERLAY}/cy/guides/${SLUG}.mdx`;
const EDIT = ' (golygwyd)';
/** A guide with no Welsh version in the seeded files, and the file its new Welsh version goes to. */
const UNTRANSLATED = 'lost-or-stolen-device';
const NEW_WELSH = `${OVERLAY}/cy/guides/${UNTRANSLATED}.mdx`;
const NEW_WORDS = {
  title: 'Rydw i wedi colli dyfais',
  summary: 'Beth i’w wneud os ydych chi wedi colli ffôn, gliniadur neu gerdyn clyfar gwaith.',
  translationOf: `${UNTRANSLATED}@0123456789ab`,
  body: 'Ffoniwch y ddesg gwasanaeth TG ar unwaith.',
};
/** The overlay's site.yaml (languages: [en, cy]) and one guide in both languages, as a trust's overlay holds them. */
const seeded: Record<string, string> = {
  [`${OVERLAY}/site.yaml`]: readFileSync(join(ROOT, OVERLAY, 'site.yaml'), 'utf8'),
  [ENGLISH]: readFileSync(join(ROOT, `content/guides/${SLUG}.mdx`), 'utf8'),
  [WELSH]: readFileSync(join(ROOT, `content/cy/guides/${SLUG}.mdx`), 'utf8'),
  [`${OVERLAY}/guides/${UNTRANSLATED}.mdx`]: readFileSync(join(ROOT, `content/guides/${UNTRANSLATED}.mdx`), 'utf8'),
};

/** Turns Welsh on for a guide that has none, fills in its words as a translator would, and saves. */
async function translate(session: EditorSession): Promise<void> {
  const { page } = session;
  await openEntry(session, `guides/entries/${UNTRANSLATED}`);
  await page.getByRole('radio', { name: 'Welsh' }).first().click();
  await page.getByRole('button', { name: /Show .*Welsh.* Content Options/ }).click();
  await page.getByRole('menuitem', { name: /Enable .*Welsh/ }).click();
  await fieldOf(page, 'title').getByRole('textbox').fill(NEW_WORDS.title);
  await fieldOf(page, 'summary').getByRole('textbox').fill(NEW_WORDS.summary);
  await fieldOf(page, 'translationOf').getByRole('textbox').fill(NEW_WORDS.translationOf);
  await fieldOf(page, 'translation').getByRole('radio', { name: 'draft' }).click();
  await (await bodyEditor(page)).click();
  await page.keyboard.insertText(NEW_WORDS.body);
  await previewShows(page, NEW_WORDS.body);
  await saveEntry(page);
}

let session: EditorSession;
let saved: Record<string, string>;
/** The form's fields once switched to Welsh, by name. */
let welshForm: string[];

beforeAll(async () => {
  session = await startEditor(seeded, OVERLAY);
  const { page } = session;
  await openEntry(session, `guides/entries/${SLUG}`);
  // The left pane edits English until its language switch says Welsh.
  await page.getByRole('radio', { name: 'Welsh' }).first().click();
  const title = fieldOf(page, 'title').getByRole('textbox');
  await page.waitForFunction((el) => (el as HTMLInputElement).value.startsWith('Rydw i'), await title.elementHandle(), {
    timeout: 10_000,
  });
  welshForm = await page
    .locator('#first-pane-body section.field')
    .evaluateAll((fields) => fields.map((field) => field.getAttribute('data-key-path')!));
  await appendTo(title, EDIT);
  await saveEntry(page);
  await translate(session);
  saved = await session.files();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('a Welsh guide, edited in the browser editor', () => {
  it('shows in Welsh only the words: no topic, order, sources, owner or dates', () => {
    expect(welshForm).toContain('translationOf');
    for (const englishOnly of ['topic', 'order', 'sources', 'owner', 'reviewed', 'reviewDue', 'keywords'])
      expect(welshForm, englishOnly).not.toContain(englishOnly);
  });

  it(`changes in ${WELSH} only its title, and it stays a draft the schema accepts`, () => {
    const before = seeded[WELSH]!.split('\n');
    const after = saved[WELSH]!.split('\n');
    const lines = changedLines(seeded[WELSH]!, saved[WELSH]!);
    expect(lines, JSON.stringify(lines.map((n) => after[n - 1]))).toHaveLength(1);
    expect(parse(after[lines[0]! - 1]!).title).toBe(`${parse(before[lines[0]! - 1]!).title}${EDIT}`);
    const { body: _, ...frontmatter } = parseGuide(saved[WELSH]!);
    expect(welshGuideSchema.parse(frontmatter)).toMatchObject({ translation: 'draft' });
  });

  it(`leaves the English files byte for byte, and writes no other file`, () => {
    for (const path of Object.keys(seeded).filter((path) => path !== WELSH))
      expect(saved[path], path).toBe(seeded[path]);
    expect(Object.keys(saved).sort()).toEqual([...Object.keys(seeded), NEW_WELSH].sort());
  });

  it(`writes a new translation with only what a Welsh guide holds: no English keywords, sources or dates copied in`, () => {
    const { body, ...frontmatter } = parseGuide(saved[NEW_WELSH]!);
    const english = parseGuide(seeded[`${OVERLAY}/guides/${UNTRANSLATED}.mdx`]!);
    // The English urgent phrases are copied in for the translator to replace (Sveltia copies lists).
    expect(frontmatter).toEqual({
      title: NEW_WORDS.title,
      summary: NEW_WORDS.summary,
      translationOf: NEW_WORDS.translationOf,
      translation: 'draft',
      urgentPhrases: english.urgentPhrases,
    });
    expect(welshGuideSchema.safeParse(frontmatter).success).toBe(true);
    expect(body).toBe(`${NEW_WORDS.body}\n`);
  });

  it('did all this with no error in the page and no request to another host', () => {
    expect(session.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });
});
