import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { Problem } from '../schemas/problem';
import { ContentError, fileError, schemaProblems, shapeFinder, suggest } from '../config/errors';
import {
  checkHiddenExist,
  commonFolder,
  escapeGlob,
  hiddenSlugs,
  layeredGlob,
  listFiles,
  shown,
  slugOf,
  type Collection,
} from './layers';
import { welshMdxFiles, type WelshFolder } from './welsh-mdx-files';
import { readYaml, readYamlFile } from '../config/site';
import { siteConfigFor } from '../config/site-config';
import { filesNamed, frontmatterOfFile, publishedFiles } from './files';
import type { SiteConfig } from '../schemas/site';
import { reloadOnEdit } from './reload-on-edit';

/** The site's own folder (content/, src/), which in a trust's build is the installed package, not Astro's root. */
export function siteFor(context: LoaderContext): SiteConfig {
  return siteConfigFor(fileURLToPath(new URL('..', context.config.srcDir)));
}

/**
 * Validates data against a schema, failing with file:line — field: problem. The source text (read
 * only when there is a problem) gives each field's line.
 */
function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  source: () => string,
  lineOffset = 0,
  pathPrefix: PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new ContentError(
      schemaProblems(shown(file), result.error, {
        source: source(),
        lineOffset,
        pathPrefix,
        shapeAt: shapeFinder(schema),
      }),
    );
  }
  return result.data;
}

/**
 * MDX guides from content/guides, with the overlay's guides replacing or adding by slug and
 * site.yaml `hide` removing. Astro's glob loader reads them, from the folder holding both layers,
 * with a pattern that leaves out the central guides the overlay replaces or hides; @astrojs/mdx
 * makes each one a module, in a build as in `astro dev`.
 */
export function layeredMdx(collection: Collection, schema: z.ZodType, onlyNames?: readonly string[]): Loader {
  return {
    name: `layered-${collection}`,
    load: async (context) => {
      const site = siteFor(context);
      checkHiddenExist(site, collection, listFiles(resolve(site.contentDir, collection), '.mdx').map(slugOf));
      if (onlyNames) checkFileNames(site, collection, onlyNames);
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (props.filePath) validate(schema, props.data, props.filePath, () => frontmatterOfFile(props.filePath!), 1);
        return context.parseData(props);
      };
      const { base, pattern } = layeredGlob(collection, site, '.mdx');
      await glob({ base, pattern, generateId: ({ entry }) => slugOf(entry) }).load({ ...context, parseData });
    },
  };
}

/**
 * A collection of fixed pages (content/pages: about, accessibility, privacy) holds each of them and
 * nothing else: a misspelt file in an overlay would otherwise be a page nobody can reach.
 */
function checkFileNames(site: SiteConfig, collection: Collection, names: readonly string[]): void {
  const problems: Problem[] = [];
  const published = publishedFiles(site, collection as Exclude<Collection, 'tips'>, '.mdx');
  for (const { path } of published) {
    if (names.includes(slugOf(path))) continue;
    const near = suggest(slugOf(path), names);
    problems.push(
      fileError(shown(path), `content/${collection} holds only ${names.map((n) => `${n}.mdx`).join(', ')}`, {
        fix: near ? `did you mean ${near}.mdx?` : 'rename the file to one of them',
      }),
    );
  }
  const present = new Set(published.map(({ path }) => slugOf(path)));
  for (const name of names)
    if (!present.has(name))
      problems.push(
        fileError(
          shown(resolve(site.contentDir, collection, `${name}.mdx`)),
          'this page is missing, and the footer links to it',
          { fix: `put it back (git checkout -- content/${collection}/${name}.mdx)` },
        ),
      );
  if (problems.length > 0) throw new ContentError(problems);
}

/** `name` in content/ and in the overlay, whether or not it is there yet (an editor may add it). */
const inBothLayers = (site: SiteConfig, name: string) =>
  [site.contentDir, ...(site.overlayDir ? [site.overlayDir] : [])].map((dir) => resolve(dir, name));

