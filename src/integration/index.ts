import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site';
import { problemLine } from '../schemas/problem';
import { siteModule } from './site-module';
import { helpModule } from './help-module';
import { runBuildSteps } from '../build-steps/index';
import { quietKnownUpstreamWarnings } from './upstream-warnings';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportContentChecks, startContentChecks, writeContentReportForBuild } from '../checks/build-hooks';
import type { CheckOutcome } from '../checks/check-outcome';
import { welshRoutes } from './language-routes';
import { PAGE_SCRIPT_IN_ONE_FILE } from './page-script-chunk';

/**
 * The Cyber Pocket Guide integration: wiring only. The site configuration reaches pages through a
 * virtual module and the Sass brand colour; after the build, the post-build steps run in order.
 */
export default function cyberGuide(site: SiteConfig): AstroIntegration {
  let checks: Promise<CheckOutcome> | undefined;
  let checked: CheckOutcome | undefined;
  let building = false;
  return {
    name: 'cyber-pocket-guide',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute, addMiddleware, logger }) => {
        building = command === 'build';
        site.warnings.forEach((warning) => logger.warn(problemLine(warning)));
        // Welsh pages only when site.yaml asks for them: an English-only copy gets no route and no middleware.
        if (site.languages.includes('cy')) {
          for (const route of welshRoutes(fileURLToPath(new URL('pages/', config.srcDir)))) injectRoute(route);
          addMiddleware({ entrypoint: new URL('./language-middleware.ts', import.meta.url), order: 'pre' });
        }
        updateConfig({
          vite: {
            plugins: [siteModule(site), helpModule(site)],
            build: { rolldownOptions: { onLog: quietKnownUpstreamWarnings } },
            environments: {
              client: { build: { rolldownOptions: { output: { codeSplitting: PAGE_SCRIPT_IN_ONE_FILE } } } },
            },
            css: { preprocessorOptions: { scss: { additionalData: `$app-primary: ${site.colours.primary};\n` } } },
          },
        });
      },
      // The content checks run beside the content loading, on a thread of their own; every error at
      // once stops the build before any page is made (and a content loader that fails defers to them).
      'astro:config:done': ({ config }) => {
        if (building)
          checks = startContentChecks({ root: dirname(site.contentDir), site, outDir: fileURLToPath(config.outDir) });
      },
      'astro:build:start': async ({ logger }) => {
        if (!checks) return;
        checked = await checks;
        reportContentChecks(checked, logger.fork('content checks'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await runBuildSteps({ site, outDir: dir, logger });
        writeContentReportForBuild(checked, fileURLToPath(dir), logger.fork('content report'));
      },
    },
  };
}
