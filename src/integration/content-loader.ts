import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, formatIssues, shapeFinder } from './errors';
import { readYaml, readYamlFile } from './site';
import { siteConfigFor } from './site-config';
import type { SiteConfig } from '../schemas/site';

type Collection = 'guides' | 'checklists' | 'tips' | 'scenarios';

interface Layer {
  dir: string;
  files: string[];
}

function listFiles(dir: string, extension: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => extname(f) === extension).sort() : [];
}

const slugOf = (file: string) => basename(file, extname(file));

/** Which base files stay, which overlay files are added, and which hidden slugs were never there. */
export function planLayers(collection: Collection, site: SiteConfig, extension: string): { base: Layer; overlay?: Layer } {
  const baseDir = resolve(site.contentDir, collection);
  const overlayDir = site.overlayDir ? resolve(site.overlayDir, collection) : undefined;
  const overlayFiles = overlayDir ? listFiles(overlayDir, extension) : [];
  const hidden = hiddenSlugs(site, collection);
  const replaced = new Set(overlayFiles.map(slugOf));
  const baseFiles = listFiles(baseDir, extension).filter((f) => !hidden.has(slugOf(f)) && !replaced.has(slugOf(f)));
  return { base: { dir: baseDir, files: baseFiles }, overlay: overlayDir ? { dir: overlayDir, files: overlayFiles } : undefined };
}

function hiddenSlugs(site: SiteConfig, collection: Collection): Set<string> {
  return new Set(site.hide.filter((h) => h.startsWith(`${collection}/`)).map((h) => h.slice(collection.length + 1)));
}

/** Every hide entry must name something that exists, or a trust thinks a page is gone when it is not. */
export function checkHiddenExist(site: SiteConfig, collection: Collection, existing: Iterable<string>): void {
  const present = new Set(existing);
  const missing = [...hiddenSlugs(site, collection)].filter((slug) => !present.has(slug));
  if (missing.length > 0) {
    const file = site.overlayDir ? resolve(site.overlayDir, 'site.yaml') : resolve(site.contentDir, 'site.yaml');
    throw new ContentError(
      missing
        .map((slug) => `${shown(file)} — hide: "${collection}/${slug}" is not in content/${collection}; check the spelling against the file names there`)
        .join('\n'),
    );
  }
}

const shown = (file: string) => relative(process.cwd(), file).replaceAll('\\', '/');

function siteFor(context: LoaderContext): SiteConfig {
  return siteConfigFor(fileURLToPath(context.config.root));
}

/** Validates data against a schema, failing with file:line — field: problem. */
function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, source: string, lineOffset = 0, pathPrefix: PropertyKey[] = []): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new ContentError(formatIssues(shown(file), result.error, { source, lineOffset, pathPrefix, shapeAt: shapeFinder(schema) }));
  }
  return result.data;
}

function frontmatterOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? match[1] : '';
}

/**
 * MDX guides from content/guides, with the overlay's guides replacing or adding by slug and
 * site.yaml `hide` removing. Astro's glob loader does the MDX work; this decides which files it sees.
 */
export function layeredMdx(collection: Collection, schema: z.ZodType): Loader {
  return {
    name: `layered-${collection}`,
    load: async (context) => {
      const site = siteFor(context);
      checkHiddenExist(site, collection, listFiles(resolve(site.contentDir, collection), '.mdx').map(slugOf));
      const { base, overlay } = planLayers(collection, site, '.mdx');
      const keep = new Set([...base.files, ...(overlay?.files ?? [])].map(slugOf));
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (props.filePath) validate(schema, props.data, props.filePath, frontmatterOf(props.filePath), 1);
        return context.parseData(props);
      };
      // The glob loader deletes entries it did not see itself; the layers are pruned together below.
      const store = Object.create(context.store, { delete: { value: () => undefined } });
      for (const layer of [base, overlay]) {
        if (!layer || layer.files.length === 0) continue;
        await glob({ base: layer.dir, pattern: layer.files, generateId: ({ entry }) => slugOf(entry) }).load({ ...context, store, parseData });
      }
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
    },
  };
}

/** YAML entries, one per file (checklists, scenarios), layered like the guides. */
export function layeredYamlFiles(collection: Collection, schema: z.ZodType): Loader {
  return {
    name: `layered-${collection}`,
    load: async (context) => {
      const site = siteFor(context);
      checkHiddenExist(site, collection, listFiles(resolve(site.contentDir, collection), '.yaml').map(slugOf));
      const { base, overlay } = planLayers(collection, site, '.yaml');
      context.store.clear();
      for (const layer of [base, overlay]) {
        for (const name of layer?.files ?? []) {
          const file = resolve(layer!.dir, name);
          const { data, source } = readYamlFile(file, shown(file));
          const valid = validate(schema, data, file, source);
          const id = slugOf(name);
          const parsed = await context.parseData({ id, data: valid as Record<string, unknown>, filePath: file });
          context.store.set({ id, data: parsed, filePath: relative(fileURLToPath(context.config.root), file), digest: context.generateDigest(source) });
        }
      }
    },
  };
}

/** A list of entries in one YAML file (tips.yaml); the overlay's list replaces or adds by id. */
export function layeredYamlList(collection: Collection, schema: z.ZodType): Loader {
  return {
    name: `layered-${collection}`,
    load: async (context) => {
      const site = siteFor(context);
      const files = [resolve(site.contentDir, `${collection}.yaml`), site.overlayDir && resolve(site.overlayDir, `${collection}.yaml`)].filter(
        (f): f is string => Boolean(f && existsSync(f)),
      );
      const entries = new Map<string, Record<string, unknown>>();
      for (const file of files) {
        const { data, source } = readYaml(file, shown(file));
        if (!Array.isArray(data)) throw new ContentError(`${shown(file)}:1 — expected a list, each entry starting with "- id: …"`);
        data.forEach((item, index) => {
          const valid = validate(schema, item, file, source, 0, [index]) as Record<string, unknown>;
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
    },
  };
}
