import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { SiteConfig } from '../schemas/site';

export interface BuildContext {
  site: SiteConfig;
  /** The built site, e.g. dist/. */
  outDir: string;
  logger: AstroIntegrationLogger;
}

/** One thing done to the built site. Order matters: the service worker precaches what the others wrote. */
export interface BuildStep {
  name: string;
  run(context: BuildContext): Promise<void>;
}

/** The post-build steps, in order. Each lives in its own module. */
export const BUILD_STEPS: BuildStep[] = [];

export async function runBuildSteps(options: { site: SiteConfig; outDir: URL; logger: AstroIntegrationLogger }): Promise<void> {
  const context: BuildContext = { site: options.site, outDir: fileURLToPath(options.outDir), logger: options.logger };
  for (const step of BUILD_STEPS) {
    const started = performance.now();
    await step.run({ ...context, logger: options.logger.fork(step.name) });
    options.logger.info(`${step.name} done in ${Math.round(performance.now() - started)} ms`);
  }
}
