import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { SiteConfig } from '../schemas/site';
import { manifestStep } from './manifest';
import { serviceWorkerStep } from './service-worker/generate';
import { securityTxtStep } from './security-txt';
import { pagefindStep } from './pagefind';

interface BuildContext {
  site: SiteConfig;
  /** The built site, e.g. dist/. */
  outDir: string;
  logger: AstroIntegrationLogger;
}

/** One thing done to the built site. Order matters: the service worker precaches what the others wrote. */
export interface BuildStep {
  name: string;
  /**
   * Where the step runs: content checks 10, the search index 20, icons and manifest 30, other generated files 40-80,
   * the service worker 90 (last of what ships, so it precaches everything), reports beside dist 95.
   */
  order: number;
  run(context: BuildContext): Promise<void>;
}

/** The post-build steps. Each lives in its own module; `order` decides when it runs. */
export const BUILD_STEPS: BuildStep[] = [pagefindStep, manifestStep, serviceWorkerStep, securityTxtStep];

export async function runBuildSteps(options: {
  site: SiteConfig;
  outDir: URL;
  logger: AstroIntegrationLogger;
}): Promise<void> {
  const context: BuildContext = { site: options.site, outDir: fileURLToPath(options.outDir), logger: options.logger };
  for (const step of [...BUILD_STEPS].sort((a, b) => a.order - b.order)) {
    const started = performance.now();
    await step.run({ ...context, logger: options.logger.fork(step.name) });
    options.logger.info(`${step.name} done in ${Math.round(performance.now() - started)} ms`);
  }
}
