// Works out the whole Sveltia CMS configuration from the zod schemas the build uses: one collection per
// kind of content file, their fields from the schemas (fields.ts), and the guide components as blocks
// in the guide body (editor-components.ts). Pure: generate.ts writes it.
import { z } from 'astro/zod';
import { inputJsonSchema } from '../tools/json-schema-files';
import { checklistSchema } from '../schemas/checklist';
import { guideSchema } from '../schemas/guide';
import { helpAnswerSchema, helpOverlaySchema, helpSchema } from '../schemas/help';
import { pageSchema } from '../schemas/page';
import { scenarioSchema } from '../schemas/scenario';
import { siteSchema } from '../schemas/site';
import { alertsEditorSchema } from '../schemas/alert';
import { tipSchema } from '../schemas/tip';
import { CONTENT_FORMATS } from './content-formats';
import { byName, fieldsOf, type CmsField } from './fields';
import { withWelsh } from './welsh';
import { overlayStringsFields, welshWordsCollection, type WelshNames } from './welsh-words';
import type { EditorComponentData } from './editor-components';

type Json = Record<string, any>;

/** What the generated file needs from this copy of the guide besides the schemas. */
export interface ConfigInputs {
  /** The guide components (from editorComponents()). */
  components: EditorComponentData[];
  /** Contact names in content/site.yaml: the form shows one group of fields for each. */
  contactNames: string[];
  /**
   * With Welsh (welshInEditor, generated-file.ts), the names each Welsh file gives words for: guides, site
   * pages, checklists and examples are edited in both languages (welsh.ts), and the Welsh files of words
   * have forms of their own (welsh-words.ts). Without, the configuration is English only, as before Welsh.
   */
  welsh?: WelshNames;
}

/** Written as the files are written now, so a save changes only what the editor changed. */
const OUTPUT = {
  omit_empty_optional_fields: true,
  yaml: { indent_size: 2, indent_sequences: true, quote: 'none' },
} as const;

/** A YAML file of its own per entry: checklists/<slug>.yaml, scenarios/<slug>.yaml. */
function yamlFolder(name: string, label: string, description: string, schema: z.ZodType): Json {
  return {
    name,
    label,
    description,
    folder: `content/${name}`,
    // The extension comes with the format (registered in main.ts); Sveltia refuses both at once.
    format: CONTENT_FORMATS.yaml,
    create: true,
    identifier_field: 'title',
    slug: '{{slug}}',
    fields: fieldsOf(inputJsonSchema(schema)),
  };
}

/**
 * site.yaml's contacts are a map (any name → contact). A form cannot add a key, so it shows a group
 * for each contact the file already has; a new contact is added in the file itself.
 */
function siteFields(contactNames: string[]): CmsField[] {
  const site = inputJsonSchema(siteSchema) as Json;
  const contacts = site.properties.contacts;
  return fieldsOf(site).map((field) =>
    field.name === 'contacts'
      ? { ...field, fields: fieldsOf(byName(contacts, contactNames, contacts.required ?? [])) }
      : field,
  );
}

const without = (node: Json, ...names: string[]): Json => ({
  ...node,
  properties: Object.fromEntries(Object.entries(node.properties).filter(([name]) => !names.includes(name))),
});

/** alerts.yaml's list of alerts; a trust's adds the central alerts it hides (content-root.ts). */
function alertForms(): { central: CmsField[]; overlay: CmsField[] } {
  const [list, hide] = fieldsOf(inputJsonSchema(alertsEditorSchema));
  const central: CmsField[] = [
    {
      ...list!,
      label: 'Alerts',
      label_singular: 'Alert',
      required: false,
      summary: '{{fields.title}} ({{fields.from}} to {{fields.until}})',
    },
  ];
  return { central, overlay: [...central, { ...hide!, label: 'Central alerts this copy does not show (their ids)' }] };
}

/**
 * help.yaml's tree, as forms can show it: a form cannot nest itself, so the answers are spelled out to
 * the depth the helper allows (the first question, its answers, and theirs, which are end pages).
 */
function helpForms(): { central: CmsField[]; overlay: CmsField[] } {
  const answer = inputJsonSchema(helpAnswerSchema) as Json;
  const endsOnly = without(answer, 'question', 'hint', 'answers');
  const answers = (items: Json) => ({ ...answer.properties.answers, items });
  const firstLevel = { ...answer, properties: { ...answer.properties, answers: answers(endsOnly) } };
  const root = inputJsonSchema(helpSchema) as Json;
  const overlay = inputJsonSchema(helpOverlaySchema) as Json;
  const add = overlay.properties.add;
  return {
    central: fieldsOf({ ...root, properties: { ...root.properties, answers: answers(firstLevel) } }),
    overlay: fieldsOf({
      ...overlay,
      properties: {
        ...overlay.properties,
        add: { ...add, items: { ...add.items, properties: { ...add.items.properties, answers: answers(endsOnly) } } },
      },
    }),
  };
}

