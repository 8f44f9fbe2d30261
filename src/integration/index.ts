import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site';
import { siteModule } from './site-module';
import { runBuildSteps } from './build-steps';
import { quietKnownUpstreamWarnings } from './upstream-warnings';
import { checkContentForBuild, writeContentReportForBuild } from '../checks/build-hooks';
import type { CheckRun } from '../checks/runner';

/**
 * The Cyber Pocket Guide integration: wiring only. The site configuration reaches pages through a
 * virtual module and the Sass brand colour; after the build, the post-build steps run in order.
 */
export default function cyberGuide(site: SiteConfig): AstroIntegration {
  let checked: CheckRun | undefined;
  let building = false;
  return {
    name: 'cyber-pocket-guide',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        building = command === 'build';
        site.warnings.forEach((warning) => logger.warn(warning));
        updateConfig({
          vite: {
            plugins: [siteModule(site)],
            build: { rolldownOptions: { onLog: quietKnownUpstreamWarnings } },
            css: { preprocessorOptions: { scss: { additionalData: `$app-primary: ${site.colours.primary};\n` } } },
          },
        });
      },
      // The content checks: every error at once stops the build before any page is made, and before
      // the content loads, which turns guides into HTML and would stop at the first broken one.
      'astro:config:done': ({ logger }) => {
        if (building) checked = checkContentForBuild(site, logger.fork('content checks'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await runBuildSteps({ site, outDir: dir, logger });
        writeContentReportForBuild(checked, dir, logger.fork('content report'));
      },
    },
  };
}
