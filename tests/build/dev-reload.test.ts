/**
 * `npm run dev` shows every content edit without a restart, as the editors' guide promises: one
 * `astro dev` runs over a trust's overlay, each test saves one file in it, and the page that shows
 * the file's words changes while the same server keeps running. The same server draws each guide
 * component with a wrong prop: `astro dev` runs no content checks, so the component itself refuses it.
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

/** Each guide component written with a prop it refuses, what it says, and the same put right. */
const BAD_PROPS: { name: string; wrong: string; says: string; right: string }[] = [
  {
    name: 'Callout',
    wrong: '<Callout type="loud">A</Callout>',
    says: '<Callout> type is "loud" — use type="info"',
    right: '<Callout type="info">A</Callout>',
  },
  {
    name: 'Checklist',
    wrong: '<Checklist name="end-of-shfit" />',
    says: '<Checklist> name is "end-of-shfit" — did you mean name="end-of-shift"?',
    right: '<Checklist name="end-of-shift" />',
  },
  {
    name: 'ContactCard',
    wrong: '<ContactCard name="serviceDsk" />',
    says: '<ContactCard> name is "serviceDsk" — did you mean name="serviceDesk"?',
    right: '<ContactCard name="serviceDesk" />',
  },
  {
    name: 'Details',
    wrong: '<Details summary="  ">A</Details>',
    says: '<Details> summary is "  " — add the text people tap to open it',
    right: '<Details summary="Why">A</Details>',
  },
  {
    name: 'DoDont',
    wrong: '<DoDont do={[1, 2]} dont={["No"]} />',
    says: '<DoDont> do is [1,2] — use a list of sentences in double quotes',
    right: '<DoDont do={["Yes"]} dont={["No"]} />',
  },
  {
    name: 'NationWords',
    wrong: '<NationWords name="breachReportin" />',
    says: '<NationWords> name is "breachReportin" — did you mean name="breachReporting"?',
    right: '<NationWords name="breachReporting" />',
  },
];
const badGuide = (name: string) => `guides/bad-${name.toLowerCase()}.mdx`;
/** A guide showing `markup`, then a sentence a page shows only if the component before it was drawn. */
const guideUsing = (markup: string) =>
  [
    '---',
    'title: A guide for a component',
    'summary: It shows one component.',
    'topic: devices',
    'keywords: [test]',
    'reviewed: 2026-11-01',
    'reviewDue: 2027-11-01',
    'owner: Web team',
    'sources: [{ title: NCSC, url: "https://www.ncsc.gov.uk/" }]',
    '---',
    '',
    '## What to do',
    '',
    markup,
    '',
    'Devcontent after it.',
    '',
  ].join('\n');

const EDIT_SHOWS_WITHIN_MS = 40_000;

let server: DevServer;

/**
 * Reads `path` again and again until `shows` is on it and `gone` is not; fails with the terminal's
 * messages if that never happens. `saveAgain`: for files read by a content loader, saved once more
 * halfway. On a loaded machine (load average 14 on 2 cores) Astro's data store was seen, about one
 * run in four, to keep a collection's old entries after the loader had read the edit (it logs "read
 * again"); an editor saving again sees the change. A loader that does not watch its files fails both.
 */
async function pageChanges(path: string, shows: string, gone: string, saveAgain?: () => void): Promise<void> {
  const until = Date.now() + EDIT_SHOWS_WITHIN_MS;
  while (Date.now() < until) {
    const body = await server.get(path);
    if (body.includes(shows) && !body.includes(gone)) return;
    if (saveAgain && until - Date.now() < EDIT_SHOWS_WITHIN_MS / 2) {
      saveAgain();
      saveAgain = undefined;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const log = server
    .output()
    .split('\n')
    .filter((line) => !/\[(WARN|200)\]/.test(line));
  expect.fail(
    `${path} never showed "${shows}" in place of "${gone}" after the edit. astro dev said:\n${log.slice(-30).join('\n')}`,
  );
}

/** Waits until the terminal of `astro dev` has shown `line`, as an editor would read it there. */
async function saysSoon(line: string): Promise<void> {
  const until = Date.now() + EDIT_SHOWS_WITHIN_MS;
  while (Date.now() < until) {
    if (server.output().includes(line)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(server.output()).toContain(line);
}

beforeAll(async () => {
  server = await startDevServer({
    'site.yaml': 'name: Devsite One\n',
    'strings.yaml': 'nav.help: Devhelp one\n',
    'synonyms.yaml': 'groups:\n  - [zebraword, quaggaword]\n',
    'help.yaml': helpTitled('Devhelper one'),
    'tips.yaml': tipSaying('Devtip one'),
    [CHECKLIST]: checklistTitled('Devlist one'),
    'alerts.yaml': alertsFile('Devalert texts'),
    ...Object.fromEntries(BAD_PROPS.map(({ name, wrong }) => [badGuide(name), guideUsing(wrong)])),
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
    const save = () => server.write('tips.yaml', tipSaying('Devtip two'));
    save();
    await pageChanges('/tips/', 'Devtip two', 'Devtip one', save);
  });

  it('a checklist, shows its new title', async () => {
    const page = '/checklists/end-of-shift/';
    expect(await server.get(page)).toContain('Devlist one');
    const save = () => server.write(CHECKLIST, checklistTitled('Devlist two'));
    save();
    await pageChanges(page, 'Devlist two', 'Devlist one', save);
  });

  it('alerts.yaml, shows the alert as changed', async () => {
    expect(await server.get('/alerts/')).toContain('Devalert texts');
    const save = () => server.write('alerts.yaml', alertsFile('Devalert calls'));
    save();
    await pageChanges('/alerts/', 'Devalert calls', 'Devalert texts', save);
  });

  it('all the while without a restart', () => {
    expect(server.output()).not.toMatch(/Restarting|server restarted/i);
  });
});

// `npm run dev` runs no content checks, so what stops a wrong prop there is the component itself:
// the page stops where it stands, and the terminal says why.
describe('each guide component, drawn by npm run dev', () => {
  it.each(BAD_PROPS)(
    '<$name> refuses a wrong prop, naming the guide file and the fix',
    async ({ name, says, right }) => {
      const path = `/guides/bad-${name.toLowerCase()}/`;
      const page = await server.get(path);
      expect(page).toContain('A guide for a component');
      expect(page).not.toContain('Devcontent');
      await saysSoon(`${server.overlay.slice(ROOT.length + 1)}/${badGuide(name)} — ${says}`);
      // Put right, the same guide shows in full.
      server.write(badGuide(name), guideUsing(right));
      await pageChanges(path, 'Devcontent', 'no such words');
    },
  );
});
