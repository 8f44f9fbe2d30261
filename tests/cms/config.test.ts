import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { componentLabel } from '../../src/cms/editor-components';
import { labelOf } from '../../src/cms/fields';
import { editorConfig } from '../../src/cms/generated-file';
import { inputJsonSchema } from '../../src/tools/json-schema-files';
import { CALLOUT_TYPES } from '../../src/components/guide/Callout/callout.schema';
import { GUIDE_COMPONENTS, guideComponentNames } from '../../src/components/guide/registry';
import { CHANNELS } from '../../src/schemas/scenario';
import { TIP_CATEGORIES } from '../../src/schemas/tip';
import { TOPICS } from '../../src/schemas/common';
import { ROOT } from '../helpers/build';

// Made fresh from the schemas and content/site.yaml, as `npm run cms` and `cms:build` make it.
const { cmsConfig, editorComponentData } = editorConfig(ROOT);

type Field = {
  name: string;
  widget: string;
  required?: boolean;
  options?: readonly string[];
  fields?: Field[];
  root?: boolean;
  min?: number;
};
const collection = (name: string) =>
  cmsConfig.collections.find((c) => c.name === name) as unknown as {
    fields?: Field[];
    files?: { name: string; fields: Field[] }[];
  };
const field = (fields: Field[] | undefined, name: string) => fields?.find((f) => f.name === name);

