// The browser editor's test repository: Sveltia's test-repo backend keeps its files in the page's
// origin-private file system, in a folder named sveltia-cms-test. These helpers fill it from content/
// before the editor opens, and read it back after saves.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';

const REPO_FOLDER = 'sveltia-cms-test';

/** Every file under `folder` (relative to `root`), path → text. */
export function filesUnder(root: string, folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(mdx|yaml)$/.test(entry.name)) files[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(root, folder));
  return files;
}

/** Writes the files into the test repository (the page must be on the editor's origin). */
export async function seedRepo(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ folder, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const repo = await opfs.getDirectoryHandle(folder, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { folder: REPO_FOLDER, files },
  );
}

/** Reads every file of the test repository back, path → text. */
export async function readRepo(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (folder) => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
        else files[`${prefix}${name}`] = await (await handle.getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
    return files;
  }, REPO_FOLDER);
}
