import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { preferContentCheckErrors } from '../checks/build-hooks';
import { ContentError, formatIssues, shapeFinder } from './errors';
import { checkHiddenExist, hiddenSlugs, listFiles, planLayers, shown, slugOf, type Collection, type Layer } from './content-layers';
import { readYaml, readYamlFile } from './site';
import { siteConfigFor } from './site-config';
import { guideToHtml, needsAstroMdx } from './guide-html';
import { drawingKey, guideHtmlCache, madeGuideHtmlFile } from './guide-html-cache';
import { publicContacts } from './site-module';
import type { SiteConfig } from '../schemas/site';

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
 * site.yaml `hide` removing. Astro's glob loader reads the files; this decides which files it sees.
 * In a build, guides become HTML as they load (./guide-html.ts) rather than modules for Vite to
 * bundle; `astro dev` keeps Astro's MDX modules, which reload as an editor types.
 */
export function layeredMdx(collection: Collection, schema: z.ZodType): Loader {
  return {
    name: `layered-${collection}`,
    load: (context) => preferContentCheckErrors(async () => {
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
      // SITE_MDX_MODULES=1 builds every guide the way `astro dev` does, to compare the two.
      const asHtml = context.watcher || process.env.SITE_MDX_MODULES === '1' ? undefined : htmlGuides(site, context);
      // Astro keeps an entry whose file is unchanged; one made into HTML is kept only while its HTML still holds.
      for (const entry of context.store.values()) if (madeGuideHtmlFile(entry) && !asHtml?.cache.isCurrent(entry)) context.store.delete(entry.id);
      const counts = { html: 0, modules: 0 };
      for (const layer of [base, overlay]) {
        if (!layer || layer.files.length === 0) continue;
        const [html, modules] = asHtml ? partition(layer, asHtml.wants) : [[], layer.files];
        const load = (files: string[], retainBody: boolean, extra: object) =>
          files.length > 0 && glob({ base: layer.dir, pattern: files, generateId: ({ entry }) => slugOf(entry), retainBody }).load({ ...context, store, parseData, ...extra });
        // A guide made into HTML keeps its MDX in its own file, not in the store (see ./guide-html-cache.ts).
        await load(html, false, asHtml ? { entryTypes: asHtml.entryTypes(context) } : {});
        await load(modules, true, {});
        counts.html += html.length;
        counts.modules += modules.length;
      }
      await asHtml?.cache.written();
      if (asHtml?.failures.length) throw new ContentError(asHtml.failures.join('\n'));
      if (asHtml) {
        const kept = `${asHtml.tally.made} made now, ${counts.html - asHtml.tally.made} kept from the build cache`;
        context.logger.info(`${counts.html} guides made into HTML as they loaded (${kept}), ${counts.modules} left to Astro's MDX build (a checklist or an image)`);
      }
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
      asHtml?.cache.prune(context.store.values());
    }),
  };
}

/** Splits a layer's files into those made into HTML as they load and those left to Astro's MDX build. */
function partition(layer: Layer, wants: (source: string) => boolean): [string[], string[]] {
  const html: string[] = [];
  const modules: string[] = [];
  for (const file of layer.files) (wants(readFileSync(resolve(layer.dir, file), 'utf8')) ? html : modules).push(file);
  return [html, modules];
}

/**
 * The glob loader renders an entry as it loads when its file type has a render function, as Astro
 * does for Markdown. `entryTypes` is the loader context's own (internal) table of file types: MDX's
 * is given one that makes HTML. The glob loader logs a render error and goes on, so errors are kept
 * here and fail the load together.
 */
function htmlGuides(site: SiteConfig, context: LoaderContext) {
  const contacts = publicContacts(site);
  const cache = guideHtmlCache(context.config.cacheDir, context.config.root, drawingKey({ basePath: site.basePath, contacts }));
  const failures: string[] = [];
  const tally = { made: 0 };
  const render: ContentEntryRenderFunction = async ({ body, data, filePath, digest }) => {
    const source = resolve(filePath ?? '');
    const file = shown(source);
    try {
      const { html, metadata } = await guideToHtml(body ?? '', { basePath: site.basePath, contacts, file, frontmatter: data });
      tally.made++;
      // The entry carries where its HTML and MDX are, not the HTML (see ./guide-html-cache.ts).
      return { html: '', metadata: { headings: metadata.headings, ...cache.keep(String(digest), html, source) } };
    } catch (error) {
      failures.push(`${file} — ${error instanceof Error ? error.message : String(error)}`);
      return undefined as never;
    }
  };
  return {
    cache,
    failures,
    tally,
    wants: (source: string) => !needsAstroMdx(source),
    entryTypes: (context: LoaderContext) => {
      const types = (context as LoaderContext & { entryTypes: Map<string, ContentEntryType> }).entryTypes;
      const mdx = types.get('.mdx');
      if (!mdx) throw new Error('Astro has no MDX entry type: is @astrojs/mdx in astro.config.mjs?');
      return new Map(types).set('.mdx', { ...mdx, getRenderFunction: async () => render });
    },
  };
}

/** YAML entries, one per file (checklists, scenarios), layered like the guides. */
export function layeredYamlFiles(collection: Collection, schema: z.ZodType): Loader {
  return {
    name: `layered-${collection}`,
    load: (context) => preferContentCheckErrors(async () => {
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
    }),
  };
}

/** A list of entries in one YAML file (tips.yaml); the overlay's list replaces or adds by id. */
export function layeredYamlList(collection: Collection, schema: z.ZodType): Loader {
  return {
    name: `layered-${collection}`,
    load: (context) => preferContentCheckErrors(async () => {
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
    }),
  };
}
