import type { TestProject } from 'vitest/node';
import { buildOrThrow } from './helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/ as it is, served at "/". */
    siteDir: string;
    /** The same site built with SITE_BASE_PATH=/trust/cyber/. */
    subPathSiteDir: string;
    /** The example trust overlay (examples/northshire), served under its own basePath /trust/cyber/. */
    exampleSiteDir: string;
  }
}

/** Builds the real site once for every test that needs it: at the root, under a sub-path, and the example trust. */
export default async function setup(project: TestProject): Promise<void> {
  const siteDir = await buildOrThrow();
  const subPathSiteDir = await buildOrThrow({ basePath: '/trust/cyber/' });
  const exampleSiteDir = await buildOrThrow({ overlay: 'examples/northshire' });
  project.provide('siteDir', siteDir);
  project.provide('exampleSiteDir', exampleSiteDir);
  project.provide('subPathSiteDir', subPathSiteDir);
}
