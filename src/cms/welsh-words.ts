// The Welsh files with a shape of their own, words by key, by address or by id (cy/strings.yaml,
// cy/site.yaml, cy/help.yaml, cy/tips.yaml, cy/alerts.yaml, cy/terms.yaml): one collection of single
// files, "Cymraeg (Welsh words)", each form made from the Welsh schema the build reads the file with.
// Nothing here has an English twin of the same shape, so these are plain files, not Sveltia's i18n.
import { z } from 'astro/zod';
import { inputJsonSchema } from '../tools/json-schema-files';
import { COUNT_KEYS, STRING_KEYS, stringsSchema } from '../schemas/strings';
import { translationState } from '../schemas/translation';
import { welshAlertsSchema } from '../schemas/welsh-alerts';
import { welshHelpSchema } from '../schemas/welsh-help';
import { welshSiteSchema } from '../schemas/welsh-site';
import { welshTermsSchema } from '../schemas/welsh-terms';
import { welshTipsSchema } from '../schemas/welsh-words';
import { CONTENT_FORMATS } from './content-formats';
import type { EnglishWords } from './english-words';
import { byName, fieldsOf, type CmsField } from './fields';
import { KEY_DOT } from './file-formats';

type Json = Record<string, any>;

/** The names each Welsh file gives words for: the English file's, and any the Welsh file already has. */
export interface WelshNames {
  /** Contacts in site.yaml (cy/site.yaml's contacts). */
  contacts: string[];
  /** Helper pages by address, "/" for the first question (cy/help.yaml's pages). */
  helpPages: string[];
  /** Tip ids in tips.yaml (cy/tips.yaml's tips). */
  tips: string[];
  /** Alert ids in alerts.yaml (cy/alerts.yaml's alerts); none centrally. */
  alerts: string[];
  /** The English words each box translates, shown under it. */
  english: EnglishWords;
}

/** A box's hint with the English words it translates first, then the schema's own hint, if any. */
const hinted = (node: Json, english: string | undefined): Json =>
  english ? { ...node, description: [`English: ${english}`, node.description].filter(Boolean).join(' ') } : node;

/**
 * Each entry of a map by name (from byName) with the English words under its boxes: under the entry
 * itself when it is one box (a tip), under each of its fields when it has several (a contact, a page).
 */
function withEnglish(map: Json, english: Record<string, string | Record<string, string>>): Json {
  const entry = (node: Json, words: string | Record<string, string> | undefined): Json =>
    typeof words === 'string' || words === undefined
      ? hinted(node, words)
      : {
          ...node,
          properties: Object.fromEntries(
            Object.entries<Json>(node.properties ?? {}).map(([field, child]) => [field, hinted(child, words[field])]),
          ),
        };
  return {
    ...map,
    properties: Object.fromEntries(
      Object.entries<Json>(map.properties).map(([name, node]) => [name, entry(node, english[name])]),
    ),
  };
}

/**
 * The schema's fields with each map by name (contacts, pages…) spelled out for the names given, one
 * group of fields each, labelled with the name; `widget` for each entry's field instead of the schema's.
 */
function withNames(
  schema: z.ZodType,
  names: Record<string, readonly string[]>,
  english: Record<string, Record<string, string | Record<string, string>>>,
  widget?: string,
): CmsField[] {
  const node = inputJsonSchema(schema) as Json;
  const properties = Object.fromEntries(
    Object.entries<Json>(node.properties).map(([name, child]) => [
      name,
      names[name] ? withEnglish(byName(child, names[name], [], true), english[name] ?? {}) : child,
    ]),
  );
  return fieldsOf({ ...node, properties }).map((field) =>
    names[field.name] && widget
      ? { ...field, fields: (field.fields as CmsField[]).map((entry) => ({ ...entry, widget })) }
      : field,
  );
}

/**
 * cy/strings.yaml: how far it is checked, then every key of strings.yaml, its words or (for words with
 * a number) its words for each of Welsh's plural forms. A key's dot becomes KEY_DOT in the form, as the
 * file format writes it back (file-formats.ts); its label is the key as the file writes it.
 */
function stringsFields(english: Record<string, string>): CmsField[] {
  const node = inputJsonSchema(z.strictObject({ ...translationState, ...stringsSchema.shape })) as Json;
  const keys = new Set<string>(STRING_KEYS);
  const properties = Object.fromEntries(
    Object.entries<Json>(node.properties).map(([name, child]) => {
      if (!keys.has(name)) return [name, child];
      // Welsh gives every form (zero, one, two, few, many, other): the form for each.
      const value = name in COUNT_KEYS ? child.anyOf.find((option: Json) => option.type === 'object') : child;
      return [name.replaceAll('.', KEY_DOT), hinted({ ...value, title: name }, english[name])];
    }),
  );
  const required = (node.required as string[]).map((name) => name.replaceAll('.', KEY_DOT));
  return fieldsOf({ ...node, properties, required });
}

const file = (name: string, label: string, path: string, fields: CmsField[]) => ({
  name,
  label,
  file: `content/cy/${path}`,
  format: CONTENT_FORMATS.welshWords,
  fields,
});

/** The "Cymraeg (Welsh words)" collection; cy/alerts.yaml only when the copy has alerts to translate. */
export function welshWordsCollection(names: WelshNames): Json {
  return {
    name: 'welsh',
    label: 'Cymraeg (Welsh words)',
    description:
      'The Welsh words of the interface, the site, the helper, the tips and the alerts, by key, address or id, and the Welsh terms: one file each in content/cy/',
    files: [
      file('cy-strings', 'Interface words (cy/strings.yaml)', 'strings.yaml', stringsFields(names.english.strings)),
      file(
        'cy-site',
        'Site words (cy/site.yaml)',
        'site.yaml',
        withNames(welshSiteSchema, { contacts: names.contacts }, { contacts: names.english.contacts }),
      ),
      file(
        'cy-help',
        "Something's wrong? helper (cy/help.yaml)",
        'help.yaml',
        withNames(welshHelpSchema, { pages: names.helpPages }, { pages: names.english.helpPages }),
      ),
      file(
        'cy-tips',
        'Tips (cy/tips.yaml)',
        'tips.yaml',
        withNames(welshTipsSchema, { tips: names.tips }, { tips: names.english.tips }, 'text'),
      ),
      ...(names.alerts.length > 0
        ? [
            file(
              'cy-alerts',
              'Scam alerts (cy/alerts.yaml)',
              'alerts.yaml',
              withNames(welshAlertsSchema, { alerts: names.alerts }, { alerts: names.english.alerts }),
            ),
          ]
        : []),
      file('cy-terms', 'Terms (cy/terms.yaml)', 'terms.yaml', fieldsOf(inputJsonSchema(welshTermsSchema))),
    ],
  };
}

/** A trust's cy/strings.yaml lists only the words it changes: the same form with nothing required. */
export function overlayStringsFields(english: Record<string, string>): CmsField[] {
  return stringsFields(english).map((field) => ({ ...field, required: false }));
}
