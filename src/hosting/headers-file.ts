import { NOT_FOUND_PAGE, SECURITY_HEADERS } from './security-headers.ts';
import { generatedNotice, intoTheSite, type TrustBuild, rulePath, specificRules } from './common.ts';

/**
 * deploy/netlify/_headers for Netlify and Cloudflare Pages. Both join the values of a header that two
 * matching rules set, so the security headers appear once (on every path), and Cache-Control only on the
 * rules that differ. Pages keep the host's default, "public, max-age=0, must-revalidate", which means
 * the same as no-cache: check with the server before every use.
 */
export function headersFile(basePath: string, trust?: TrustBuild): string {
  const lines = [
    generatedNotice('#', trust),
    '#',
    `# The Cyber Pocket Guide on Netlify or Cloudflare Pages, served at ${basePath}: ${intoTheSite(trust)} the`,
    '# built site (dist/) before you upload it.',
    '',
    '# Every response.',
    `${basePath}*`,
    ...SECURITY_HEADERS.map(({ name, value }) => `  ${name}: ${value}`),
    '# Pages and everything else keep the host\'s own Cache-Control, "public, max-age=0, must-revalidate":',
    '# like no-cache, it makes browsers check for the current guidance on every visit.',
  ];
  for (const rule of specificRules()) {
    lines.push(
      '',
      `# ${rule.why}.`,
      'exact' in rule.match ? rulePath(basePath, rule) : `${rulePath(basePath, rule)}*`,
      `  Cache-Control: ${rule.cacheControl}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * deploy/netlify/sub-path/_redirects: Netlify only looks for /404.html at the top, so a copy under a
 * sub-path names its own. Existing files are served first (no "!"), so only missing ones get the 404
 * page. Cloudflare Pages finds the nearest 404.html by itself and does not need this file.
 */
export function netlifyRedirects(basePath: string, trust?: TrustBuild): string {
  return `${generatedNotice('#', trust)}
#
# Netlify only: addresses under ${basePath} that match no file get the guide's own 404 page, status 404.
${basePath}*  ${basePath}${NOT_FOUND_PAGE}  404
`;
}
