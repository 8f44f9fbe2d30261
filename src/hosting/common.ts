import { CACHE_RULES, SECURITY_HEADERS, type CacheRule } from './security-headers.ts';

/** The first lines of every generated file, in that file's comment syntax. */
export function generatedNotice(comment: string): string {
  return [
    `${comment} Generated from src/hosting/security-headers.ts by \`npm run deploy:configs\`.`,
    `${comment} Edit that file and run the command again; tests/hosting fails when this file is out of date.`,
  ].join('\n');
}

/** The URL path a cache rule covers under a base path: "/trust/cyber/" + "_astro/" → "/trust/cyber/_astro/". */
export function rulePath(basePath: string, rule: CacheRule): string {
  return `${basePath}${'exact' in rule.match ? rule.match.exact : rule.match.prefix}`;
}

/** The cache rules that need a place of their own in a config: all but the catch-all for pages. */
export function specificRules(): CacheRule[] {
  return CACHE_RULES.filter((rule) => rule.kind !== 'pages');
}

/** The catch-all rule for pages and everything else. */
export function pagesRule(): CacheRule {
  return CACHE_RULES.find((rule) => rule.kind === 'pages')!;
}

/** Every header a response carries under a cache rule: the security headers, then Cache-Control. */
export function headersFor(rule: CacheRule): { name: string; value: string }[] {
  return [
    ...SECURITY_HEADERS.map(({ name, value }) => ({ name, value })),
    { name: 'Cache-Control', value: rule.cacheControl },
  ];
}
