import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parsedYaml, yamlSyntaxError } from '../config/yaml-lines';
import { z } from 'astro/zod';
import { listFiles, slugOf } from './layers';
import { RETIRED_PAGES_FILE } from './retired-pages';
import {
  filesNamed,
  publishedFiles,
  readContentFile,
  shownPath,
  splitFrontmatter,
  type ContentFile,
  type Layer,
} from './files';
import { checklistSchema, type ChecklistData } from '../schemas/checklist';
import { guideSchema, type GuideData } from '../schemas/guide';
import { pageSchema, type PageData } from '../schemas/page';
import { retiredPagesSchema, type RetiredPages } from '../schemas/retired-pages';
import { retiredTermsSchema } from '../schemas/retired-terms';
import { scenarioSchema, type ScenarioData } from '../schemas/scenario';
import type { SiteConfig } from '../schemas/site';
import { synonymsSchema } from '../schemas/synonyms';
import { tipSchema, type TipData } from '../schemas/tip';
import { parseMdx, type MdNode } from './mdx-tree';

export { shownPath };

/** A YAML text that could not be read, with every error's line. */
export interface YamlSyntaxError {
  line: number;
  message: string;
}

interface EntryFile extends ContentFile {
  /** A short hash of the file's text, to tell what changed between builds. */
  hash: string;
}

/** The YAML of an entry, its validated data when valid, and the schema's complaint when not. */
interface Validated<T> {
  /** The YAML text the fields came from (the frontmatter of a guide). */
  yaml: string;
  /** Add to a line in `yaml` to get the line in the file (1 for frontmatter after the first ---). */
  lineOffset: number;
  raw: unknown;
  data?: T;
  issues?: z.ZodError;
  syntaxErrors: YamlSyntaxError[];
}

/** An MDX file: fields at the top, then the text, read into a tree. */
interface MdxParts<T> extends EntryFile, Validated<T> {
  /** The MDX after the frontmatter. */
  body: string;
  /** Whether the file starts with a frontmatter block at all. */
  hasFrontmatter: boolean;
  tree?: MdNode;
  parseError?: { line: number; message: string };
}
export interface GuideFile extends MdxParts<GuideData> {
  kind: 'guide';
}
/** A site page (content/pages: about, accessibility, privacy). */
interface PageFile extends MdxParts<PageData> {
  kind: 'page';
}
/** A guide or a site page: what the link, markup and https checks read. */
export type MdxFile = GuideFile | PageFile;
export interface ChecklistFile extends EntryFile, Validated<ChecklistData> {
  kind: 'checklist';
}
interface ScenarioFile extends EntryFile, Validated<ScenarioData> {
  kind: 'scenario';
}
/** One tips.yaml (central or overlay); its entries are validated one by one. */
interface TipsFile extends Omit<EntryFile, 'slug'>, Omit<Validated<unknown>, 'data' | 'issues'> {
  kind: 'tips';
  entries: { index: number; id?: string; line: number; raw: unknown; data?: TipData; issues?: z.ZodError }[];
}
interface YamlFile extends Omit<EntryFile, 'slug'>, Validated<unknown> {}

/** A `hide:` entry in site.yaml, with where it was written. */
export interface HideEntry {
  entry: string;
  file: string;
  line: number;
}

