// `astro dev` only: a loader that reads files itself (not through Astro's glob loader) must watch
// them itself, or the preview shows an edit only after a restart.
import { resolve, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { problemLine } from '../schemas/problem';
import { ContentError } from '../config/errors';

/** The files a loader reads: single files, and folders whose files (ending `extension`) it reads. */
export interface Watched {
  files?: string[];
  folders?: string[];
  extension?: string;
}

/** Whether `path` is one of the files a loader reads, or one that may become one (a new file in a folder). */
function reads(path: string, { files = [], folders = [], extension = '' }: Watched): boolean {
  const file = resolve(path);
  return (
    files.some((f) => resolve(f) === file) ||
    (file.endsWith(extension) && folders.some((dir) => file.startsWith(resolve(dir) + sep)))
  );
}

/**
 * Runs `load` again when a file it reads is saved, added or removed. A mistake in the edited file is
 * logged with its lines and the last good entries stay, so the preview keeps running until it is put right.
 */
export function reloadOnEdit(context: LoaderContext, watched: Watched, load: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add([...(watched.files ?? []), ...(watched.folders ?? [])]);
  const onEdit = async (path: string) => {
    if (!reads(path, watched)) return;
    try {
      await load();
      logger.info(`read again after an edit to ${path}`);
    } catch (error) {
      if (error instanceof ContentError) error.problems.forEach((problem) => logger.error(problemLine(problem)));
      else logger.error(String(error));
    }
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onEdit);
}
