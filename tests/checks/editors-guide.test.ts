import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertsEditorSchema } from '../../src/schemas/alert';
import { checklistSchema } from '../../src/schemas/checklist';
import { guideComponentExamples } from '../../src/components/guide/examples';
import { GUIDE_COMPONENTS, guideComponentNames } from '../../src/components/guide/registry';
import { componentExamples } from '../../src/tools/readme-examples';
import { CHECKS } from '../../src/checks/rules/index';
import { guideSchema } from '../../src/schemas/guide';
import { helpOverlaySchema, helpSchema } from '../../src/schemas/help';
import { scenarioSchema } from '../../src/schemas/scenario';
import { siteSchema } from '../../src/schemas/site';
import { nationFileSchema } from '../../src/schemas/nation';
import { pageSchema } from '../../src/schemas/page';
import { retiredPagesSchema } from '../../src/schemas/retired-pages';
import { retiredTermsSchema } from '../../src/schemas/retired-terms';
import { welshTermsSchema } from '../../src/schemas/welsh-terms';
import { synonymsSchema } from '../../src/schemas/synonyms';
import { tipSchema } from '../../src/schemas/tip';
import { ROOT } from '../helpers/build';

const GUIDE = readFileSync(join(ROOT, 'content/README.md'), 'utf8');

/** The text of a "## Heading" section of the editors' guide, up to the next "## ". */
function section(heading: string): string {
  const start = GUIDE.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`content/README.md has no "## ${heading}" section`);
  const next = GUIDE.indexOf('\n## ', start + 4);
  return GUIDE.slice(start, next < 0 ? undefined : next);
}

type AnySchema = { def?: Record<string, unknown>; shape?: Record<string, unknown> };

/** Every field of a zod schema as a dotted path, nested objects, lists and named contacts (catchall) included. */
function fieldsOf(schema: unknown, prefix = '', seen = new Set<unknown>()): string[] {
  // The helper's answers hold answers: each schema is walked once.
  if (seen.has(schema)) return [];
  seen.add(schema);
  let current = schema as AnySchema | undefined;
  for (let guard = 0; current?.def && guard < 20; guard++) {
    const def = current.def;
    if (def.innerType) current = def.innerType as AnySchema;
    else if (def.type === 'pipe')
      current = (def.in as AnySchema).def?.type === 'transform' ? (def.out as AnySchema) : (def.in as AnySchema);
    else if (def.type === 'array') current = def.element as AnySchema;
    else break;
  }
  if (!current?.shape) return [];
  const own = Object.entries(current.shape).flatMap(([key, value]) => [
    `${prefix}${key}`,
    ...fieldsOf(value, `${prefix}${key}.`, seen),
  ]);
  const catchall = current.def?.catchall as AnySchema | undefined;
  return catchall && catchall.def?.type !== 'never' ? [...own, ...fieldsOf(catchall, `${prefix}*.`, seen)] : own;
}

/** A field is mentioned when its name appears as a YAML key ("name:") or in backticks. */
const mentions = (text: string, field: string) => {
  const name = field.split('.').pop()!;
  return new RegExp(`(^|\\s|- )${name}:|\`${name}\``, 'm').test(text);
};

const SCHEMAS = [
  { heading: 'Guide fields', schema: guideSchema },
  { heading: 'Checklists', schema: checklistSchema },
  { heading: 'Tips', schema: tipSchema },
  { heading: 'Practice scenarios', schema: scenarioSchema },
  { heading: 'Synonyms', schema: synonymsSchema },
  { heading: 'Retired terms', schema: retiredTermsSchema },
  { heading: 'Removing a page', schema: retiredPagesSchema },
  { heading: 'Site pages', schema: pageSchema },
  { heading: 'Site settings', schema: siteSchema },
  { heading: 'The four nations', schema: nationFileSchema },
  { heading: "The Something's wrong? helper", schema: helpSchema },
  { heading: "The Something's wrong? helper", schema: helpOverlaySchema },
  { heading: 'Scam alerts', schema: alertsEditorSchema },
  { heading: 'Welsh (Cymraeg)', schema: welshTermsSchema },
];

