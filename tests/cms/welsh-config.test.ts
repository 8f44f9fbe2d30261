// The editor's configuration for a copy in English and Welsh (site.yaml languages: [en, cy]), made from
// the schemas as the editor's build makes it; and for an English-only copy, exactly as before Welsh.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { underContentRoot } from '../../src/cms/content-root';
import { formatGuide, parseGuide } from '../../src/cms/file-formats';
import { editorConfig } from '../../src/cms/generated-file';
import { guideSchema } from '../../src/schemas/guide';
import { welshGuideSchema } from '../../src/schemas/welsh-guide';
import { ROOT } from '../helpers/build';

const WELSH_COPY = 'tests/fixtures/overlays/cymraeg';
type Field = { name: string; i18n?: unknown; required?: unknown; default?: unknown; options?: unknown[] };
type Collection = { name: string; folder?: string; i18n?: unknown; fields?: Field[] };

const central = editorConfig(ROOT);
const bilingual = editorConfig(ROOT, WELSH_COPY);
const collectionOf = (config: typeof central, name: string) =>
  config.cmsConfig.collections.find((c) => c.name === name) as unknown as Collection;
const fieldsOf = (name: string) => collectionOf(bilingual, name).fields!;

/** An overlay folder holding only a site.yaml with these lines. */
function overlayWith(site: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'cms-welsh-'));
  writeFileSync(join(folder, 'site.yaml'), site);
  return folder;
}

describe('an English-only copy', () => {
  it('has the configuration it had before Welsh: no i18n, English folders, whether or not site.yaml says [en]', () => {
    const saysEnglish = editorConfig(ROOT, overlayWith('languages: [en]\n'));
    expect(JSON.stringify(saysEnglish.cmsConfig)).toBe(JSON.stringify(central.cmsConfig));
    const text = JSON.stringify(central.cmsConfig);
    expect(text).not.toContain('i18n');
    expect(text).not.toContain('{{locale}}');
    expect(collectionOf(central, 'guides').folder).toBe('content/guides');
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
      ['guides', 'pages'].map((name) => [collectionOf(bilingual, name).folder, collectionOf(bilingual, name).i18n]),
    ).toEqual([
      ['content/{{locale}}/guides', true],
      ['content/{{locale}}/pages', true],
    ]);
    // A trust's overlay has its cy/ folder inside it, as the build reads it.
    const moved = underContentRoot(bilingual.cmsConfig, 'examples/northshire', bilingual.overlayFileFields);
    expect(moved.collections.find((c) => c.name === 'guides')!.folder).toBe('examples/northshire/{{locale}}/guides');
  });

  it('leaves the collections with no Welsh form (checklists, scenarios, tips, site, help, alerts) as they were', () => {
    for (const name of ['checklists', 'scenarios', 'settings'])
      expect(collectionOf(bilingual, name), name).toEqual(collectionOf(central, name));
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
    for (const collection of ['guides', 'pages']) {
      const fields = Object.fromEntries(fieldsOf(collection).map((f) => [f.name, f]));
      expect(fields.translationOf, collection).toMatchObject({ required: ['cy'], i18n: true });
      expect(fields.translation, collection).toMatchObject({ required: ['cy'], options: ['draft', 'reviewed'] });
      expect([fields.reviewedBy!.required, fields.reviewedOn!.required], collection).toEqual([false, false]);
      for (const name of ['translationOf', 'translation', 'reviewedBy', 'reviewedOn'])
        expect(fields[name], `${collection}.${name}`).not.toHaveProperty('default');
    }
  });

  it("lists the fields in each file's own order, so a save moves no line of a Welsh or an English file", () => {
    const order = (collection: string, folder: string) =>
      readdirSync(join(ROOT, folder)).map((file) => {
        const keys = Object.keys(parseGuide(readFileSync(join(ROOT, folder, file), 'utf8'))).filter(
          (k) => k !== 'body',
        );
        const form = fieldsOf(collection)
          .map((f) => f.name)
          .filter((name) => keys.includes(name));
        return [`${folder}/${file}`, keys, form];
      });
    const files = [
      ...order('guides', 'content/cy/guides'),
      ...order('pages', 'content/cy/pages'),
      ...order('guides', 'content/guides'),
    ];
    expect(files.length).toBeGreaterThan(60);
    expect(files.filter(([, keys, form]) => JSON.stringify(keys) !== JSON.stringify(form))).toEqual([]);
  });

  it('writes every Welsh guide and site page back byte for byte: saving either language saves both files', () => {
    const folders = ['content/cy/guides', 'content/cy/pages', `${WELSH_COPY}/cy/pages`];
    const files = folders.flatMap((folder) => readdirSync(join(ROOT, folder)).map((file) => join(folder, file)));
    expect(files.length).toBeGreaterThan(24);
    const changed = files.filter((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return formatGuide(parseGuide(text), bilingual.unwrittenGuideDefaults) !== text;
    });
    expect(changed).toEqual([]);
  });

  it('is a configuration Sveltia CMS accepts (its own JSON schema, from node_modules)', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
    validate({ ...bilingual.cmsConfig, backend: { name: 'github', repo: 'trust/cyber-pocket-guide' } });
    expect(validate.errors ?? []).toEqual([]);
  });
});
