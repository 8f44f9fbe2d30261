// Which central pages were removed (content/retired-pages.yaml), so a trust's `hide:` that names one
// is a reminder to delete the line, not a build that stops.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ContentError, schemaProblems, shapeFinder } from '../config/errors';
import { readYaml } from '../config/site';
import { retiredPagesSchema } from '../schemas/retired-pages';

export const RETIRED_PAGES_FILE = 'retired-pages.yaml';

const shown = (file: string) => relative(process.cwd(), file).replaceAll('\\', '/');

/** The removed pages ("guides/<slug>", …); none when content/ has no retired-pages.yaml. */
export function retiredPages(contentDir: string): Set<string> {
  const file = resolve(contentDir, RETIRED_PAGES_FILE);
  if (!existsSync(file)) return new Set();
  const { data, source } = readYaml(file, shown(file));
  const result = retiredPagesSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success)
    throw new ContentError(
      schemaProblems(shown(file), result.error, { source, shapeAt: shapeFinder(retiredPagesSchema) }),
    );
  return new Set(result.data.pages);
}
