// Every guide through the browser editor's UI in Debian's Chromium, with Sveltia's test-repo backend
// seeded from content/: change the title and the first paragraph, save, read the files back. Each
// guide comes back byte for byte but for those two lines. The checklists, scenarios, tips and a new
// guide are in editor-round-trip-data.test.ts, so vitest's two workers run the halves side by side.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/build';
import {
  appendTo,
  editing,
  openEntry,
  prependToFirstParagraph,
  saveEntry,
  startEditor,
  type EditorSession,
} from '../helpers/cms-editor';
import { filesUnder } from '../helpers/cms-repo';
import { changedLines, errorsWith } from '../helpers/cms-round-trip';

const EDIT = 'Edited by the test. ';
const seeded = filesUnder(ROOT, 'content');
/** Every guide in content/guides/, by its file name without .mdx. */
const GUIDES = Object.keys(seeded)
  .filter((path) => /^content\/guides\/[^/]+\.mdx$/.test(path))
  .map((path) => path.slice('content/guides/'.length, -'.mdx'.length))
  .sort();

let session: EditorSession;
let saved: Record<string, string>;

beforeAll(async () => {
  session = await startEditor(seeded);
  for (const slug of GUIDES) {
    await editing(`content/guides/${slug}.mdx`, async () => {
      await openEntry(session, `guides/entries/${slug}`);
      await appendTo(session.page.getByRole('textbox', { name: 'Title' }), ' (edited)');
      await prependToFirstParagraph(session.page, EDIT);
      await saveEntry(session.page);
    });
  }
  saved = await session.files();
  // Forty-odd guides through the editor's UI: about 200 s on CI's two cores, more when the other
  // worker runs the heaviest browser file at the same time (one run took over 300 s).
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('every guide, edited in the browser editor', () => {
  it('has guides to edit: every one in content/guides/', () => {
    expect(GUIDES.length).toBeGreaterThanOrEqual(37);
  });

  it('changes in each guide only its title and the paragraph edited (no list, Callout or Steps reflowed)', () => {
    // Every guide that came back otherwise, each changed line as it was and as it came back.
    const churn = GUIDES.flatMap((slug) => {
      const path = `content/guides/${slug}.mdx`;
      const before = seeded[path]!.split('\n');
      const after = saved[path]!.split('\n');
      const lines = changedLines(seeded[path]!, saved[path]!);
      const [title, paragraph] = lines;
      const asExpected =
        lines.length === 2 &&
        parse(after[title! - 1]!).title === `${parse(before[title! - 1]!).title} (edited)` &&
        after[paragraph! - 1] === `${EDIT}${before[paragraph! - 1]}`;
      return asExpected
        ? []
        : [
            `${path}: ${lines.map((n) => `${n}: ${JSON.stringify(before[n - 1])} → ${JSON.stringify(after[n - 1])}`).join('; ')}`,
          ];
    });
    expect(churn).toEqual([]);
  });

  it('leaves every other file as it was', () => {
    const changed = Object.keys(seeded).filter((path) => seeded[path] !== saved[path]);
    expect(changed.sort()).toEqual(GUIDES.map((slug) => `content/guides/${slug}.mdx`));
    expect(Object.keys(saved).sort()).toEqual(Object.keys(seeded).sort());
  });

  it("passes npm run check's checks with 0 errors", () => {
    expect(errorsWith(saved)).toEqual([]);
  });

  it('did all this with no error in the page and no request to another host', () => {
    expect(session.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });
});
