import { registerHooks } from 'node:module';

/**
 * The site's modules import each other without a file extension ("./errors"), as Vite allows.
 * Node's own TypeScript support needs the extension, so scripts run with `node` call this first:
 * an extensionless relative import that Node cannot find is tried again with ".ts" ("./x.schema"
 * counts as extensionless: only .ts, .js, .mjs and .json are extensions here).
 */
export function resolveExtensionlessTs(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        if (/^\.{1,2}\//.test(specifier) && !/\.(ts|js|mjs|json)$/i.test(specifier))
          return nextResolve(`${specifier}.ts`, context);
        throw error;
      }
    },
  });
}
