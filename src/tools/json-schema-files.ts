import { z } from 'astro/zod';
import { alertsEditorSchema, UK_DATE_FIELDS } from '../schemas/alert';
import { checklistSchema } from '../schemas/checklist';
import { calendarDate } from '../schemas/common';
import { guideSchema } from '../schemas/guide';
import { helpOverlaySchema, helpSchema } from '../schemas/help';
import { nationFileSchema } from '../schemas/nation';
import { retiredPagesSchema } from '../schemas/retired-pages';
import { retiredTermsSchema } from '../schemas/retired-terms';
import { scenarioSchema } from '../schemas/scenario';
import { siteSchema } from '../schemas/site';
import { stringsSchema } from '../schemas/strings';
import { synonymsSchema } from '../schemas/synonyms';
import { tipSchema } from '../schemas/tip';
import { welshTermsSchema } from '../schemas/welsh-terms';

type Json = Record<string, unknown>;

/** The JSON schemas VS Code uses to check content files as editors type, and the zod schema each comes from. */
const SCHEMAS = [
  { name: 'site', from: 'src/schemas/site.ts', title: 'content/site.yaml', schema: siteSchema, partial: false },
  {
    name: 'site-overlay',
    from: 'src/schemas/site.ts',
    title: "A trust overlay's site.yaml (only the fields it changes)",
    schema: siteSchema,
    partial: true,
  },
  {
    name: 'guide-frontmatter',
    from: 'src/schemas/guide.ts',
    title: 'The fields at the top of content/guides/*.mdx',
    schema: guideSchema,
    partial: false,
  },
  {
    name: 'checklist',
    from: 'src/schemas/checklist.ts',
    title: 'content/checklists/*.yaml',
    schema: checklistSchema,
    partial: false,
  },
  {
    name: 'scenario',
    from: 'src/schemas/scenario.ts',
    title: 'content/scenarios/*.yaml',
    schema: scenarioSchema,
    partial: false,
  },
  { name: 'tips', from: 'src/schemas/tip.ts', title: 'content/tips.yaml', schema: z.array(tipSchema), partial: false },
  {
    name: 'synonyms',
    from: 'src/schemas/synonyms.ts',
    title: 'content/synonyms.yaml',
    schema: synonymsSchema,
    partial: false,
  },
  {
    name: 'strings',
    from: 'src/schemas/strings.ts',
    title: 'content/strings.yaml: every word of the interface',
    schema: stringsSchema,
    partial: false,
  },
  {
    name: 'strings-overlay',
    from: 'src/schemas/strings.ts',
    title: "A trust overlay's strings.yaml (only the words it changes)",
    schema: stringsSchema,
    partial: true,
  },
  {
    name: 'help',
    from: 'src/schemas/help.ts',
    title: 'content/help.yaml: the "Something\'s wrong?" helper',
    schema: helpSchema,
    partial: false,
  },
  {
    name: 'help-overlay',
    from: 'src/schemas/help.ts',
    title: "A trust overlay's help.yaml: pages it changes, adds or hides",
    schema: helpOverlaySchema,
    partial: false,
  },
  {
    name: 'nation',
    from: 'src/schemas/nation.ts',
    title: 'content/nations/<nation>.yaml: the contacts and sentences that differ by UK nation',
    schema: nationFileSchema,
    partial: false,
  },
  {
    name: 'nation-overlay',
    from: 'src/schemas/nation.ts',
    title: "A trust overlay's nations/<nation>.yaml (only what it changes)",
    schema: nationFileSchema,
    partial: true,
  },
  {
    name: 'alerts',
    from: 'src/schemas/alert.ts',
    title: "content/alerts.yaml, or a trust's: scam alerts, each shown from one date until another",
    schema: alertsEditorSchema,
    partial: false,
  },
  {
    name: 'retired-terms',
    from: 'src/schemas/retired-terms.ts',
    title: 'content/retired-terms.yaml',
    schema: retiredTermsSchema,
    partial: false,
  },
  {
    name: 'retired-pages',
    from: 'src/schemas/retired-pages.ts',
    title: 'content/retired-pages.yaml: central pages that were removed',
    schema: retiredPagesSchema,
    partial: false,
  },
  {
    name: 'welsh-terms',
    from: 'src/schemas/welsh-terms.ts',
    title: 'content/cy/terms.yaml: the Welsh words the Welsh pages use',
    schema: welshTermsSchema,
    partial: false,
  },
] as const;

export const SCHEMA_DIR = '.vscode/schemas';

/** An overlay lists only what it changes, so nothing is required in it; the merged result is checked by the build. */
function withoutRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRequired);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Json)
      .filter(([key]) => key !== 'required')
      .map(([key, value]) => [key, withoutRequired(value)]),
  );
}

/** A zod schema as JSON schema, for what an editor types (dates as YYYY-MM-DD text); the browser editor's config uses it too. */
export function inputJsonSchema(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // YAML reads 2026-11-20 as text, and the schema turns it into a date: as typed, it is text in that form.
      if (zodSchema === (calendarDate as unknown))
        Object.assign(jsonSchema, {
          type: 'string',
          format: 'date',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          description: 'A date written as YYYY-MM-DD, like 2026-11-20',
        });
      // An alert's from and until: a date, or a date and time, as typed (read as UK time).
      if (UK_DATE_FIELDS.has(zodSchema))
        Object.assign(jsonSchema, {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$',
          description: 'A date like 2026-12-05, or a date and time like 2026-12-05T09:00, in UK time',
        });
    },
  }) as Json;
}

function jsonSchemaOf(entry: (typeof SCHEMAS)[number]): Json {
  const generated = inputJsonSchema(entry.schema);
  const { $schema, ...rest } = (entry.partial ? withoutRequired(generated) : generated) as Json;
  return {
    $schema,
    $comment: `Generated from ${entry.from} by \`npm run schemas\` (src/tools/json-schemas.ts). Do not edit: change the zod schema and run it again.`,
    title: entry.title,
    ...rest,
  };
}

/** Every schema file, path and text, as `npm run schemas` writes them. */
export function jsonSchemaFiles(): { path: string; contents: string }[] {
  return SCHEMAS.map((entry) => ({
    path: `${SCHEMA_DIR}/${entry.name}.json`,
    contents: `${JSON.stringify(jsonSchemaOf(entry), null, 2)}\n`,
  }));
}