describe("the browser editor's configuration", () => {
  it('is made from site.yaml when the editor is built: a contact added there is in the site form, with no file to remake', () => {
    const root = mkdtempSync(join(tmpdir(), 'cms-config-'));
    mkdirSync(join(root, 'content'));
    symlinkSync(join(ROOT, 'src'), join(root, 'src'));
    const site = readFileSync(join(ROOT, 'content/site.yaml'), 'utf8').replace(
      /^contacts:\n/m,
      'contacts:\n  registrationAuthority:\n    label: Registration Authority\n    phone: 0306 999 0123\n',
    );
    writeFileSync(join(root, 'content/site.yaml'), site);
    const contacts = (config: typeof cmsConfig) =>
      (config.collections as unknown as { files?: { name: string; fields: Field[] }[] }[])
        .flatMap((c) => c.files ?? [])
        .find((f) => f.name === 'site')
        ?.fields.find((f) => f.name === 'contacts')
        ?.fields?.map((f) => f.name);
    expect(contacts(cmsConfig)).not.toContain('registrationAuthority');
    expect(contacts(editorConfig(root).cmsConfig)).toContain('registrationAuthority');
    expect(contacts(editorConfig(root).cmsConfig)).toEqual(expect.arrayContaining(contacts(cmsConfig)!));
  });

  it('is a configuration Sveltia CMS accepts (its own JSON schema, from node_modules)', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
    const ok = validate({ ...cmsConfig, backend: { name: 'github', repo: 'trust/cyber-pocket-guide' } });
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('asks for guide fields as the guide schema does: enums as selects, dates, a list of words, required ones starred', () => {
    const guide = collection('guides').fields;
    expect(field(guide, 'topic')).toMatchObject({ widget: 'select', options: [...TOPICS], required: true });
    expect(field(guide, 'audience')).toMatchObject({ widget: 'select', required: false });
    expect(field(guide, 'reviewed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      required: true,
    });
    // A simple list (no subfields), so every keyword is saved as text.
    expect(field(guide, 'keywords')).toMatchObject({ widget: 'list', min: 1, required: true });
    expect(field(guide, 'keywords')?.fields).toBeUndefined();
    expect(field(guide, 'sources')?.fields?.map((f) => f.name)).toEqual(['title', 'url']);
    expect(field(guide, 'urgent')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(field(guide, 'body')).toMatchObject({ widget: 'markdown', editor_components: guideComponentNames });
  });

  it('has checklists, scenarios, the tips (a list at the top of the file) and site.yaml', () => {
    expect(field(collection('checklists').fields, 'items')?.fields?.map((f) => f.name)).toEqual([
      'id',
      'action',
      'why',
    ]);
    expect(field(collection('scenarios').fields, 'channel')?.options).toEqual([...CHANNELS]);
    const files = collection('settings').files!;
    const tips = files.find((f) => f.name === 'tips')!.fields[0]!;
    expect(tips).toMatchObject({ widget: 'list', root: true });
    expect(field(tips.fields, 'category')?.options).toEqual([...TIP_CATEGORIES]);
    const site = files.find((f) => f.name === 'site')!.fields;
    expect(field(site, 'contacts')?.fields?.map((f) => f.name)).toContain('serviceDesk');
    expect(field(field(site, 'contacts')?.fields, 'serviceDesk')).toMatchObject({ widget: 'object', required: true });
    // A list of fixed values: a select that takes several (an empty list of subfields stops Sveltia at start).
    expect(field(site, 'languages')).toMatchObject({ widget: 'select', multiple: true, options: ['en', 'cy'] });
  });

  it('has no list or object with an empty list of fields, which Sveltia refuses as it starts', () => {
    type Field = { name: string; fields?: Field[] };
    const empty = (fields: Field[], at: string): string[] =>
      fields.flatMap((f) => [
        ...(f.fields?.length === 0 ? [`${at}${f.name}`] : []),
        ...empty(f.fields ?? [], `${at}${f.name}.`),
      ]);
    const collections = cmsConfig.collections as {
      name: string;
      fields?: Field[];
      files?: { name: string; fields: Field[] }[];
    }[];
    const fieldLists = collections.flatMap((c) => [
      ...(c.fields ? [[`${c.name}.`, c.fields] as const] : []),
      ...(c.files ?? []).map((f) => [`${c.name}.${f.name}.`, f.fields] as const),
    ]);
    expect(fieldLists.length).toBeGreaterThan(3);
    expect(fieldLists.flatMap(([at, fields]) => empty(fields, at))).toEqual([]);
  });

  it('offers every guide component as a block, its fields from its props schema', () => {
    expect(editorComponentData.map((c) => c.id)).toEqual(guideComponentNames);
    const callout = editorComponentData.find((c) => c.id === 'Callout')!;
    expect(callout.fields.map((f) => f.name)).toEqual(['type', 'title', 'children', 'layout']);
    expect(callout.fields[0]).toMatchObject({ widget: 'select', options: [...CALLOUT_TYPES] });
    expect(editorComponentData.filter((c) => c.wrapsText).map((c) => c.id)).toEqual(['Callout', 'Details', 'Steps']);
    expect(editorComponentData.find((c) => c.id === 'DoDont')!.fields.map((f) => [f.name, f.widget])).toEqual([
      ['do', 'list'],
      ['dont', 'list'],
    ]);
  });

  it(`names each component as editors say it ("Do and don't", not "Do dont"), from the title in its own schema`, () => {
    expect(Object.fromEntries(editorComponentData.map((c) => [c.id, c.label]))).toEqual({
      Callout: 'Callout',
      Checklist: 'Checklist',
      ContactCard: 'Contact card',
      Details: 'Details',
      DoDont: "Do and don't",
      NationWords: 'Words for this nation',
      Steps: 'Steps',
    });
    const context = { contacts: ['serviceDesk'], checklists: ['end-of-shift'] };
    for (const id of guideComponentNames)
      expect(inputJsonSchema(GUIDE_COMPONENTS[id](context)).title, id).toBe(
        editorComponentData.find((c) => c.id === id)!.label,
      );
    // Props read as words too, where the name alone would not.
    const label = (id: string, prop: string) =>
      editorComponentData.find((c) => c.id === id)!.fields.find((f) => f.name === prop)!.label;
    expect([
      label('DoDont', 'do'),
      label('DoDont', 'dont'),
      label('ContactCard', 'name'),
      label('ContactCard', 'headingLevel'),
      label('Checklist', 'name'),
    ]).toEqual(['Do', "Don't", 'Contact name', 'Heading level', 'Checklist name']);
  });

  it('will not make a label up: a component whose schema has no title stops the editor being built, naming the file and the fix', () => {
    expect(() => componentLabel('PhoneTree', { type: 'object', properties: {} })).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/components/guide/PhoneTree/phone-tree.schema.ts — the props schema has no title for the browser editor — end its z.object({…}) with .meta({ title: "…" }), the name editors see, like "Contact card"]`,
    );
  });

  it("offers a ContactCard's headingLevel as its three numbers, so a save keeps headingLevel={2} a number", () => {
    const headingLevel = editorComponentData
      .find((c) => c.id === 'ContactCard')!
      .fields.find((f) => f.name === 'headingLevel');
    expect(headingLevel).toMatchObject({ widget: 'select', options: [2, 3, 4], required: false });
  });

  it('labels fields as editors say them: capitals kept for CSOC and NHS, units as units', () => {
    expect(['reviewDue', 'csoc', 'nhsCounterFraud', 'precacheBudgetKiB', 'url', 'id'].map(labelOf)).toEqual([
      'Review due',
      'CSOC',
      'NHS counter fraud',
      'Precache budget (KiB)',
      'Address',
      'ID',
    ]);
    const labels = JSON.stringify(cmsConfig);
    for (const clumsy of ['Csoc', 'Nhs ', 'ki b', '"Url"']) expect(labels, clumsy).not.toContain(clumsy);
  });
});
