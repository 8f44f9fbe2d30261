// The editor's Welsh side, for a copy with Welsh (welshInEditor, generated-file.ts). Sveltia's i18n
// shows each guide, site page, checklist and practice example in both languages side by side: the
// English file where it has always been (content/guides/<slug>.mdx) and its Welsh words in
// content/cy/guides/<slug>.mdx, the layout the build reads. A Welsh file holds only words, so a field
// is translated only when the Welsh schema has it; the rest (topic, order, sources, owner, dates,
// verdicts) is English only and never written in Welsh.
import type { z } from 'astro/zod';
import { inputJsonSchema } from '../tools/json-schema-files';
import { welshGuideSchema } from '../schemas/welsh-guide';
import { welshPageSchema } from '../schemas/welsh-page';
import { welshChecklistSchema, welshScenarioSchema } from '../schemas/welsh-words';
import { fieldsOf, type CmsField } from './fields';

type Json = Record<string, any>;

/**
 * Sveltia's i18n options. The {{locale}} in each collection's folder puts the Welsh folder inside
 * content/; the English folder leaves it out. A new entry starts in English only, and a translator
 * turns Welsh on for it, so saving an English guide never writes an empty Welsh file.
 */
const I18N = {
  structure: 'multiple_folders',
  locales: ['en', 'cy'],
  default_locale: 'en',
  initial_locales: 'default',
  omit_default_locale_from_file_path: true,
} as const;

/** The collections whose files have Welsh versions of the same shape, words only: their Welsh schemas. */
const WELSH_SCHEMAS: Record<string, z.ZodType> = {
  guides: welshGuideSchema,
  pages: welshPageSchema,
  checklists: welshChecklistSchema,
  scenarios: welshScenarioSchema,
};

/**
 * Fields both files hold with the same value: a checklist item's id, under which a phone keeps its
 * ticks in both languages. Sveltia copies it from the English item and shows it, unchangeable, in Welsh.
 */
const SHARED = new Set(['id']);

/**
 * A list whose items have a shared id (a checklist's items) is one list in both languages: adding,
 * removing or moving an item in English does the same in Welsh (Sveltia's duplicate), so each Welsh
 * item keeps its words under its own id; the Welsh form changes only the words. Those words are asked
 * for in English only: an English editor adding an item must be able to save it before its Welsh
 * words exist (the checks name a Welsh item without words until then).
 */
function sharedList(field: CmsField): CmsField {
  return {
    ...field,
    i18n: 'duplicate',
    fields: (field.fields as CmsField[]).map((sub) =>
      sub.i18n === true ? { ...sub, required: sub.required === true ? ['en'] : sub.required } : sub,
    ),
  };
}

/** `required` for a field both languages have: true, false or the languages that need it. */
function requiredIn(english: unknown, welsh: unknown): boolean | string[] {
  if (Boolean(english) === Boolean(welsh)) return Boolean(english);
  return english ? ['en'] : ['cy'];
}

/**
 * The fields only a Welsh file has (translationOf, translation, reviewedBy, reviewedOn). Sveltia
 * cannot hide a field in one language, so the English form shows them too, empty and never required:
 * an empty field is not written (omit_empty_optional_fields), and the guide schema refuses them in
 * an English file. Nothing is filled in for the translator: no default, so the editor never writes
 * translation: reviewed (or draft) by itself.
 */
const welshOnly = (field: CmsField): CmsField => ({
  ...field,
  label: `${field.label} (Welsh only)`,
  required: field.required ? ['cy'] : false,
  i18n: true,
  hint: `Welsh only: leave it empty in English. ${(field.hint as string | undefined) ?? ''}`.trim(),
});

/**
 * A field only English files have. Turning Welsh on for a guide copies the English values in, then
 * drops the English-only ones; but Sveltia finds no field for the items of a plain list of words
 * (keywords.0), so it kept keywords and related in the new Welsh file, which the Welsh schema refuses.
 * A list of one English-only text field per item writes the same [a, b], and its items are dropped.
 */
function englishOnly(field: CmsField): CmsField {
  const plainList = field.widget === 'list' && !field.fields && !field.field;
  return {
    ...field,
    i18n: false,
    ...(plainList ? { field: { name: field.name, label: field.label, widget: 'string', i18n: false } } : {}),
  };
}

/**
 * One form for both languages: the English fields in their order, each translated when the Welsh
 * file has it and English only when not, and the Welsh-only fields as one block after the field
 * that comes before them in the Welsh file, so a save writes each file's fields in its own order.
 */
function bilingualFields(english: CmsField[], welsh: CmsField[]): CmsField[] {
  const welshByName = new Map(welsh.map((field) => [field.name, field]));
  const englishNames = new Set(english.map((field) => field.name));
  const shared = english.map((field): CmsField => {
    const other = welshByName.get(field.name);
    if (!other) return englishOnly(field);
    if (SHARED.has(field.name)) return { ...field, i18n: 'duplicate' };
    const nested = Array.isArray(field.fields) && Array.isArray(other.fields);
    const bilingual: CmsField = {
      ...field,
      i18n: true,
      required: requiredIn(field.required, other.required),
      ...(nested ? { fields: bilingualFields(field.fields as CmsField[], other.fields as CmsField[]) } : {}),
    };
    return nested && (other.fields as CmsField[]).some((sub) => SHARED.has(sub.name))
      ? sharedList(bilingual)
      : bilingual;
  });
  const extra = welsh.filter((field) => !englishNames.has(field.name));
  if (extra.length === 0) return shared;
  const firstExtra = welsh.indexOf(extra[0]!);
  const before = welsh.slice(0, firstExtra).findLast((field) => englishNames.has(field.name));
  const at = before ? shared.findIndex((field) => field.name === before.name) + 1 : 0;
  return [...shared.slice(0, at), ...extra.map(welshOnly), ...shared.slice(at)];
}

/** The Welsh fields of a collection: its Welsh schema's, and a guide's or page's text below them as in English. */
function welshFieldsOf(collection: Json): CmsField[] {
  const welsh = fieldsOf(inputJsonSchema(WELSH_SCHEMAS[collection.name]!));
  const text = (collection.fields as CmsField[]).filter((field) => field.widget === 'markdown');
  return [...welsh, ...text];
}

/** The configuration with Welsh: guides, site pages, checklists and examples in both languages, the rest as it was. */
export function withWelsh<T extends { collections: Json[] }>(config: T): T & { i18n: typeof I18N } {
  return {
    ...config,
    i18n: I18N,
    collections: config.collections.map((collection) => {
      if (!(collection.name in WELSH_SCHEMAS)) return collection;
      const folder = collection.folder as string;
      return {
        ...collection,
        description: `${collection.description as string}, and its Welsh words in ${folder.replace(/^content\//, 'content/cy/')}/`,
        folder: folder.replace(/^content\//, 'content/{{locale}}/'),
        i18n: true,
        fields: bilingualFields(collection.fields as CmsField[], welshFieldsOf(collection)),
      };
    }),
  };
}
