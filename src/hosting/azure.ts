import { CONTENT_TYPES, NOT_FOUND_PAGE, SECURITY_HEADERS } from './security-headers.ts';
import { pagesRule, rulePath, specificRules } from './common.ts';

/**
 * deploy/azure/staticwebapp.config.json for Azure Static Web Apps, the site served at basePath. Route
 * headers are merged over globalHeaders, so a route only changes Cache-Control. JSON has no comments,
 * so deploy/README.md says this file is generated.
 */
export function azureConfig(basePath: string): string {
  const config = {
    $schema: 'https://json.schemastore.org/staticwebapp.config.json',
    trailingSlash: 'always',
    globalHeaders: {
      ...Object.fromEntries(SECURITY_HEADERS.map(({ name, value }) => [name, value])),
      'Cache-Control': pagesRule().cacheControl,
    },
    routes: specificRules().map((rule) => ({
      route: 'exact' in rule.match ? rulePath(basePath, rule) : `${rulePath(basePath, rule)}*`,
      headers: { 'Cache-Control': rule.cacheControl },
    })),
    responseOverrides: { '404': { rewrite: `${basePath}${NOT_FOUND_PAGE}` } },
    mimeTypes: CONTENT_TYPES,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
