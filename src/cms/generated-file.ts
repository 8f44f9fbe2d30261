// The browser editor's configuration, made from the schemas and content/site.yaml's contact names each
// time the editor is built (build.ts hands it to the editor's script as a module), never committed: a
// contact added to site.yaml is in the next editor built, and no file can be out of date.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { cmsConfig } from './config';
import type { CmsField } from './fields';
import { editorComponents } from './editor-components';
import { welshNames } from './welsh-names';

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

type SiteYaml = { contacts?: Record<string, unknown>; languages?: unknown };
const readSite = (path: string): SiteYaml => (parse(readFileSync(path, 'utf8')) as SiteYaml | null) ?? {};

/**
 * The languages of the copy the editor edits: its own site.yaml's (a trust's overlay, CMS_CONTENT),
 * else content/site.yaml's, else English only, as the build reads them. The build's checks name a bad value.
 */
function languagesOf(root: string, contentRoot: string, central: SiteYaml): readonly string[] {
  const own = resolve(root, contentRoot, 'site.yaml');
  const languages = (existsSync(own) ? readSite(own).languages : undefined) ?? central.languages;
  return Array.isArray(languages) ? languages.map(String) : ['en'];
}

/**
 * Whether the editor shows Welsh: the copy publishes in Welsh, or its folder has Welsh files (content/cy/
 * holds the package's Welsh drafts, which the central editor edits though the central site is English).
 */
const welshInEditor = (root: string, contentRoot: string, central: SiteYaml) =>
  languagesOf(root, contentRoot, central).includes('cy') || existsSync(resolve(root, contentRoot, 'cy'));

/**
 * The editor's configuration, made now from the schemas, the guide components and `root`'s
 * content/site.yaml; `contentRoot` is the folder it edits (CMS_CONTENT), whose site.yaml says its languages.
 */
export function editorConfig(root: string, contentRoot = 'content') {
  const site = readSite(resolve(root, 'content/site.yaml'));
  const contactNames = Object.keys(site.contacts ?? {});
  const { config, components, overlayFileFields } = cmsConfig({
    components: editorComponents(resolve(root, 'src/components/guide')),
    contactNames,
    ...(welshInEditor(root, contentRoot, site) ? { welsh: welshNames(root, contentRoot) } : {}),
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

/** The source of EDITOR_CONFIG_MODULE: editorConfig(root, contentRoot), one export per field. */
export function editorConfigModule(root: string, contentRoot?: string): string {
  return Object.entries(editorConfig(root, contentRoot))
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}
