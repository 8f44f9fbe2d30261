// Welsh through the browser editor's UI, in a copy with languages: [en, cy] (the Welsh test overlay,
// edited as its own site with CMS_CONTENT): switch a guide's form to Welsh, change the title, save. The
// Welsh file comes back with only its title changed and still a draft; the English file, which Sveltia
// saves with it, comes back byte for byte. Then a guide with no Welsh version yet: turn Welsh on, fill in
// its words, save; the new Welsh file holds only what a Welsh guide may. Then a Welsh checklist item's
// words, and one word of the trust's cy/strings.yaml: each file keeps every other line, comments
// included, and the build's schema accepts it. A few entries, to keep the browser tier short: every
// guide's round trip through the form is in editor-round-trip-guides.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseGuide } from '../../src/cms/file-formats';
import { loadWelshStrings } from '../../src/config/welsh-strings';
import type { Strings } from '../../src/schemas/strings';
import { welshGuideSchema } from '../../src/schemas/welsh-guide';
import { welshChecklistSchema } from '../../src/schemas/welsh-words';
import { ROOT } from '../helpers/build';
import {
  appendTo,
  bodyEditor,
  drawnField,
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
/** A checklist in both languages, and the trust's own Welsh words of the interface (only those it changes). */
const CHECKLIST = 'end-of-shift';
const WELSH_CHECKLIST = `${OVERLAY}/cy/checklists/${CHECKLIST}.yaml`;
const WELSH_STRINGS = `${OVERLAY}/cy/strings.yaml`;
const STRINGS =
  '# Our own Welsh words of the interface.\ntranslation: draft\nnav.home: "Hafan"\nnav.help: "Angen help?"\n';
/** The overlay's site.yaml (languages: [en, cy]), one guide and one checklist in both languages, as a trust's overlay holds them. */
const seeded: Record<string, string> = {
  [`${OVERLAY}/site.yaml`]: readFileSync(join(ROOT, OVERLAY, 'site.yaml'), 'utf8'),
  [ENGLISH]: readFileSync(join(ROOT, `content/guides/${SLUG}.mdx`), 'utf8'),
  [WELSH]: readFileSync(join(ROOT, `content/cy/guides/${SLUG}.mdx`), 'utf8'),
  [`${OVERLAY}/guides/${UNTRANSLATED}.mdx`]: readFileSync(join(ROOT, `content/guides/${UNTRANSLATED}.mdx`), 'utf8'),
  [`${OVERLAY}/checklists/${CHECKLIST}.yaml`]: readFileSync(join(ROOT, `content/checklists/${CHECKLIST}.yaml`), 'utf8'),
  [WELSH_CHECKLIST]: readFileSync(join(ROOT, `content/cy/checklists/${CHECKLIST}.yaml`), 'utf8'),
  [WELSH_STRINGS]: STRINGS,
};
/** Files the test changes; every other seeded file must come back byte for byte. */
const EDITED = [WELSH, WELSH_CHECKLIST, WELSH_STRINGS];

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

/** A Welsh checklist item's words, changed in the checklist's Welsh form. */
async function translateItem(session: EditorSession): Promise<void> {
  const { page } = session;
  await openEntry(session, `checklists/entries/${CHECKLIST}`);
  await page.getByRole('radio', { name: 'Welsh' }).first().click();
  const id = (await drawnField(page, 'items.0.id')).getByRole('textbox');
  itemIdReadOnly = await id.getAttribute('aria-readonly');
  await appendTo((await drawnField(page, 'items.0.action')).getByRole('textbox'), EDIT);
  await saveEntry(page);
}

/** One word of the trust's cy/strings.yaml, in the "Cymraeg (Welsh words)" form. */
async function changeWelshWord(session: EditorSession): Promise<void> {
  await openEntry(session, 'welsh/entries/cy-strings');
  await appendTo(fieldOf(session.page, 'nav/home').getByRole('textbox'), EDIT);
  await saveEntry(session.page);
}

let session: EditorSession;
let saved: Record<string, string>;
/** The form's fields once switched to Welsh, by name. */
let welshForm: string[];
/** aria-readonly of a checklist item's id in the Welsh form. */
let itemIdReadOnly: string | null;

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
  await translateItem(session);
  await changeWelshWord(session);
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
    for (const path of Object.keys(seeded).filter((path) => !EDITED.includes(path)))
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

  it(`changes in ${WELSH_CHECKLIST} only the item's Welsh words, under the English item's id, which the Welsh form cannot change`, () => {
    expect(itemIdReadOnly).toBe('true');
    const lines = changedLines(seeded[WELSH_CHECKLIST]!, saved[WELSH_CHECKLIST]!);
    expect(lines).toHaveLength(1);
    const before = welshChecklistSchema.parse(parse(seeded[WELSH_CHECKLIST]!));
    const after = welshChecklistSchema.parse(parse(saved[WELSH_CHECKLIST]!));
    expect(after).toEqual({
      ...before,
      items: [{ ...before.items[0]!, action: `${before.items[0]!.action}${EDIT}` }, ...before.items.slice(1)],
    });
    expect(after.translation).toBe('draft');
    // Its comment lines stay: the Welsh file is written over its own text.
    expect(saved[WELSH_CHECKLIST]!.startsWith('# Welsh words of content/checklists/end-of-shift.yaml')).toBe(true);
  });

  it(`changes in ${WELSH_STRINGS} only the word edited, and the build reads the file with no problem`, () => {
    expect(saved[WELSH_STRINGS]).toBe(STRINGS.replace('"Hafan"', `"Hafan${EDIT}"`));
    const overlayDir = mkdtempSync(join(tmpdir(), 'cms-welsh-strings-'));
    mkdirSync(join(overlayDir, 'cy'));
    writeFileSync(join(overlayDir, 'cy/strings.yaml'), saved[WELSH_STRINGS]!);
    const english = parse(readFileSync(join(ROOT, 'content/strings.yaml'), 'utf8')) as Strings;
    const { strings, problems } = loadWelshStrings({ contentDir: join(ROOT, 'content'), overlayDir }, english, ROOT);
    expect(problems).toEqual([]);
    expect(strings['nav.home']).toBe(`Hafan${EDIT}`);
  });

  it('did all this with no error in the page and no request to another host', () => {
    expect(session.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });
});