/** YAML entries, one per file (checklists, scenarios), layered like the guides. */
export function layeredYamlFiles(collection: Exclude<Collection, 'tips'>, schema: z.ZodType): Loader {
  return {
    name: `layered-${collection}`,
    load: async (context) => {
      const site = siteFor(context);
      const folders = inBothLayers(site, collection);
      await loadYamlFiles(context, collection, schema);
      reloadOnEdit(context, { folders, extension: '.yaml' }, () => loadYamlFiles(context, collection, schema));
    },
  };
}

/** Reads every published file of the collection into the store, in place of what it held. */
async function loadYamlFiles(context: LoaderContext, collection: Exclude<Collection, 'tips'>, schema: z.ZodType) {
  const site = siteFor(context);
  checkHiddenExist(site, collection, listFiles(resolve(site.contentDir, collection), '.yaml').map(slugOf));
  context.store.clear();
  for (const { path: file } of publishedFiles(site, collection, '.yaml')) {
    const { data, source } = readYamlFile(file, shown(file));
    const valid = validate(schema, data, file, () => source);
    const id = slugOf(file);
    const parsed = await context.parseData({ id, data: valid as Record<string, unknown>, filePath: file });
    context.store.set({
      id,
      data: parsed,
      filePath: relative(fileURLToPath(context.config.root), file),
      digest: context.generateDigest(source),
    });
  }
}

/** A list of entries in one YAML file (tips.yaml); the overlay's list replaces or adds by id. */
export function layeredYamlList(collection: Collection, schema: z.ZodType): Loader {
  return {
    name: `layered-${collection}`,
    load: async (context) => {
      const site = siteFor(context);
      const files = inBothLayers(site, `${collection}.yaml`);
      await loadYamlList(context, collection, schema);
      reloadOnEdit(context, { files }, () => loadYamlList(context, collection, schema));
    },
  };
}

/** Reads the collection's list, the overlay's entries over the central ones, into the store. */
async function loadYamlList(context: LoaderContext, collection: Collection, schema: z.ZodType) {
  const site = siteFor(context);
  const entries = new Map<string, Record<string, unknown>>();
  for (const { path: file } of filesNamed(site, `${collection}.yaml`)) {
    const { data, source } = readYaml(file, shown(file));
    if (!Array.isArray(data))
      throw new ContentError(
        fileError(shown(file), 'expected a list, each entry starting with "- id: …"', { line: 1 }),
      );
    data.forEach((item, index) => {
      const valid = validate(schema, item, file, () => source, 0, [index]) as Record<string, unknown>;
      entries.set(String(valid.id), valid);
    });
  }
  checkHiddenExist(site, collection, entries.keys());
  const hidden = hiddenSlugs(site, collection);
  context.store.clear();
  for (const [id, data] of entries) {
    if (hidden.has(id)) continue;
    const parsed = await context.parseData({ id, data });
    context.store.set({ id, data: parsed, digest: context.generateDigest(JSON.stringify(data)) });
  }
}

/**
 * The Welsh guides or site pages, content/cy/<folder>/<slug>.mdx, by the English file's name, with a
 * trust's cy/<folder> replacing or adding by name: none in a copy without cy in site.yaml
 * `languages:`, so an English-only build reads no Welsh file.
 */
export function welshMdx(schema: z.ZodType, folder: WelshFolder = 'guides'): Loader {
  return {
    name: `welsh-${folder}`,
    load: async (context) => {
      const site = siteFor(context);
      const files = welshMdxFiles(site, folder);
      if (files.length === 0) {
        context.store.clear();
        return;
      }
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (props.filePath) validate(schema, props.data, props.filePath, () => frontmatterOfFile(props.filePath!), 1);
        return context.parseData(props);
      };
      // One glob over the folder holding both layers, naming each file it publishes.
      const base = files.map((f) => dirname(f.path)).reduce(commonFolder);
      const pattern = files.map((f) => escapeGlob(relative(base, f.path).replaceAll('\\', '/')));
      await glob({ base, pattern, generateId: ({ entry }) => slugOf(entry) }).load({ ...context, parseData });
    },
  };
}
