// The browser editor driven through its own UI, for the round-trip tests: one Chromium page, the
// editor built with Sveltia's test-repo backend and seeded from content/, entries opened by the
// editor's own hash routes (no page load per file), and every wait on the exact condition it needs
// (a field drawn, the editor closed after a save), never on a fixed time.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildEditor } from '../../src/cms/build';
import { serveEditor } from '../../src/cms/serve';
import { launchBrowser, watchProblems, type PageProblems } from './browser';
import { readRepo, seedRepo } from './cms-repo';

export interface EditorSession {
  page: Page;
  origin: string;
  problems: PageProblems;
  /** Every file of the test repository now, path → text. */
  files(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * Builds the editor for the test repository, seeds it with `files` and opens its collections.
 * `content` is the folder it edits (CMS_CONTENT), content/ unless a test edits a trust's overlay.
 */
export async function startEditor(files: Record<string, string>, content?: string): Promise<EditorSession> {
  const env = { CMS_BACKEND: 'test-repo', ...(content ? { CMS_CONTENT: content } : {}) };
  const out = mkdtempSync(join(tmpdir(), 'cyber-guide-editor-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  };
  try {
    await buildEditor({ ...env, CMS_OUT: out });
    server = await serveEditor(out, 0, env);
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = watchProblems(page, origin);
    await page.goto(`${origin}/`);
    await seedRepo(page, files);
    await page.reload();
    await page.getByRole('button', { name: 'Work with Test Repository' }).click();
    await page.waitForURL(/#\/collections\//);
    return { page, origin, problems, files: () => readRepo(page), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One form field, by its path in the entry ("title", "body", "items.0.why"). */
export const fieldOf = (page: Page, keyPath: string): Locator =>
  page.locator(`section.field[data-key-path="${keyPath}"]`).first();

/**
 * Opens an entry ("guides/entries/updates") by the editor's hash route: the app stays loaded, so
 * this costs only the entry's own drawing. Resolves once its form is there.
 */
export async function openEntry(session: EditorSession, path: string): Promise<void> {
  await session.page.goto(`${session.origin}/#/collections/${path}`);
  await session.page.getByRole('button', { name: 'Save' }).waitFor();
}

/**
 * Types `suffix` at the end of a text box that holds the entry's text. Sveltia can draw the form a
 * moment before it fills in the entry's values, and a value filled in sooner is overwritten (the Save
 * button then stays disabled, as nothing changed): wait for the entry's text, then check it took.
 */
export async function appendTo(box: Locator, suffix: string): Promise<void> {
  await box.waitFor();
  // Not expect.poll: this runs in beforeAll hooks too, where vitest refuses it.
  await box.page().waitForFunction((el) => (el as HTMLInputElement).value !== '', await box.elementHandle(), {
    timeout: 10_000,
  });
  const edited = (await box.inputValue()) + suffix;
  await box.fill(edited);
  await box
    .page()
    .waitForFunction(
      ([el, text]) => (el as HTMLInputElement).value === text,
      [await box.elementHandle(), edited] as const,
      {
        timeout: 5_000,
      },
    );
}

/**
 * A form field that may be below the part of the form drawn so far (a checklist's items, a page of the
 * helper): the page scrolls to the next field not yet drawn until this one is there.
 */
export async function drawnField(page: Page, keyPath: string): Promise<Locator> {
  await page.waitForFunction(
    (keyPath) => {
      if (document.querySelector(`section.field[data-key-path="${keyPath}"]`)) return true;
      document.querySelector('div.placeholder')?.scrollIntoView({ block: 'end' });
      return false;
    },
    keyPath,
    { polling: 50, timeout: 20_000 },
  );
  return fieldOf(page, keyPath);
}

/**
 * The guide body's rich text. Sveltia draws a field only once it scrolls into view (an empty
 * placeholder until then), and the body is the last field: the page scrolls to the last placeholder
 * until the body's editor is there.
 */
export async function bodyEditor(page: Page): Promise<Locator> {
  await page.waitForFunction(
    () => {
      if (document.querySelector('section.field[data-key-path="body"] .lexical-root')) return true;
      [...document.querySelectorAll('div.placeholder')].at(-1)?.scrollIntoView({ block: 'end' });
      return false;
    },
    undefined,
    { polling: 50 },
  );
  return fieldOf(page, 'body').locator('.lexical-root').first();
}

/** The text of the body's first paragraph (of the guide's own text, not of a block inside it), in the page. */
const firstParagraphText = () =>
  document.querySelector('section.field[data-key-path="body"] .lexical-root')?.querySelector(':scope > p')
    ?.textContent ?? '';

/** Puts `text` at the start of the body's first paragraph, as a person typing there would. */
export async function prependToFirstParagraph(page: Page, text: string): Promise<void> {
  const root = await bodyEditor(page);
  // The rich text is filled in from the file after it is drawn: typing sooner would be overwritten.
  await page.waitForFunction(`(${firstParagraphText})().trim() !== ''`);
  await root
    .locator(':scope > p')
    .first()
    .click({ position: { x: 2, y: 8 } });
  await page.keyboard.press('Home');
  // One input event for the whole text (Lexical takes it as typed), instead of one per character.
  await page.keyboard.insertText(text);
  await page.waitForFunction(`(${firstParagraphText})().startsWith(${JSON.stringify(text)})`, undefined, {
    timeout: 5_000,
  });
  await previewShows(page, text.trim());
}

/**
 * Waits until the preview beside the form shows `text`. The rich text hands its changes to the entry
 * a moment after they appear on screen, and the preview is drawn from the entry: once the preview has
 * them, a save writes them (saving as soon as the text appeared sometimes wrote the file without it).
 */
export async function previewShows(page: Page, text: string): Promise<void> {
  // 30 s, as the other waits for a page to draw.
  try {
    await page.waitForFunction(
      (text) => {
        const pane = document.querySelector('#second-pane-body');
        if (pane?.textContent?.includes(text)) return true;
        // The preview draws a field only once it scrolls into view (a placeholder until then), and it
        // follows the form's scrolling only when the machine keeps up: under load it stayed at the top
        // and never drew the body. Scroll it to the next field not yet drawn, as drawnField does the form.
        pane?.querySelector('div.placeholder')?.scrollIntoView({ block: 'end' });
        return false;
      },
      text,
      { polling: 100, timeout: 30_000 },
    );
  } catch (error) {
    const shown = await page.evaluate(() => document.querySelector('#second-pane-body')?.textContent ?? '(no preview)');
    throw new Error(`the preview never showed "${text}"; it shows: ${shown.slice(0, 600)}`, { cause: error });
  }
}

/**
 * Saves the open entry. Sveltia closes the entry once its file is written (its "close the editor
 * after saving" preference, on by default), so the route leaving the entry is the exact sign.
 */
export async function saveEntry(page: Page): Promise<void> {
  const entry = page.url();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((url) => url.href !== entry && !url.hash.includes('/entries/') && !url.hash.endsWith('/new'));
}

/** Runs one file's edits; a failure says which file it was editing. */
export async function editing(path: string, edit: () => Promise<void>): Promise<void> {
  try {
    await edit();
  } catch (error) {
    throw new Error(`while editing ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