/** Everything that will be published, after the overlay has replaced, added and hidden entries. */
export interface ContentSet {
  root: string;
  site: SiteConfig;
  guides: GuideFile[];
  /** The site pages this copy publishes: content/pages, with the overlay's copies in their place. */
  pages: PageFile[];
  checklists: ChecklistFile[];
  scenarios: ScenarioFile[];
  tips: TipsFile[];
  synonyms: YamlFile[];
  /** content/retired-terms.yaml and the overlay's own, if any: names that must no longer appear. */
  retiredTerms: YamlFile[];
  /** content/site.yaml and the overlay's, as written (their merged, checked result is `site`). */
  siteFiles: YamlFile[];
  hidden: HideEntry[];
  /** content/retired-pages.yaml, when there is one: central pages that were removed. */
  retiredPagesFile?: YamlFile;
  /** The pages it lists ("guides/<slug>", …): a `hide:` naming one is a warning, not an error. */
  retiredPages: Set<string>;
  /** Slugs in content/ for each collection, hidden or not: what a `hide:` entry may name. */
  centralSlugs: Record<'guides' | 'checklists' | 'scenarios' | 'tips', Set<string>>;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Parses YAML text, keeping its first syntax error, at the line of the mistake (the rest follow from it). */
function parseYaml(source: string): { raw: unknown; syntaxErrors: YamlSyntaxError[] } {
  const error = yamlSyntaxError(source);
  return error ? { raw: undefined, syntaxErrors: [error] } : { raw: parsedYaml(source).doc.toJS(), syntaxErrors: [] };
}

function validate<T>(schema: z.ZodType<T>, yaml: string, lineOffset: number): Validated<T> {
  const { raw, syntaxErrors } = parseYaml(yaml);
  if (syntaxErrors.length) return { yaml, lineOffset, raw, syntaxErrors };
  const result = schema.safeParse(raw, { reportInput: true });
  return result.success
    ? { yaml, lineOffset, raw, data: result.data, syntaxErrors }
    : { yaml, lineOffset, raw, issues: result.error, syntaxErrors };
}

function entryFile(root: string, path: string, layer: Layer): EntryFile {
  const file = readContentFile(root, path, layer);
  return { ...file, hash: hashOf(file.source) };
}

function readMdx<T>(root: string, path: string, layer: Layer, schema: z.ZodType<T>): MdxParts<T> {
  const entry = entryFile(root, path, layer);
  const { frontmatter, body } = splitFrontmatter(entry.source);
  const fields = validate(schema, frontmatter ?? '', 1);
  const parsed = parseMdx(entry.source);
  return {
    ...entry,
    ...fields,
    body,
    hasFrontmatter: frontmatter !== undefined,
    tree: parsed.tree,
    parseError: parsed.error,
  };
}

const readGuide = (root: string, path: string, layer: Layer): GuideFile => ({
  kind: 'guide',
  ...readMdx(root, path, layer, guideSchema),
});

function layered<T>(
  site: SiteConfig,
  collection: 'guides' | 'pages' | 'checklists' | 'scenarios',
  extension: string,
  read: (path: string, layer: Layer) => T,
): T[] {
  return publishedFiles(site, collection, extension).map((f) => read(f.path, f.layer));
}

function readTips(root: string, path: string, layer: Layer): TipsFile {
  const entry = entryFile(root, path, layer);
  const { raw, syntaxErrors } = parseYaml(entry.source);
  const lineCounter = new LineCounter();
  const doc = parseDocument(entry.source, { lineCounter });
  const items = (doc.contents as { items?: { range?: [number, number, number] }[] } | null)?.items ?? [];
  const entries = Array.isArray(raw)
    ? raw.map((item, index) => {
        const result = tipSchema.safeParse(item, { reportInput: true });
        const range = items[index]?.range;
        const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
        return {
          index,
          id,
          line: range ? lineCounter.linePos(range[0]).line : 1,
          raw: item,
          ...(result.success ? { data: result.data } : { issues: result.error }),
        };
      })
    : [];
  const { slug: _slug, ...rest } = entry;
  return { kind: 'tips', ...rest, yaml: entry.source, lineOffset: 0, raw, syntaxErrors, entries };
}

function readYamlFile(root: string, path: string, layer: Layer, schema: z.ZodType): YamlFile {
  const { slug: _slug, ...entry } = entryFile(root, path, layer);
  return { ...entry, ...validate(schema, entry.source, 0) };
}

function hideEntries(root: string, site: SiteConfig): HideEntry[] {
  const file =
    site.overlayDir && existsSync(resolve(site.overlayDir, 'site.yaml'))
      ? resolve(site.overlayDir, 'site.yaml')
      : resolve(site.contentDir, 'site.yaml');
  if (!existsSync(file)) return site.hide.map((entry) => ({ entry, file: shownPath(root, file), line: 1 }));
  const source = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const hide = doc.get('hide', true) as { items?: { value?: unknown; range?: [number, number, number] }[] } | undefined;
  const lines = new Map(
    (hide?.items ?? []).map((item) => [String(item.value), item.range ? lineCounter.linePos(item.range[0]).line : 1]),
  );
  return site.hide.map((entry) => ({ entry, file: shownPath(root, file), line: lines.get(entry) ?? 1 }));
}

const slugsIn = (dir: string, extension: string): Set<string> => new Set(listFiles(dir, extension).map(slugOf));

/**
 * Reads the content as it will be published: content/, with the overlay (site.overlayDir) replacing
 * entries of the same name, adding new ones, and leaving out what site.yaml `hide:` lists. The layering
 * is the build's own (planLayers), so the checks cannot disagree with the site about which pages exist.
 */
export function loadContentSet(root: string, site: SiteConfig): ContentSet {
  const layerFiles = (name: string) => filesNamed(site, name);
  const tips = layerFiles('tips.yaml').map((f) => readTips(root, f.path, f.layer));
  const hiddenTips = new Set(site.hide.filter((h) => h.startsWith('tips/')).map((h) => h.slice(5)));
  const overlayTipIds = new Set(tips.filter((t) => t.layer === 'overlay').flatMap((t) => t.entries.map((e) => e.id)));
  // As the tips loader does: an overlay tip replaces the central one with its id, and hide: removes.
  const retiredPath = resolve(site.contentDir, RETIRED_PAGES_FILE);
  const retiredPagesFile = existsSync(retiredPath)
    ? readYamlFile(root, retiredPath, 'central', retiredPagesSchema)
    : undefined;
  const published = (t: TipsFile) =>
    t.entries.filter(
      (e) => !(e.id && hiddenTips.has(e.id)) && !(t.layer === 'central' && e.id && overlayTipIds.has(e.id)),
    );
  return {
    root,
    site,
    guides: layered(site, 'guides', '.mdx', (path, layer) => readGuide(root, path, layer)),
    pages: layered(site, 'pages', '.mdx', (path, layer): PageFile => ({
      kind: 'page',
      ...readMdx(root, path, layer, pageSchema),
    })),
    checklists: layered(site, 'checklists', '.yaml', (path, layer): ChecklistFile => {
      const entry = entryFile(root, path, layer);
      return { kind: 'checklist', ...entry, ...validate(checklistSchema, entry.source, 0) };
    }),
    scenarios: layered(site, 'scenarios', '.yaml', (path, layer): ScenarioFile => {
      const entry = entryFile(root, path, layer);
      return { kind: 'scenario', ...entry, ...validate(scenarioSchema, entry.source, 0) };
    }),
    tips: tips.map((t) => ({ ...t, entries: published(t) })),
    synonyms: layerFiles('synonyms.yaml').map((f) => readYamlFile(root, f.path, f.layer, synonymsSchema)),
    retiredTerms: layerFiles('retired-terms.yaml').map((f) => readYamlFile(root, f.path, f.layer, retiredTermsSchema)),
    // Loaded and checked already (site.ts); read again as text, so checks can point at its lines.
    siteFiles: layerFiles('site.yaml').map((f) => readYamlFile(root, f.path, f.layer, z.unknown())),
    hidden: hideEntries(root, site),
    retiredPagesFile,
    retiredPages: new Set((retiredPagesFile?.data as RetiredPages | undefined)?.pages ?? []),
    centralSlugs: {
      guides: slugsIn(resolve(site.contentDir, 'guides'), '.mdx'),
      checklists: slugsIn(resolve(site.contentDir, 'checklists'), '.yaml'),
      scenarios: slugsIn(resolve(site.contentDir, 'scenarios'), '.yaml'),
      tips: new Set(tips.filter((t) => t.layer === 'central').flatMap((t) => t.entries.map((e) => e.id ?? ''))),
    },
  };
}
