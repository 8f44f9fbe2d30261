/**
 * `npm run dev` shows every content edit without a restart, as the editors' guide promises: one
 * `astro dev` runs over a trust's overlay, each test saves one file in it, and the page that shows
 * the file's words changes while the same server keeps running.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';
import { ukDate } from '../helpers/alerts-fixture';
import { startDevServer, type DevServer } from '../helpers/dev-server';

const CHECKLIST = 'checklists/end-of-shift.yaml';
const checklistTitled = (title: string) =>
  readFileSync(join(ROOT, 'content', CHECKLIST), 'utf8').replace(/^title: .*$/m, `title: ${title}`);
const helpTitled = (title: string) => `change:\n  - page: clicked-a-link/typed-a-password\n    title: ${title}\n`;
const tipSaying = (text: string) => `- id: dev-reload-tip\n  category: passwords\n  text: ${text}\n`;

/** An alerts file with one current alert, titled `title`. */
function alertsFile(title: string): string {
  const now = Date.now();
  const lines = [
    'alerts:',
    '  - id: dev-reload-alert',
    `    title: ${title}`,
    '    body: Texts ask for a code. Delete them.',
  ];
  return [...lines, `    from: "${ukDate(now, -2)}"`, `    until: "${ukDate(now, 3)}"`, '    level: warning', ''].join(
    '\n',
  );
}

const EDIT_SHOWS_WITHIN_MS = 30_000;

let server: DevServer;

/** Reads `path` again and again until `shows` is on it and `gone` is not; fails with the page if that never happens. */
async function pageChanges(path: string, shows: string, gone: string): Promise<void> {
  const until = Date.now() + EDIT_SHOWS_WITHIN_MS;
  let body = '';
  while (Date.now() < until) {
    body = await server.get(path);
    if (body.includes(shows) && !body.includes(gone)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect.fail(`${path} never showed "${shows}" in place of "${gone}" after the edit:\n${body.slice(0, 1500)}`);
}

beforeAll(async () => {
  server = await startDevServer({
    'site.yaml': 'name: Devsite One\n',
    'strings.yaml': 'nav.help: Devhelp one\n',
    'synonyms.yaml': 'groups:\n  - [zebraword, quaggaword]\n',
    'help.yaml': helpTitled('Devhelper one'),
    'tips.yaml': tipSaying('Devtip one'),
    [CHECKLIST]: checklistTitled('Devlist one'),
  });
});

afterAll(() => server?.stop());

describe('npm run dev, after an edit to', () => {
  it('site.yaml, shows the new site name', async () => {
    expect(await server.get('/')).toContain('Devsite One');
    server.write('site.yaml', 'name: Devsite Two\n');
    await pageChanges('/', 'Devsite Two', 'Devsite One');
  });

  it('strings.yaml, shows the new words of the interface', async () => {
    expect(await server.get('/')).toContain('Devhelp one');
    server.write('strings.yaml', 'nav.help: Devhelp two\n');
    await pageChanges('/', 'Devhelp two', 'Devhelp one');
  });

  it('synonyms.yaml, gives the search the new words', async () => {
    expect(await server.get('/search/words.json')).toContain('"zebraword"');
    server.write('synonyms.yaml', 'groups:\n  - [yakword, quaggaword]\n');
    await pageChanges('/search/words.json', '"yakword"', '"zebraword"');
  });

  it('help.yaml, shows the helper page as changed', async () => {
    const page = '/help/clicked-a-link/typed-a-password/';
    expect(await server.get(page)).toContain('Devhelper one');
    server.write('help.yaml', helpTitled('Devhelper two'));
    await pageChanges(page, 'Devhelper two', 'Devhelper one');
  });

  it('tips.yaml, shows the tip as changed', async () => {
    expect(await server.get('/tips/')).toContain('Devtip one');
    server.write('tips.yaml', tipSaying('Devtip two'));
    await pageChanges('/tips/', 'Devtip two', 'Devtip one');
  });

  it('a checklist, shows its new title', async () => {
    const page = '/checklists/end-of-shift/';
    expect(await server.get(page)).toContain('Devlist one');
    server.write(CHECKLIST, checklistTitled('Devlist two'));
    await pageChanges(page, 'Devlist two', 'Devlist one');
  });

  it('alerts.yaml, written while the server runs and then edited, shows the alert as written', async () => {
    expect(await server.get('/alerts/')).not.toContain('Devalert');
    server.write('alerts.yaml', alertsFile('Devalert texts'));
    await pageChanges('/alerts/', 'Devalert texts', 'no such words');
    server.write('alerts.yaml', alertsFile('Devalert calls'));
    await pageChanges('/alerts/', 'Devalert calls', 'Devalert texts');
  });

  it('all the while without a restart', () => {
    expect(server.output()).not.toMatch(/Restarting|server restarted/i);
  });
});
