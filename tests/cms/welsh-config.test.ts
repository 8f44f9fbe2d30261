// The editor's configuration for a copy in English and Welsh (site.yaml languages: [en, cy]), made from
// the schemas as the editor's build makes it; for the central content, whose content/cy/ holds the
// package's Welsh drafts; and for an English-only copy, exactly as before Welsh.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { underContentRoot } from '../../src/cms/content-root';
import * as formats from '../../src/cms/file-formats';
import { editorConfig } from '../../src/cms/generated-file';
import { checklistSchema } from '../../src/schemas/checklist';
import { guideSchema } from '../../src/schemas/guide';
import { scenarioSchema } from '../../src/schemas/scenario';
import { COUNT_KEYS, STRING_KEYS } from '../../src/schemas/strings';
import { welshGuideSchema } from '../../src/schemas/welsh-guide';
import { welshChecklistSchema, welshScenarioSchema } from '../../src/schemas/welsh-words';
import { ROOT } from '../helpers/build';

const WELSH_COPY = 'tests/fixtures/overlays/cymraeg';
type Field = {
  name: string;
  label?: string;
  hint?: string;
  widget?: string;
  i18n?: unknown;
  required?: unknown;
  default?: unknown;
  options?: unknown[];
  fields?: Field[];
};
type Collection = { name: string; folder?: string; i18n?: unknown; fields?: Field[]; files?: WordsFile[] };
type WordsFile = { name: string; file: string; format: string; fields: Field[] };

const central = editorConfig(ROOT);
const bilingual = editorConfig(ROOT, WELSH_COPY);
const collectionOf = (config: typeof central, name: string) =>
  config.cmsConfig.collections.find((c) => c.name === name) as unknown as Collection;
const fieldsOf = (name: string) => collectionOf(bilingual, name).fields!;
const byName = (fields: Field[]) => Object.fromEntries(fields.map((f) => [f.name, f]));
/** The "Cymraeg (Welsh words)" files of a configuration, by name. */
const wordsFiles = (config: typeof central) =>
  Object.fromEntries((collectionOf(config, 'welsh').files ?? []).map((f) => [f.name, f]));
/** Every field of a configuration, however deep, with where it is. */
const everyField = (config: typeof central): [string, Field][] => {
  const walk = (path: string, fields: Field[] = []): [string, Field][] =>
    fields.flatMap((f) => [[`${path}.${f.name}`, f] as [string, Field], ...walk(`${path}.${f.name}`, f.fields)]);
  return (config.cmsConfig.collections as unknown as Collection[]).flatMap((c) => [
    ...walk(c.name, c.fields),
    ...(c.files ?? []).flatMap((file) => walk(`${c.name}.${file.name}`, file.fields)),
  ]);
};

/** An overlay folder holding only a site.yaml with these lines. */
function overlayWith(site: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'cms-welsh-'));
  writeFileSync(join(folder, 'site.yaml'), site);
  return folder;
}

/** A copy of this project whose content/ has site.yaml and nothing Welsh (no content/cy/). */
function englishRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'cms-english-'));
  mkdirSync(join(root, 'content'));
  symlinkSync(join(ROOT, 'src'), join(root, 'src'));
  writeFileSync(join(root, 'content/site.yaml'), readFileSync(join(ROOT, 'content/site.yaml'), 'utf8'));
  return root;
}

describe('an English-only copy', () => {
  it('has the configuration it had before Welsh: no i18n, no Welsh files, English folders, whether or not site.yaml says [en]', () => {
    const saysEnglish = editorConfig(ROOT, overlayWith('languages: [en]\n'));
    const noWelshFolder = editorConfig(englishRoot());
    expect(JSON.stringify(saysEnglish.cmsConfig)).toBe(JSON.stringify(noWelshFolder.cmsConfig));
    const text = JSON.stringify(saysEnglish.cmsConfig);
    expect(text).not.toContain('i18n');
    expect(text).not.toContain('{{locale}}');
    expect(text).not.toContain('content/cy');
    expect(saysEnglish.cmsConfig.collections.map((c) => c.name)).toEqual([
      'guides',
      'checklists',
      'scenarios',
      'settings',
      'pages',
    ]);
    expect(collectionOf(saysEnglish, 'guides').folder).toBe('content/guides');
  });
});

