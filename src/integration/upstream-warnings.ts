import type { BuildEnvironmentOptions } from 'vite';

type OnLog = NonNullable<NonNullable<BuildEnvironmentOptions['rolldownOptions']>['onLog']>;

/**
 * Astro marks every MDX page that uses a component with a "use astro:head-inject" directive, and
 * Vite's bundler warns about it once per guide (withastro/astro#18087: harmless, not yet fixed).
 * Editors read the build log for their own mistakes, so this one is dropped and every other
 * warning still shows.
 */
export const quietKnownUpstreamWarnings: OnLog = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};
