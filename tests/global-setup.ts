import type { TestProject } from 'vitest/node';
import { buildOrThrow } from './helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/ as it is, served at "/". */
    siteDir: string;
    /** The same site built with SITE_BASE_PATH=/trust/cyber/. */
    subPathSiteDir: string;
  }
}

/** Builds the real site once for every test that needs it: at the root and under a sub-path. */
export default async function setup(project: TestProject): Promise<void> {
  const siteDir = await buildOrThrow();
  const subPathSiteDir = await buildOrThrow({ basePath: '/trust/cyber/' });
  project.provide('siteDir', siteDir);
  project.provide('subPathSiteDir', subPathSiteDir);
}