describe('the central editor', () => {
  it("shows Welsh, as content/cy/ holds the package's Welsh drafts, though content/site.yaml publishes English only", () => {
    expect(parse(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')).languages ?? ['en']).toEqual(['en']);
    expect(central.cmsConfig.i18n).toEqual(bilingual.cmsConfig.i18n);
    expect(collectionOf(central, 'guides').folder).toBe('content/{{locale}}/guides');
    expect(Object.keys(wordsFiles(central))).toEqual(['cy-strings', 'cy-site', 'cy-help', 'cy-tips', 'cy-terms']);
  });
});

describe('a copy in English and Welsh', () => {
  it("turns on Sveltia's i18n: English stays in content/guides/, Welsh in content/cy/guides/, new entries English only", () => {
    expect(bilingual.cmsConfig.i18n).toEqual({
      structure: 'multiple_folders',
      locales: ['en', 'cy'],
      default_locale: 'en',
      initial_locales: 'default',
      omit_default_locale_from_file_path: true,
    });
    expect(
      ['guides', 'pages', 'checklists', 'scenarios'].map((name) => [
        collectionOf(bilingual, name).folder,
        collectionOf(bilingual, name).i18n,
      ]),
    ).toEqual([
      ['content/{{locale}}/guides', true],
      ['content/{{locale}}/pages', true],
      ['content/{{locale}}/checklists', true],
      ['content/{{locale}}/scenarios', true],
    ]);
    // A trust's overlay has its cy/ folder inside it, as the build reads it.
    const moved = underContentRoot(bilingual.cmsConfig, 'examples/northshire', bilingual.overlayFileFields);
    expect(moved.collections.find((c) => c.name === 'guides')!.folder).toBe('examples/northshire/{{locale}}/guides');
  });

  it('leaves the English files with no Welsh twin of their shape (tips, alerts, site, help) as they were', () => {
    expect(collectionOf(bilingual, 'settings')).toEqual(collectionOf(editorConfig(englishRoot()), 'settings'));
  });

  it("shows in Welsh a checklist's and an example's words only, and a checklist's items as the English ones", () => {
    const englishOnly = (name: string, english: object, welsh: object) => {
      const expected = Object.keys(english).filter((field) => !(field in welsh));
      expect(
        fieldsOf(name)
          .filter((f) => f.i18n === false)
          .map((f) => f.name),
        name,
      ).toEqual(expected);
      return expected;
    };
    expect(englishOnly('checklists', checklistSchema.shape, welshChecklistSchema.shape)).toEqual([
      'topic',
      'reviewed',
      'reviewDue',
      'owner',
      'guide',
      'section',
    ]);
    expect(englishOnly('scenarios', scenarioSchema.shape, welshScenarioSchema.shape)).toEqual([
      'channel',
      'verdict',
      'related',
    ]);
    // One list in both languages: an item added, removed or moved in English is in Welsh too, its id
    // copied and unchangeable in Welsh (ticks are kept under it); only its words are Welsh, and those
    // are asked for in English only, so an English editor can save a new item before its Welsh words.
    const items = byName(fieldsOf('checklists')).items!;
    expect(items.i18n).toBe('duplicate');
    expect(items.fields!.map((f) => [f.name, f.i18n, f.required])).toEqual([
      ['id', 'duplicate', true],
      ['action', true, ['en']],
      ['why', true, ['en']],
    ]);
    // An example's red flags have no id: each language has its own list, in the English order.
    const flags = byName(fieldsOf('scenarios')).redFlags!;
    expect([flags.i18n, flags.fields!.map((f) => [f.name, f.i18n])]).toEqual([
      true,
      [
        ['quote', true],
        ['why', true],
      ],
    ]);
  });

  it('never shows or writes in Welsh what a Welsh guide must not hold: every field the Welsh schema lacks is English only', () => {
    const englishOnly = Object.keys(guideSchema.shape).filter((name) => !(name in welshGuideSchema.shape));
    expect(englishOnly).toEqual(
      expect.arrayContaining(['topic', 'order', 'sources', 'owner', 'reviewed', 'reviewDue']),
    );
    expect(
      fieldsOf('guides')
        .filter((f) => f.i18n === false)
        .map((f) => f.name),
    ).toEqual(englishOnly);
    expect(
      fieldsOf('guides')
        .filter((f) => f.i18n === true)
        .map((f) => f.name),
    ).toEqual([
      'title',
      'summary',
      'translationOf',
      'translation',
      'reviewedBy',
      'reviewedOn',
      'urgentPhrases',
      'body',
    ]);
    expect(fieldsOf('pages').every((f) => f.i18n === true)).toBe(true);
  });

  it('asks for the translation fields in Welsh only, and fills none in: the editor never writes translation: reviewed by itself', () => {
    for (const collection of ['guides', 'pages', 'checklists', 'scenarios']) {
      const fields = Object.fromEntries(fieldsOf(collection).map((f) => [f.name, f]));
      expect(fields.translationOf, collection).toMatchObject({ required: ['cy'], i18n: true });
      expect(fields.translation, collection).toMatchObject({ required: ['cy'], options: ['draft', 'reviewed'] });
      expect([fields.reviewedBy!.required, fields.reviewedOn!.required], collection).toEqual([false, false]);
      for (const name of ['translationOf', 'translation', 'reviewedBy', 'reviewedOn'])
        expect(fields[name], `${collection}.${name}`).not.toHaveProperty('default');
    }
    // Nowhere in the editor, the Welsh files of words included, is a review field filled in for anyone.
    for (const config of [central, bilingual]) {
      const review = everyField(config).filter(([, f]) =>
        ['translationOf', 'translation', 'reviewedBy', 'reviewedOn'].includes(f.name),
      );
      expect(review.length).toBeGreaterThanOrEqual(30);
      expect(review.filter(([, f]) => 'default' in f).map(([path]) => path)).toEqual([]);
    }
    expect(JSON.stringify(bilingual.cmsConfig)).not.toMatch(/"default":\s*"reviewed"/);
  });

  it("lists the fields in each file's own order, so a save moves no line of a Welsh or an English file", () => {
    const order = (collection: string, folder: string) =>
      readdirSync(join(ROOT, folder)).map((file) => {
        const keys = Object.keys(formats.parseGuide(readFileSync(join(ROOT, folder, file), 'utf8'))).filter(
          (k) => k !== 'body',
        );
        const form = fieldsOf(collection)
          .map((f) => f.name)
          .filter((name) => keys.includes(name));
        return [`${folder}/${file}`, keys, form];
      });
    const yamlOrder = (collection: string, folder: string) =>
      readdirSync(join(ROOT, folder)).map((file) => {
        const keys = Object.keys(parse(readFileSync(join(ROOT, folder, file), 'utf8')));
        const form = fieldsOf(collection)
          .map((f) => f.name)
          .filter((name) => keys.includes(name));
        return [`${folder}/${file}`, keys, form];
      });
    const files = [
      ...order('guides', 'content/cy/guides'),
      ...order('pages', 'content/cy/pages'),
      ...order('guides', 'content/guides'),
      ...yamlOrder('checklists', 'content/checklists'),
      ...yamlOrder('checklists', 'content/cy/checklists'),
      ...yamlOrder('scenarios', 'content/scenarios'),
      ...yamlOrder('scenarios', 'content/cy/scenarios'),
    ];
    expect(files.length).toBeGreaterThan(110);
    expect(files.filter(([, keys, form]) => JSON.stringify(keys) !== JSON.stringify(form))).toEqual([]);
  });

  it('writes every Welsh guide and site page back byte for byte: saving either language saves both files', () => {
    const folders = ['content/cy/guides', 'content/cy/pages', `${WELSH_COPY}/cy/pages`];
    const files = folders.flatMap((folder) => readdirSync(join(ROOT, folder)).map((file) => join(folder, file)));
    expect(files.length).toBeGreaterThan(24);
    const changed = files.filter((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return formats.formatGuide(formats.parseGuide(text), bilingual.unwrittenGuideDefaults) !== text;
    });
    expect(changed).toEqual([]);
  });

  it('writes every Welsh checklist, example and file of words back byte for byte, comments and quotes included', () => {
    const inFolder = (folder: string) => readdirSync(join(ROOT, folder)).map((file) => join(folder, file));
    const lists = [...inFolder('content/cy/checklists'), ...inFolder('content/cy/scenarios')];
    const words = Object.values(wordsFiles(bilingual)).map((f) => f.file);
    const overlay = [`${WELSH_COPY}/cy/alerts.yaml`];
    expect(lists.length).toBeGreaterThan(25);
    expect(words).toEqual([
      'content/cy/strings.yaml',
      'content/cy/site.yaml',
      'content/cy/help.yaml',
      'content/cy/tips.yaml',
      'content/cy/alerts.yaml',
      'content/cy/terms.yaml',
    ]);
    const changed = [
      ...lists.filter((file) => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        // As Sveltia hands it back: a copy of the data, every text trimmed.
        const data = JSON.parse(JSON.stringify(formats.parseContentYaml(text)), (_, v) =>
          typeof v === 'string' ? v.trim() : v,
        );
        return formats.formatContentYaml(data) !== text;
      }),
      ...[...words.filter((file) => !file.endsWith('alerts.yaml')), ...overlay].filter((file) => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        return formats.formatWelshWords(structuredClone(formats.parseWelshWords(text))) !== text;
      }),
    ];
    expect(changed).toEqual([]);
  });

  it('is a configuration Sveltia CMS accepts (its own JSON schema, from node_modules)', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
    validate({ ...bilingual.cmsConfig, backend: { name: 'github', repo: 'trust/cyber-pocket-guide' } });
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('the Welsh files of words (cy/strings.yaml, cy/site.yaml, cy/help.yaml, cy/tips.yaml, cy/alerts.yaml, cy/terms.yaml)', () => {
  const files = wordsFiles(bilingual);
  const names = (file: string, group?: string) =>
    (group ? byName(files[file]!.fields)[group]!.fields! : files[file]!.fields).map((f) => f.name);

  it('are files of their own, each saved where the build reads it, written over its own text', () => {
    expect(Object.values(files).map((f) => [f.name, f.file, f.format])).toEqual([
      ['cy-strings', 'content/cy/strings.yaml', 'welsh-words-yaml'],
      ['cy-site', 'content/cy/site.yaml', 'welsh-words-yaml'],
      ['cy-help', 'content/cy/help.yaml', 'welsh-words-yaml'],
      ['cy-tips', 'content/cy/tips.yaml', 'welsh-words-yaml'],
      ['cy-alerts', 'content/cy/alerts.yaml', 'welsh-words-yaml'],
      ['cy-terms', 'content/cy/terms.yaml', 'welsh-words-yaml'],
    ]);
    expect(collectionOf(bilingual, 'welsh')).toMatchObject({ label: 'Cymraeg (Welsh words)' });
    expect(collectionOf(bilingual, 'welsh').i18n).toBeUndefined();
  });

  it("ask for every word of the interface by its key, with Welsh's six plural forms where a number changes the words", () => {
    const fields = byName(files['cy-strings']!.fields);
    const keys = STRING_KEYS.map((key) => key.replaceAll('.', '/'));
    expect(names('cy-strings')).toEqual(['translation', 'reviewedBy', 'reviewedOn', ...keys]);
    expect(fields['nav/home']).toMatchObject({ label: 'nav.home', widget: 'string', required: true });
    for (const key of Object.keys(COUNT_KEYS))
      expect(
        fields[key.replaceAll('.', '/')]!.fields!.map((f) => [f.name, f.required]),
        key,
      ).toEqual([
        ['zero', false],
        ['one', false],
        ['two', false],
        ['few', false],
        ['many', false],
        ['other', true],
      ]);
  });

  it('ask for the words of each contact, helper page, tip and alert the copy has, by its name, address or id', () => {
    const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));
    expect(names('cy-site', 'contacts')).toEqual(Object.keys(read('content/site.yaml').contacts));
    expect(names('cy-help', 'pages')).toEqual(expect.arrayContaining(Object.keys(read('content/cy/help.yaml').pages)));
    expect(names('cy-help', 'pages')[0]).toBe('/');
    expect(names('cy-tips', 'tips')).toEqual(read('content/tips.yaml').map((tip: { id: string }) => tip.id));
    expect(names('cy-alerts', 'alerts')).toEqual(
      read(`${WELSH_COPY}/alerts.yaml`).alerts.map((a: { id: string }) => a.id),
    );
    expect(byName(files['cy-tips']!.fields).tips!.fields![0]).toMatchObject({ widget: 'text', required: false });
    // The central alerts.yaml has none, so the central editor has no Welsh alerts to give words for.
    expect(wordsFiles(central)['cy-alerts']).toBeUndefined();
  });

  /** The hint under the box at `path` (a group's name, then a field's within it…) in a file's fields. */
  const hintIn = (fields: Field[], [name, ...rest]: string[]): string | undefined => {
    const field = fields.find((f) => f.name === name)!;
    return rest.length === 0 ? field.hint : hintIn(field.fields!, rest);
  };

  it('show under each box the English words it translates, for the translator and the Welsh speaker who reviews them', () => {
    const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));
    const hintOf = (file: string, ...path: string[]) => hintIn(files[file]!.fields, path);
    const strings = read('content/strings.yaml');
    expect(hintOf('cy-strings', 'nav/home')).toBe(`English: ${strings['nav.home']}`);
    expect(hintOf('cy-strings', 'search/results')).toBe(`English: ${strings['search.results']}`);
    expect(hintOf('cy-site', 'contacts', 'serviceDesk', 'label')).toBe(
      `English: ${read('content/site.yaml').contacts.serviceDesk.label}`,
    );
    const help = read('content/help.yaml');
    const clicked = help.answers.find((a: { slug: string }) => a.slug === 'clicked-a-link');
    const typed = clicked.answers.find((a: { slug: string }) => a.slug === 'typed-a-password');
    expect(hintOf('cy-help', 'pages', '/', 'question')).toBe(`English: ${help.question}`);
    expect(hintOf('cy-help', 'pages', 'clicked-a-link', 'answer')).toBe(`English: ${clicked.answer}`);
    expect(hintOf('cy-help', 'pages', 'clicked-a-link', 'question')).toBe(`English: ${clicked.question}`);
    expect(hintOf('cy-help', 'pages', 'clicked-a-link/typed-a-password', 'title')).toBe(`English: ${typed.title}`);
    expect(hintOf('cy-help', 'pages', 'clicked-a-link/typed-a-password', 'notes')).toBe(
      `English: ${typed.notes.join(' / ')}`,
    );
    const tip = read('content/tips.yaml')[0];
    expect(hintOf('cy-tips', 'tips', tip.id)).toBe(`English: ${tip.text}`);
    const alert = read(`${WELSH_COPY}/alerts.yaml`).alerts[0];
    expect(hintOf('cy-alerts', 'alerts', alert.id, 'body')).toBe(`English: ${alert.body}`);
  });

  it("show a trust's own English where its overlay changes or adds words: its helper pages, its contacts", () => {
    const overlay = overlayWith('languages: [en, cy]\ncontacts:\n  serviceDesk:\n    label: Northshire IT desk\n');
    writeFileSync(join(overlay, 'help.yaml'), readFileSync(join(ROOT, 'examples/northshire/help.yaml'), 'utf8'));
    const trust = wordsFiles(editorConfig(ROOT, overlay));
    const hintOf = (file: string, ...path: string[]) => hintIn(trust[file]!.fields, path);
    expect(hintOf('cy-help', 'pages', 'lost-a-device/smartcard-or-badge', 'title')).toBe(
      'English: You lost an ID badge or keys',
    );
    expect(hintOf('cy-help', 'pages', 'lost-a-device/smartcard', 'title')).toBe('English: You lost your NHS smartcard');
    expect(hintOf('cy-site', 'contacts', 'serviceDesk', 'label')).toBe('English: Northshire IT desk');
  });

  it("are a trust's own in its overlay: under its folder, its interface words all optional, and no terms file (the package's)", () => {
    const moved = underContentRoot(bilingual.cmsConfig, WELSH_COPY, bilingual.overlayFileFields);
    const welsh = moved.collections.find((c) => c.name === 'welsh')!.files!;
    expect(welsh.map((f) => f.file)).toEqual(
      ['strings', 'site', 'help', 'tips', 'alerts'].map((name) => `${WELSH_COPY}/cy/${name}.yaml`),
    );
    const strings = welsh.find((f) => f.name === 'cy-strings')!.fields as Field[];
    expect(strings.length).toBe(STRING_KEYS.length + 3);
    expect(strings.filter((f) => f.required === true)).toEqual([]);
    expect(moved.collections.find((c) => c.name === 'checklists')!.folder).toBe(`${WELSH_COPY}/{{locale}}/checklists`);
    // The English files stay where they were.
    expect(moved.collections.find((c) => c.name === 'settings')!.files!.map((f) => f.file)).toEqual(
      ['tips', 'alerts', 'site', 'help'].map((name) => `${WELSH_COPY}/${name}.yaml`),
    );
  });
});
