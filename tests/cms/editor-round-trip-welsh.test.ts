// A Welsh guide through the browser editor's UI, in a copy with languages: [en, cy] (the Welsh test
// overlay, edited as its own site with CMS_CONTENT): switch the form to Welsh, change the title, save.
// The Welsh file comes back with only its title changed and still a draft; the English file, which
// Sveltia saves with it, comes back byte for byte. One entry, to keep the browser tier short: every
// guide's round trip through the form is in editor-round-trip-guides.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseGuide } from '../../src/cms/file-formats';
import { welshGuideSchema } from '../../src/schemas/welsh-guide';
import { ROOT } from '../helpers/build';
import { appendTo, fieldOf, openEntry, saveEntry, startEditor, type EditorSession } from '../helpers/cms-editor';
import { changedLines } from '../helpers/cms-round-trip';

const OVERLAY = 'tests/fixtures/overlays/cymraeg';
const SLUG = 'clicked-a-link';
const ENGLISH = `${OVERLAY}/guides/${SLUG}.mdx`;
const WELSH = `${OVERLAY}/cy/guides/${SLUG}.mdx`;
const EDIT = ' (golygwyd)';
/** The overlay's site.yaml (languages: [en, cy]) and one guide in both languages, as a trust's overlay holds them. */
const seeded = {
  [`${OVERLAY}/site.yaml`]: readFileSync(join(ROOT, OVERLAY, 'site.yaml'), 'utf8'),
  [ENGLISH]: readFileSync(join(ROOT, `content/guides/${SLUG}.mdx`), 'utf8'),
  [WELSH]: readFileSync(join(ROOT, `content/cy/guides/${SLUG}.mdx`), 'utf8'),
};

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

  it(`leaves ${ENGLISH} byte for byte, and writes no other file`, () => {
    expect(saved[ENGLISH]).toBe(seeded[ENGLISH]);
    expect(Object.keys(saved).sort()).toEqual(Object.keys(seeded).sort());
  });

  it('did all this with no error in the page and no request to another host', () => {
    expect(session.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });
});
