// The browser editor's configuration, made from the schemas and content/site.yaml's contact names each
// time the editor is built (build.ts hands it to the editor's script as a module), never committed: a
// contact added to site.yaml is in the next editor built, and no file can be out of date.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { cmsConfig } from './config';
import type { CmsField } from './fields';
import { editorComponents } from './editor-components';

/** The module the editor's script imports its configuration from (declared in virtual-modules.d.ts). */
export const EDITOR_CONFIG_MODULE = 'virtual:cyber-guide/cms-config';

/** The guide's true/false fields and their defaults (from the form, made from the schema). */
function unwrittenDefaults(config: Record<string, any>): Record<string, unknown> {
  const guides = config.collections.find((c: { name: string }) => c.name === 'guides');
  return Object.fromEntries(
    guides.fields
      .filter((f: { widget: string }) => f.widget === 'boolean')
      .map((f: { name: string; default: unknown }) => [f.name, f.default]),
  );
}

/** A collection of Sveltia's config: a folder of entries, or a list of single files. */
type CmsCollection = Record<string, unknown> & {
  name: string;
  folder?: string;
  fields?: CmsField[];
  files?: (Record<string, unknown> & { name: string; file: string; fields: CmsField[] })[];
};

/** The editor's configuration, made now from the schemas, the guide components and `root`'s content/site.yaml. */
export function editorConfig(root: string) {
  const site = parse(readFileSync(resolve(root, 'content/site.yaml'), 'utf8')) as {
    contacts?: Record<string, unknown>;
  };
  const { config, components, overlayFileFields } = cmsConfig({
    components: editorComponents(resolve(root, 'src/components/guide')),
    contactNames: Object.keys(site.contacts ?? {}),
  });
  return {
    cmsConfig: config as Record<string, unknown> & { collections: CmsCollection[] },
    /** Switches a guide leaves out while they are at their default: the editor does not write them either. */
    unwrittenGuideDefaults: unwrittenDefaults(config),
    editorComponentData: components,
    /** The form for a file whose overlay version has another shape than the central one (help.yaml), by the file's name. */
    overlayFileFields,
  };
}
export type EditorConfig = ReturnType<typeof editorConfig>;

/** The source of EDITOR_CONFIG_MODULE: editorConfig(root), one export per field. */
export function editorConfigModule(root: string): string {
  return Object.entries(editorConfig(root))
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}
