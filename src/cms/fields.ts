// Turns one JSON schema node (made from our zod schemas by z.toJSONSchema) into a Sveltia CMS field,
// so the editor's forms ask for exactly what the build accepts: required fields, enums as selects,
// lists, dates, numbers and patterns all come from the schema, never from a hand-kept copy.

type Json = Record<string, any>;

/** A Sveltia CMS field definition, as it goes into the generated config. */
export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/**
 * Fields whose text runs to sentences: a multi-line box instead of a one-line input.
 * The schema says "text", not how long; these names are the long ones in our content.
 */
const LONG_TEXT = new Set(['summary', 'description', 'text', 'body', 'explanation', 'why', 'how', 'action']);

// Words that keep their capitals in a label: "csoc" would read as a word, "KiB" as "ki b".
const AS_WRITTEN: Record<string, string> = { csoc: 'CSOC', nhs: 'NHS', url: 'address', id: 'ID' };

/** "reviewDue" → "Review due", "nhsCounterFraud" → "NHS counter fraud", "precacheBudgetKiB" → "Precache budget (KiB)". */
export const labelOf = (name: string) => {
  const words = name
    .split(/(?<=[a-z0-9])(?=[A-Z])/)
    .map((word) => AS_WRITTEN[word.toLowerCase()] ?? word.toLowerCase());
  // A unit at the end of a name ("…KiB") splits into "ki b": show it as a unit.
  const label = words.join(' ').replace(/ ki b$/, ' (KiB)');
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/** The first line of a schema description, without its @example: the hint under the field. */
function hintOf(node: Json): string | undefined {
  const text = typeof node.description === 'string' ? node.description.split('@example')[0]!.trim() : '';
  return text || undefined;
}

const isDate = (node: Json) => node.type === 'string' && node.format === 'date';

/** A string list ([hacked, virus]): Sveltia's simple list, which writes every item as text. */
const isStringList = (node: Json) => node.type === 'array' && node.items?.type === 'string' && !node.items.enum;

/** A list of fixed values (languages: [en, cy]): Sveltia's select that takes several, written as a list. */
const isChoiceList = (node: Json) => node.type === 'array' && Array.isArray(node.items?.enum);

/**
 * A union of fixed values (headingLevel: 2, 3 or 4): the values, as they are, or undefined. Numbers
 * stay numbers, so a block written headingLevel={2} comes back as {2}, never as the text "2".
 */
function choicesOf(node: Json): unknown[] | undefined {
  const options: Json[] | undefined = node.anyOf;
  return options?.length && options.every((option) => 'const' in option)
    ? options.map((option) => option.const)
    : undefined;
}

function widgetOf(name: string, node: Json): Record<string, unknown> & { widget: string } {
  if (node.enum) return { widget: 'select', options: node.enum };
  const choices = choicesOf(node);
  if (choices) return { widget: 'select', options: choices };
  if (isDate(node)) {
    // Saved as the text 2026-11-20, as the content files write it; calendarDate accepts text.
    return { widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  switch (node.type) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
      return { widget: 'number', value_type: 'int', ...bounds(node) };
    case 'number':
      return { widget: 'number', value_type: 'float', ...bounds(node) };
    case 'array':
      if (isStringList(node)) return { widget: 'list', ...listBounds(node) };
      if (isChoiceList(node))
        return { widget: 'select', multiple: true, options: node.items.enum, ...listBounds(node) };
      return { widget: 'list', ...listBounds(node), fields: fieldsOf(node.items) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(node) };
    default:
      return {
        widget: LONG_TEXT.has(name) ? 'text' : 'string',
        ...(node.pattern ? { pattern: [node.pattern, `must match ${node.pattern}`] } : {}),
      };
  }
}

function bounds(node: Json) {
  return {
    ...(node.minimum !== undefined ? { min: node.minimum } : {}),
    ...(node.maximum !== undefined ? { max: node.maximum } : {}),
  };
}

function listBounds(node: Json) {
  return node.minItems ? { min: node.minItems } : {};
}

/** One field; `required` as the schema says (a field with a default is optional to type). */
function fieldOf(name: string, node: Json, required: boolean): CmsField {
  const hint = hintOf(node);
  return {
    name,
    // A schema's own title (.meta({ title: "Don't" })) reads better than one made from the name.
    label: typeof node.title === 'string' ? node.title : labelOf(name),
    ...widgetOf(name, node),
    required: required && node.default === undefined,
    // A switch always has a value, so it shows the schema's default. Other defaults are left to the
    // build: a form default would be written into every file that leaves the field out.
    ...(node.type === 'boolean' && node.default !== undefined ? { default: node.default } : {}),
    ...(hint ? { hint } : {}),
  };
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(node: Json): CmsField[] {
  const required = new Set<string>(node.required ?? []);
  return Object.entries<Json>(node.properties ?? {}).map(([name, child]) => fieldOf(name, child, required.has(name)));
}

/**
 * A map by name in the schema (site.yaml's contacts, cy/help.yaml's pages by address), as an object
 * with one property per name this copy has: a form cannot add a key, so it shows a group of fields
 * for each name, each the map's value schema; `asWritten` labels each with its name as the file writes it.
 */
export function byName(map: Json, names: readonly string[], required: readonly string[] = [], asWritten = false): Json {
  const value = (name: string) => (asWritten ? { ...map.additionalProperties, title: name } : map.additionalProperties);
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, value(name)])),
    required: names.filter((name) => required.includes(name)),
  };
}
