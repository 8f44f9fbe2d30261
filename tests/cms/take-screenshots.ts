/**
 * `npm run cms:screenshots`: the pictures in content/README.md's "Editing in a browser", taken in
 * Debian's Chromium from the editor built with the test repository, seeded from content/.
 * Nothing is saved to content/ but the pictures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEditor } from '../../src/cms/build.ts';
import { serveEditor } from '../../src/cms/serve.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { filesUnder, seedRepo } from '../helpers/cms-repo.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const images = join(root, 'content/README-images');
const env = { CMS_BACKEND: 'test-repo' };
const out = mkdtempSync(join(tmpdir(), 'cyber-guide-editor-'));
await buildEditor({ ...env, CMS_OUT: out });
const server = await serveEditor(out, 0, env);
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const shot = async (name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(images, name) });
    console.log(`wrote content/README-images/${name}`);
  };
  await page.goto(`${origin}/`);
  await seedRepo(page, filesUnder(root, 'content'));
  await page.reload();
  await page.getByRole('button', { name: 'Work with Test Repository' }).waitFor();
  await shot('editor-open.png');
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.waitForURL(/#\/collections\//);
  await page.goto(`${origin}/#/collections/guides`);
  await page.getByText('I clicked a link or opened an attachment').first().waitFor();
  await shot('editor-guides.png');
  await page.goto(`${origin}/#/collections/guides/entries/clicked-a-link`);
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.waitFor();
  await title.fill('I clicked a link or opened an attachment by mistake');
  await shot('editor-change.png');
  const body = page.locator('section.field[data-key-path="body"]').first();
  for (let i = 0; i < 60 && !(await body.locator('[data-component-name="x-Callout"]').count()); i++) {
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(50);
  }
  await body.locator('[data-component-name="x-Callout"]').first().scrollIntoViewIfNeeded();
  await shot('editor-callout.png');
  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByText(/Entry saved/)
    .last()
    .waitFor();
  await shot('editor-saved.png');
  // A required field left empty: the editor will not save, and says which field.
  await page.goto(`${origin}/#/collections/guides/entries/updates`);
  await title.fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/has an error/).waitFor();
  await shot('editor-required.png');
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