/** The generated CMS configuration (without backend: the build picks it) and the component blocks. */
export function cmsConfig({ components, contactNames, welsh }: ConfigInputs): {
  config: Json;
  components: EditorComponentData[];
  overlayFileFields: Record<string, CmsField[] | null>;
} {
  const help = helpForms();
  const alerts = alertForms();
  const guideFields = fieldsOf(inputJsonSchema(guideSchema));
  const body = {
    name: 'body',
    label: 'Guide text',
    widget: 'markdown',
    required: true,
    // Raw mode lets an editor see and fix Markdown the rich editor cannot show.
    modes: ['rich_text', 'raw'],
    editor_components: components.map((c) => c.id),
    hint: 'The guide itself. Insert boxes, steps and contact cards from the + menu.',
  };
  const config = {
    load_config_file: false,
    app_title: 'Cyber Pocket Guide editor',
    media_folder: 'content/images',
    public_folder: '/images',
    show_preview_links: false,
    output: OUTPUT,
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      {
        name: 'guides',
        label: 'Guides',
        label_singular: 'Guide',
        description: 'Pages staff read: one .mdx file each in content/guides/',
        folder: 'content/guides',
        format: CONTENT_FORMATS.guide,
        create: true,
        identifier_field: 'title',
        slug: '{{slug}}',
        summary: '{{title}}',
        sortable_fields: ['title', 'topic', 'reviewDue'],
        fields: [...guideFields, body],
      },
      yamlFolder(
        'checklists',
        'Checklists',
        'Lists staff tick: one .yaml file each in content/checklists/',
        checklistSchema,
      ),
      yamlFolder(
        'scenarios',
        'Spot the phish',
        'Practice messages: one .yaml file each in content/scenarios/',
        scenarioSchema,
      ),
      {
        name: 'settings',
        label: 'Tips and site settings',
        files: [
          {
            name: 'tips',
            label: 'Tips',
            file: 'content/tips.yaml',
            format: 'yaml',
            fields: [
              { name: 'tips', label: 'Tips', widget: 'list', root: true, fields: fieldsOf(inputJsonSchema(tipSchema)) },
            ],
          },
          {
            name: 'alerts',
            label: 'Scam alerts',
            file: 'content/alerts.yaml',
            format: 'yaml',
            fields: alerts.central,
          },
          {
            name: 'site',
            label: 'Site settings',
            file: 'content/site.yaml',
            format: 'yaml',
            fields: siteFields(contactNames),
          },
          {
            name: 'help',
            label: "Something's wrong? helper",
            file: 'content/help.yaml',
            format: 'yaml',
            fields: help.central,
          },
        ],
      },
      {
        name: 'pages',
        label: 'Site pages',
        label_singular: 'Site page',
        description:
          'About this guide, the accessibility statement and the privacy notice: one .mdx file each in content/pages/',
        folder: 'content/pages',
        format: CONTENT_FORMATS.guide,
        // The footer links to each of the three: none is added or removed, only changed.
        create: false,
        delete: false,
        identifier_field: 'title',
        slug: '{{slug}}',
        summary: '{{title}}',
        fields: [
          ...fieldsOf(inputJsonSchema(pageSchema)),
          {
            name: 'body',
            label: 'Page text',
            widget: 'markdown',
            required: true,
            // Markdown only: the rich text would turn <SiteName /> and the other value components, which sit inside sentences, into plain text.
            modes: ['raw'],
            hint: 'The page itself, in Markdown. <SiteName />, <Organisation />, <ContactName name="serviceDesk" />, <Phone name="serviceDesk" />, <Email name="serviceDesk" />, <Words name="progress.clear" /> and <DeviceKey name="practice" /> show this copy\'s own values: see "Site pages" in content/README.md.',
          },
        ],
      },
    ],
  };
  // A trust's help.yaml lists changes, additions and hidden pages: its own form (content-root.ts).
  const overlayFileFields = { help: help.overlay, alerts: alerts.overlay };
  // An English-only copy's configuration is exactly as it was before Welsh.
  if (!welsh) return { config, components, overlayFileFields };
  const bilingual = withWelsh(config);
  return {
    config: { ...bilingual, collections: [...bilingual.collections, welshWordsCollection(welsh)] },
    components,
    // A trust's cy/strings.yaml lists only the words it changes; the Welsh terms are the package's alone.
    overlayFileFields: {
      ...overlayFileFields,
      'cy-strings': overlayStringsFields(welsh.english.strings),
      'cy-terms': null,
    },
  };
}
