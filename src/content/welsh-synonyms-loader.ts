// content/cy/synonyms.yaml (and a trust's overlay's cy/synonyms.yaml) as a collection: one entry per
// file, whose groups the Welsh guides' keywords lines and the Welsh urgent phrases are widened with.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, schemaProblems, shapeFinder } from '../config/errors';
import { readYaml } from '../config/site';
import { welshSynonymsSchema } from '../schemas/welsh-synonyms';
import { filesNamed } from './files';
import { shown } from './layers';
import { siteFor } from './loaders';
import { reloadOnEdit } from './reload-on-edit';

const FILE = 'cy/synonyms.yaml';

/** Reads each layer's file into the store; none in a copy without cy in site.yaml `languages:`. */
async function load(context: LoaderContext): Promise<void> {
  const site = siteFor(context);
  context.store.clear();
  if (!site.languages.includes('cy')) return;
  for (const { path } of filesNamed(site, FILE)) {
    const { data, source } = readYaml(path, shown(path));
    const result = welshSynonymsSchema.safeParse(data ?? {}, { reportInput: true });
    if (!result.success)
      throw new ContentError(
        schemaProblems(shown(path), result.error, { source, shapeAt: shapeFinder(welshSynonymsSchema) }),
      );
    const id = relative(fileURLToPath(context.config.root), path).replaceAll('\\', '/');
    const parsed = await context.parseData({ id, data: result.data, filePath: path });
    context.store.set({ id, data: parsed, filePath: id, digest: context.generateDigest(source) });
  }
}

/** The Welsh synonym groups, central and the overlay's. */
export function welshSynonymsLoader(): Loader {
  return {
    name: 'welsh-synonyms',
    load: async (context) => {
      const site = siteFor(context);
      await load(context);
      const files = [site.contentDir, ...(site.overlayDir ? [site.overlayDir] : [])].map((dir) => resolve(dir, FILE));
      reloadOnEdit(context, { files }, () => load(context));
    },
  };
}
