// The text of src/cms/cms-config.generated.ts, made from the schemas and content/site.yaml's contact
// names. `npm run cms:config` writes it; tests/cms/config.test.ts fails when the committed file differs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { cmsConfig } from './config';
import { editorComponents } from './editor-components';

export const GENERATED_CONFIG = 'src/cms/cms-config.generated.ts';

/** The guide's true/false fields and their defaults (from the form, made from the schema). */
function unwrittenDefaults(config: Record<string, any>): Record<string, unknown> {
  const guides = config.collections.find((c: { name: string }) => c.name === 'guides');
  return Object.fromEntries(
    guides.fields
      .filter((f: { widget: string }) => f.widget === 'boolean')
      .map((f: { name: string; default: unknown }) => [f.name, f.default]),
  );
}

/** The generated module's source: a header saying where it comes from, then the config as data. */
export function generatedConfigSource(root: string): string {
  const site = parse(readFileSync(resolve(root, 'content/site.yaml'), 'utf8')) as {
    contacts?: Record<string, unknown>;
  };
  const { config, components, overlayFileFields } = cmsConfig({
    components: editorComponents(resolve(root, 'src/components/guide')),
    contactNames: Object.keys(site.contacts ?? {}),
  });
  return [
    '// generated — edit the schemas instead (src/schemas/, src/components/guide/*/*.schema.ts), then run',
    '// `npm run cms:config` (src/cms/generate.ts). tests/cms/config.test.ts fails when this file is out of date.',
    "import type { EditorComponentData } from './editor-components';",
    '',
    `export const cmsConfig = ${JSON.stringify(config, null, 2)} as const;`,
    '',
    '/** Switches a guide leaves out while they are at their default: the editor does not write them either. */',
    `export const unwrittenGuideDefaults: Record<string, unknown> = ${JSON.stringify(unwrittenDefaults(config))};`,
    '',
    `export const editorComponentData: EditorComponentData[] = ${JSON.stringify(components, null, 2)};`,
    '',
    "/** The form for a file whose overlay version has another shape than the central one (help.yaml), by the file's name. */",
    `export const overlayFileFields: Record<string, Record<string, unknown>[]> = ${JSON.stringify(overlayFileFields, null, 2)};`,
    '',
  ].join('\n');
}