describe("the editors' guide (content/README.md)", () => {
  for (const { heading, schema } of SCHEMAS) {
    it(`mentions every field under "${heading}"`, () => {
      const fields = fieldsOf(schema);
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.filter((field) => !mentions(section(heading), field))).toEqual([]);
    });
  }

  it('finds the fields it must mention, nested ones included (so the test above cannot pass by reading nothing)', () => {
    expect(fieldsOf(siteSchema)).toEqual(
      expect.arrayContaining([
        'colours.primary',
        'contacts.serviceDesk.phone',
        'contacts.*.how',
        'offline.precacheBudgetKiB',
        'security.expiresInDays',
        'checks.readingAgeMax',
      ]),
    );
    expect(fieldsOf(checklistSchema)).toEqual(expect.arrayContaining(['items.id', 'items.action', 'items.why']));
    expect(fieldsOf(scenarioSchema)).toEqual(expect.arrayContaining(['redFlags.quote', 'redFlags.why']));
    expect(fieldsOf(guideSchema)).toEqual(expect.arrayContaining(['sources.title', 'sources.url', 'urgentPhrases']));
    expect(fieldsOf(helpSchema)).toEqual(
      expect.arrayContaining(['answers.slug', 'answers.section', 'answers.answers', 'answers.pocketCard']),
    );
    expect(fieldsOf(helpOverlaySchema)).toEqual(
      expect.arrayContaining(['change.page', 'add.to', 'add.before', 'hide']),
    );
    expect(mentions('title: x', 'title')).toBe(true);
    expect(mentions('subtitle: x', 'title')).toBe(false);
  });

  it("shows every component editors can use, with its folder's example and a screenshot", () => {
    expect(guideComponentNames.length).toBeGreaterThanOrEqual(6);
    const examples = componentExamples(section('Components you can use in a guide'));
    const ownExamples = guideComponentExamples();
    for (const name of guideComponentNames) {
      expect(ownExamples.get(name), `src/components/guide/${name}'s example`).toContain(`<${name}`);
      expect(examples.get(name), `the \`\`\`mdx example under "### ${name}" is the one in its folder`).toBe(
        ownExamples.get(name),
      );
      const picture = `README-images/${name.toLowerCase()}.png`;
      expect(GUIDE, `a screenshot of ${name}`).toMatch(
        new RegExp(`!\\[How [^\\]]+\\]\\(${picture.replace('.', '\\.')}\\)`),
      );
      expect(existsSync(join(ROOT, 'content', picture)), `${picture} (run npm run screenshots)`).toBe(true);
    }
  });

  it("names every prop of every component, as its schema lists them, under the component's heading", () => {
    const components = section('Components you can use in a guide');
    const context = { contacts: ['serviceDesk'], checklists: ['end-of-shift'] };
    for (const name of guideComponentNames) {
      const start = components.indexOf(`\n### ${name}\n`);
      expect(start, `a "### ${name}" heading`).toBeGreaterThanOrEqual(0);
      const end = components.indexOf('\n### ', start + 1);
      const own = components.slice(start, end < 0 ? undefined : end);
      const props = Object.keys(
        (GUIDE_COMPONENTS[name](context) as unknown as { shape: Record<string, unknown> }).shape,
      );
      for (const prop of props) expect(own, `${name}'s ${prop}`).toMatch(new RegExp(`\`${prop}(\`|=)`));
    }
  });

  it('explains every content check, and every section the checks point editors to', () => {
    const checks = section('Content checks');
    for (const check of CHECKS) expect(checks, check.name).toMatch(new RegExp(`^### ${check.name}$`, 'im'));
    const pointedTo = new Set(
      [
        ...readFileSync(join(ROOT, 'src/checks/rules/fields.ts'), 'utf8').matchAll(
          /see "([^"]+)" in content\/README\.md/g,
        ),
      ].map((m) => m[1]),
    );
    for (const heading of [...pointedTo, 'Site settings']) expect(() => section(heading)).not.toThrow();
  });

  it('states the reading age formula, and explains previewing, synonyms and publishing', () => {
    expect(GUIDE).toContain('reading age = Flesch-Kincaid grade + 5');
    expect(GUIDE).toContain('Flesch-Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59');
    expect(section('Preview while you edit')).toContain('npm run dev');
    expect(section('Synonyms')).toContain('synonyms.yaml');
    expect(section('Publishing')).toContain('npm run build');
  });
});
