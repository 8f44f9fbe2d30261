import { CACHE_RULES, SECURITY_HEADERS, type CacheRule } from './security-headers.ts';

/** A trust's build writing a host's config into its own repository (`npx cyber-pocket-guide build --hosting`). */
export interface TrustBuild {
  host: string;
  /** The release of the package that wrote it. */
  version: string;
}

/**
 * The first lines of every generated file, in that file's comment syntax: who writes it, so nobody
 * edits a file that is written again. deploy/'s files by default; a trust's, which its build writes.
 */
export function generatedNotice(comment: string, trust?: TrustBuild): string {
  if (trust)
    return [
      `${comment} Written by \`npx cyber-pocket-guide build --hosting ${trust.host}\` (cyber-pocket-guide ${trust.version}).`,
      `${comment} Each build writes it again, so a change here is lost; headers and cache rules change in a release.`,
    ].join('\n');
  return [
    `${comment} Generated from src/hosting/security-headers.ts by \`npm run deploy:configs\`.`,
    `${comment} Edit that file and run the command again; tests/hosting fails when this file is out of date.`,
  ].join('\n');
}

/** How a file gets beside the site's pages: deploy/'s are copied there; a trust's build writes its own. */
export const intoTheSite = (trust?: TrustBuild): string =>
  trust ? 'your build writes this file into' : 'copy this file into';

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
