/** The names Astro gives the server's `import.meta.env` itself, from its configuration. */
const ASTRO_OWN_ENV = ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'];

/**
 * Astro hands every environment variable to the server's `import.meta.env`, over its own values: a
 * variable named BASE_URL (Vitest sets one in its workers; a CI pipeline may have one) made every
 * link that href() writes start at "/" instead of the copy's base path. The build takes these from
 * its configuration only, so they are removed from the environment before Astro reads it.
 */
export function withoutAstroOwnEnv(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of ASTRO_OWN_ENV) delete env[name];
}
