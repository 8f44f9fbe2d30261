// The Welsh words of checklists, scenarios and tips: content/cy/<collection>/ and a trust overlay's
// cy/<collection>/, the overlay's file replacing the central one of the same name, as in English. None
// in a copy without cy in site.yaml `languages:`, so an English-only build reads no Welsh file.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, schemaProblems, shapeFinder } from '../config/errors';
import { readYamlFile } from '../config/site';
import { shown, slugOf } from './layers';
import { welshFiles, welshTipsFiles } from './welsh-files';
import { siteFor } from './loaders';

/** A file's fields, checked against the schema, or every problem with its line. */
function readChecked(file: string, schema: z.ZodType): { data: Record<string, unknown>; source: string } {
  const { data, source } = readYamlFile(file, shown(file));
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success)
    throw new ContentError(schemaProblems(shown(file), result.error, { source, shapeAt: shapeFinder(schema) }));
  return { data: result.data as Record<string, unknown>, source };
}

/** content/cy/checklists or content/cy/scenarios: one entry per file, by the English file's name. */
export function welshYamlFiles(folder: 'checklists' | 'scenarios', schema: z.ZodType): Loader {
  return {
    name: `welsh-${folder}`,
    load: async (context: LoaderContext) => {
      context.store.clear();
      for (const file of welshFiles(siteFor(context), folder)) {
        const { data, source } = readChecked(file, schema);
        const id = slugOf(file);
        context.store.set({
          id,
          data: await context.parseData({ id, data, filePath: file }),
          filePath: relative(fileURLToPath(context.config.root), file),
          digest: context.generateDigest(source),
        });
      }
    },
  };
}

/** content/cy/tips.yaml: one entry per tip, { text }, by the English tip's id. */
export function welshTips(schema: z.ZodType): Loader {
  return {
    name: 'welsh-tips',
    load: async (context: LoaderContext) => {
      context.store.clear();
      const tips = new Map<string, string>();
      for (const file of welshTipsFiles(siteFor(context)))
        for (const [id, text] of Object.entries(readChecked(file, schema).data.tips as Record<string, string>))
          tips.set(id, text);
      for (const [id, text] of tips)
        context.store.set({
          id,
          data: await context.parseData({ id, data: { text } }),
          digest: context.generateDigest(text),
        });
    },
  };
}
