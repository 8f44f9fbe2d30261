// content/cy/help.yaml: the words of each helper page in Welsh, by the page's address, with a trust's
// cy/help.yaml over it field by field. Only words: the helper's shape is the English one.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError, schemaProblems, shapeFinder } from '../../config/errors';
import { readYaml } from '../../config/site';
import type { Problem } from '../../schemas/problem';
import type { SiteConfig } from '../../schemas/site';
import { welshHelpSchema, type WelshHelpPage } from '../../schemas/welsh-help';
import { plainAddress } from './walk';

const FIX = 'see "Welsh (Cymraeg)" in content/README.md';

/** One Welsh help file as read: where it is, its text (for lines), and its words. */
export interface WelshHelpFile {
  path: string;
  shown: string;
  source: string;
  data: z.output<typeof welshHelpSchema>;
  central: boolean;
}

/** The Welsh help files of this copy, central first; a file that cannot be read gives its problems. */
export function readWelshHelpFiles(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir' | 'languages'>,
  root = process.cwd(),
): { files: WelshHelpFile[]; problems: Problem[] } {
  const files: WelshHelpFile[] = [];
  const problems: Problem[] = [];
  if (!site.languages.includes('cy')) return { files, problems };
  const paths = [resolve(site.contentDir, 'cy', 'help.yaml')];
  if (site.overlayDir) paths.push(resolve(site.overlayDir, 'cy', 'help.yaml'));
  paths.forEach((path, layer) => {
    if (!existsSync(path)) return;
    const shown = relative(root, path).replaceAll('\\', '/');
    try {
      const { data, source } = readYaml(path, shown);
      const parsed = welshHelpSchema.safeParse(data ?? {}, { reportInput: true });
      if (parsed.success) files.push({ path, shown, source, data: parsed.data, central: layer === 0 });
      else
        problems.push(
          ...schemaProblems(shown, parsed.error, { source, shapeAt: shapeFinder(welshHelpSchema), fix: FIX }),
        );
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  });
  return { files, problems };
}

/** The Welsh words of every helper page by plain address ("" for the first question), the trust's over the central. */
export function welshHelpWords(files: readonly WelshHelpFile[]): Record<string, WelshHelpPage> {
  const words: Record<string, WelshHelpPage> = {};
  for (const file of files)
    for (const [address, page] of Object.entries(file.data.pages)) {
      const plain = plainAddress(address);
      words[plain] = { ...words[plain], ...page };
    }
  return words;
}

/** The Welsh helper's words for the pages, refusing a file that cannot be read (the checks name the rest). */
export function welshHelpForPages(site: Pick<SiteConfig, 'contentDir' | 'overlayDir' | 'languages'>) {
  const { files, problems } = readWelshHelpFiles(site);
  if (problems.length > 0) throw new ContentError(problems);
  return welshHelpWords(files);
}
